import COpenCCLexicon

/// Which characters an OpenCC configuration may change, read from its own dictionaries, so that
/// only the spans of a text that can change go through OpenCC (it converts 3–4 MB/s; a Traditional
/// article has about half its characters outside such spans: punctuation, digits, and the many
/// characters both scripts share).
///
/// OpenCC's t2s cuts text by maximum forward matching on its phrase dictionary and converts each
/// piece by the longest key of its dictionaries at each position (a key's first value), writing
/// any other character as it is. So with
/// - *changing* characters: those of any key whose value differs from the key, and
/// - *joining* characters: those of any key of two or more characters,
/// a character that is neither is written as it is and no key spans it: OpenCC's output is each
/// maximal run of changing or joining characters converted alone, with the characters between
/// them unchanged. A run without a changing character comes out as it went in too (every key
/// inside it is its own value), so only runs holding a changing character need OpenCC.
/// (Characters of every entry of every dictionary count, so a character named twice with two
/// values is changing: a superset only sends more to OpenCC.)
struct ConversionSpans: Sendable {
    private static let changing: UInt8 = 1, joining: UInt8 = 2
    /// Flags of the Basic Multilingual Plane, by scalar value.
    private var flags: [UInt8]
    /// Flags of the few characters beyond it (CJK extension B…).
    private var astral: [UInt32: UInt8] = [:]

    /// The spans of `config` (e.g. `t2s.json`), or nil when its dictionaries cannot be read or it
    /// is not of the shape described above; then whole texts go to OpenCC.
    init?(config: String) {
        var spans = ConversionSpans(flags: [UInt8](repeating: 0, count: 0x10000))
        let status = withUnsafeMutablePointer(to: &spans) { pointer in
            huizong_opencc_entries(config, { key, keyLength, value, valueLength, context in
                guard let key, let context else { return }
                let k = UnsafeBufferPointer(start: UnsafeRawPointer(key).assumingMemoryBound(to: UInt8.self), count: keyLength)
                let v = value.map { UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                        count: valueLength) }
                context.assumingMemoryBound(to: ConversionSpans.self).pointee
                    .add(key: k, changes: v.map { !$0.elementsEqual(k) } ?? false)
            }, pointer)
        }
        guard status == 0 else { return nil }
        self = spans
    }

    private init(flags: [UInt8]) { self.flags = flags }

    private mutating func add(key: UnsafeBufferPointer<UInt8>, changes: Bool) {
        let scalars = String(decoding: key, as: UTF8.self).unicodeScalars
        var flag: UInt8 = changes ? Self.changing : 0
        if scalars.count > 1 { flag |= Self.joining }
        guard flag != 0 else { return }
        for s in scalars {
            if s.value < 0x10000 { flags[Int(s.value)] |= flag } else { astral[s.value, default: 0] |= flag }
        }
    }

    @inline(__always) private func flag(_ s: Unicode.Scalar) -> UInt8 {
        s.value < 0x10000 ? flags[Int(s.value)] : astral[s.value] ?? 0
    }

    /// Calls `body` with each run of `scalars` that OpenCC may change, in order.
    func forEachRun(in scalars: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        let n = scalars.count
        var i = 0
        while i < n {
            var f = flag(scalars[i])
            if f == 0 { i += 1; continue }
            let start = i
            var changes = false
            repeat {
                changes = changes || f & Self.changing != 0
                i += 1
                f = i < n ? flag(scalars[i]) : 0
            } while f != 0
            if changes { body(start ..< i) }
        }
    }
}
