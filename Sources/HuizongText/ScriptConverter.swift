import COpenCC
import Foundation

/// Traditional ↔ Simplified conversion through libopencc.
///
/// OpenCC does not promise that one handle may be used from several threads at once, so each
/// conversion borrows a handle of its own from a small pool (opened on first need, at most one
/// per thread that converts at the same moment) and gives it back: worker threads convert in
/// parallel instead of queueing on one lock. Only Traditional or mixed documents reach it, so
/// Simplified text costs nothing.
public final class ScriptConverter: @unchecked Sendable {
    /// Traditional to Simplified (`t2s.json`).
    public static let traditionalToSimplified = ScriptConverter(config: "t2s.json")
    /// Simplified to Traditional in Taiwan forms (`s2tw.json`, so the result fits Big5); used by
    /// tests to make Traditional versions of articles.
    public static let simplifiedToTraditional = ScriptConverter(config: "s2tw.json")

    private let config: String
    private let lock = NSLock()
    /// Handles not in use.
    private var idle: [opencc_t] = []
    /// Set when the configuration failed to open: no further attempts.
    private var unavailable = false
    /// How many conversions ran (tests check that Simplified text causes none).
    private(set) var conversions = 0
    /// What this configuration may change; read on first need (nil inside: unreadable).
    private var spansRead: ConversionSpans??

    private init(config: String) { self.config = config }

    /// Conversions so far through this converter.
    var conversionCount: Int { lock.lock(); defer { lock.unlock() }; return conversions }

    /// `text` converted, or nil when the OpenCC configuration cannot be opened.
    public func convert(_ text: String) -> String? {
        guard let handle = borrow() else { return nil }
        defer { giveBack(handle) }
        var utf8 = Array(text.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                guard let result = opencc_convert_utf8(handle, p, buf.count - 1) else { return nil }
                defer { opencc_convert_utf8_free(result) }
                return String(cString: result)
            }
        }
    }

    /// `utf8` (UTF-8 text, no terminating zero) converted, as UTF-8 bytes; nil when the OpenCC
    /// configuration cannot be opened. For whole documents: no String is built on either side.
    func convert(utf8: [UInt8]) -> [UInt8]? {
        guard let handle = borrow() else { return nil }
        defer { giveBack(handle) }
        var input = utf8
        input.append(0)
        return input.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                guard let result = opencc_convert_utf8(handle, p, buf.count - 1) else { return nil }
                defer { opencc_convert_utf8_free(result) }
                return result.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                    [UInt8](UnsafeBufferPointer(start: bytes, count: strlen(result)))
                }
            }
        }
    }

    /// The runs of characters this configuration may change (see `ConversionSpans`); nil when its
    /// dictionaries cannot be read, and whole texts must be converted.
    var spans: ConversionSpans? {
        lock.lock(); defer { lock.unlock() }
        if let spansRead { return spansRead }
        let read = ConversionSpans(config: config)
        spansRead = .some(read)
        return read
    }

    private func borrow() -> opencc_t? {
        lock.lock(); defer { lock.unlock() }
        if unavailable { return nil }
        conversions += 1
        if let handle = idle.popLast() { return handle }
        let h = opencc_open(config)
        // opencc_open reports failure as (opencc_t)-1, not NULL.
        guard let h, h != opencc_t(bitPattern: -1) else {
            unavailable = true
            conversions -= 1
            return nil
        }
        return h
    }

    private func giveBack(_ handle: opencc_t) {
        lock.lock(); idle.append(handle); lock.unlock()
    }
}

/// Counts the script markers in decoded text.
enum ScriptDetector {
    /// Traditional-only and Simplified-only frequent characters in `scalars`.
    static func count(_ scalars: [Unicode.Scalar]) -> (traditional: Int, simplified: Int) {
        var t = 0, s = 0
        // Over raw buffers and without branches: this looks at every scalar of the document.
        // Scalars outside 4E00…FFFF (none of them a marker) read the table's entry 0, which is 0.
        let traditionalShift = UInt8(CharacterFlags.traditionalOnly.trailingZeroBitCount)
        let simplifiedShift = UInt8(CharacterFlags.simplifiedOnly.trailingZeroBitCount)
        CharacterFlags.shared.withTable { table in
            scalars.withUnsafeBufferPointer { buf in
                for scalar in buf {
                    let v = scalar.value
                    let f = table[Int(v >= 0x4E00 && v < 0x10000 ? v : 0)]
                    t &+= Int(f >> traditionalShift & 1)
                    s &+= Int(f >> simplifiedShift & 1)
                }
            }
        }
        return (t, s)
    }

    /// `simplified`, `traditional` or `mixed`: mixed when the minority script has at least a tenth
    /// of the markers (a stray Traditional name in Simplified text does not make it mixed).
    static func label(traditional t: Int, simplified s: Int) -> String {
        if t == 0 { return "simplified" }
        if s == 0 { return "traditional" }
        if t * 10 < s { return "simplified" }
        if s * 10 < t { return "traditional" }
        return "mixed"
    }
}
