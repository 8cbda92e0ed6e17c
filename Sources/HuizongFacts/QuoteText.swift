/// The quote of a fact: its clause, trimmed and with runs of spaces collapsed.
enum QuoteText {
    /// Leading scalars that are layout, not words (list dashes, bullets).
    static let leading: Set<Unicode.Scalar> = ["—", "-", "·", "•", "●", "■", "□", "#", "*", "－", "―", "”", "’", "」", "』", ")", "）", "、", ",", "，"]

    /// How far a quote reaches before and after its figure. Clauses of real reports are far
    /// shorter (under 100 characters on the labelled set); a file without punctuation is one
    /// clause of megabytes, and every figure in it carried the whole of it (quadratic memory).
    static let reachBefore = 200, reachAfter = 100

    /// The quote of the figure at `figure` in `clause`: the clause, or, when it is longer than
    /// the reach, the part around the figure with `…` where it was cut.
    static func quote(_ t: [Unicode.Scalar], clause: Range<Int>, figure: Range<Int>) -> String {
        let lo = max(clause.lowerBound, min(figure.lowerBound, clause.upperBound) - reachBefore)
        let hi = max(lo, min(clause.upperBound, figure.upperBound + reachAfter))
        let text = normalised(t, lo..<hi)
        // Most clauses are whole: no concatenation, which would copy every quote once more.
        if lo == clause.lowerBound && hi >= clause.upperBound { return text }
        return (lo > clause.lowerBound ? "…" : "") + text + (hi < clause.upperBound ? "…" : "")
    }

    /// `range` of `t` as a normalised quote.
    static func normalised(_ t: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (ScalarText.isSpace(t[lo]) || leading.contains(t[lo]) || t[lo] == "\n") { lo += 1 }
        while hi > lo && (ScalarText.isSpace(t[hi - 1]) || t[hi - 1] == "\n") { hi -= 1 }
        // Two passes straight into the string's storage: count the bytes, then write them
        // (appending scalars to a String one by one, or bytes to an array, is slower).
        var count = 0
        var lastSpace = false
        for k in lo..<hi {
            let s = t[k]
            if ScalarText.isSpace(s) || s == "\n" {
                if !lastSpace { count += 1 }
                lastSpace = true
            } else {
                let v = s.value
                count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                lastSpace = false
            }
        }
        if count == 0 { return "" }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            var lastSpace = false
            for k in lo..<hi {
                let s = t[k]
                if ScalarText.isSpace(s) || s == "\n" {
                    if !lastSpace { out[n] = 0x20; n += 1 }
                    lastSpace = true
                } else {
                    UTF8.encode(s) { out[n] = $0; n += 1 }
                    lastSpace = false
                }
            }
            return n
        }
    }
}
