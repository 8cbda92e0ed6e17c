/// The quote of a fact: its clause, trimmed and with runs of spaces collapsed.
enum QuoteText {
    /// Leading scalars that are layout, not words (list dashes, bullets).
    static let leading: Set<Unicode.Scalar> = ["—", "-", "·", "•", "●", "■", "□", "#", "*", "－", "―", "”", "’", "」", "』", ")", "）", "、", ",", "，"]

    /// `range` of `t` as a normalised quote. Long clauses are kept whole (the brief truncates).
    static func normalised(_ t: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (ScalarText.isSpace(t[lo]) || leading.contains(t[lo]) || t[lo] == "\n") { lo += 1 }
        while hi > lo && (ScalarText.isSpace(t[hi - 1]) || t[hi - 1] == "\n") { hi -= 1 }
        // Built as UTF-8 bytes: appending scalars to a String one by one is slow.
        var out: [UInt8] = []
        out.reserveCapacity((hi - lo) * 3)
        var lastSpace = false
        for k in lo..<hi {
            let s = t[k]
            if ScalarText.isSpace(s) || s == "\n" {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                UTF8.encode(s) { out.append($0) }
                lastSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
