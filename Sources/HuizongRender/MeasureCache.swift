import HuizongLayout

/// The measurer's memory of answers it gave, kept small: a brief of 800 pages asks about 80,000
/// different strings (every quote), and keeping each string twice — as the key and as its lines —
/// cost 30 MB. Here a question is kept as a 128-bit fingerprint and a line as its place in the text.
///
/// The fingerprint is two 64-bit FNV-1a hashes with different starting values, fixed (not Swift's
/// per-process seeded Hasher) so a run can never differ from the next. Two different questions
/// sharing both hashes is as likely as guessing a 128-bit number; written by hand because no
/// library here offers a fixed-seed hash of this size.
struct MeasureCache {
    struct Fingerprint: Hashable { var a: UInt64, b: UInt64 }
    /// A measured line as a byte range of the text and its width.
    struct LineSpan { var start: Int32, length: Int32, width: Double, endsInsideWord = false }

    private var widths: [Fingerprint: Double] = [:]
    private var lines: [Fingerprint: [LineSpan]] = [:]

    static func fingerprint(_ text: String, font: FontSpec, width: Double?) -> Fingerprint {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        func mix(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 ^ (b >> 29)
        }
        func mix64(_ value: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: value >> UInt64(shift))) } }
        var text = text
        text.withUTF8 { for byte in $0 { mix(byte) } }
        mix64(UInt64(text.utf8.count))
        mix64(font.size.bitPattern)
        mix(font.weight == .bold ? 1 : 0)
        mix64(width?.bitPattern ?? UInt64.max)
        return Fingerprint(a: a, b: b)
    }

    func width(_ key: Fingerprint) -> Double? { widths[key] }
    mutating func setWidth(_ width: Double, for key: Fingerprint) { widths[key] = width }

    /// The lines remembered for `key`, rebuilt from `text`.
    func lines(_ key: Fingerprint, text: String) -> [MeasuredLine]? {
        guard let spans = lines[key] else { return nil }
        let utf8 = Array(text.utf8)
        return spans.map { span in
            MeasuredLine(text: String(decoding: utf8[Int(span.start)..<Int(span.start + span.length)], as: UTF8.self),
                         width: span.width, endsInsideWord: span.endsInsideWord)
        }
    }

    mutating func setLines(_ spans: [LineSpan], for key: Fingerprint) { lines[key] = spans }
}
