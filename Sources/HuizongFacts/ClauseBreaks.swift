import HuizongText

/// Clause and sentence boundaries around a figure.
///
/// A clause ends at ，；：。！？ (full-width or ASCII) or a line end. The enumeration comma 、 does not
/// end a clause: `惠民政策、民生工程和便民举措140余项` is one clause whose nouns all describe the figure.
/// An ASCII comma between digits (`1,234`) is a thousands separator, not a break.
enum ClauseBreaks {
    /// Scalars that end a clause.
    @inline(__always)
    static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "\n", "…": return true
        default: return false
        }
    }

    /// Scalars that end a sentence.
    @inline(__always)
    static func isSentenceBreak(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "！" || s == "？" || s == "!" || s == "?" || s == "\n"
    }

    /// Whether the scalar at `k` is a real break (not a digit-group comma or a time colon).
    @inline(__always)
    static func breaks(_ t: [Unicode.Scalar], _ k: Int) -> Bool {
        let s = t[k]
        guard isClauseBreak(s) else { return false }
        if (s == "," || s == ":") && k > 0 && k + 1 < t.count
            && NumeralTables.arabicDigit(t[k - 1]) != nil && NumeralTables.arabicDigit(t[k + 1]) != nil { return false }
        return true
    }

    /// The clause containing `start..<end`, clamped to `within`.
    static func clause(_ t: [Unicode.Scalar], around start: Int, end: Int, within: Range<Int>) -> Range<Int> {
        var lo = start
        while lo > within.lowerBound && !breaks(t, lo - 1) { lo -= 1 }
        var hi = max(end, start)
        while hi < within.upperBound && !breaks(t, hi) { hi += 1 }
        // Keep the clause inside its sentence even if the figure ran past the sentence's end.
        hi = min(hi, max(within.upperBound, lo))
        return lo..<max(hi, lo)
    }

    /// The clause ending just before `clause` (its predecessor inside `within`), if any.
    static func previousClause(_ t: [Unicode.Scalar], before clause: Range<Int>, within: Range<Int>) -> Range<Int>? {
        let breakAt = clause.lowerBound - 1
        guard breakAt > within.lowerBound, !isSentenceBreak(t[breakAt]) else { return nil }
        let r = self.clause(t, around: breakAt, end: breakAt, within: within)
        return r.isEmpty ? nil : r
    }

    /// The span of `spans` containing `offset` (binary search; spans are in order), else nil.
    static func span(_ spans: [TextSpan], containing offset: Int) -> TextSpan? {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let s = spans[lo - 1]
        return s.range.contains(offset) ? s : nil
    }

    /// The sentence around `offset` found from punctuation, when the document has no sentence spans for it.
    static func sentence(_ t: [Unicode.Scalar], around offset: Int) -> Range<Int> {
        var lo = offset
        while lo > 0 && !isSentenceBreak(t[lo - 1]) { lo -= 1 }
        var hi = offset
        while hi < t.count && !isSentenceBreak(t[hi]) { hi += 1 }
        if hi < t.count && t[hi] != "\n" { hi += 1 }
        return lo..<hi
    }

    /// The paragraph (line) around `offset`, when the document has no paragraph spans for it.
    static func paragraph(_ t: [Unicode.Scalar], around offset: Int) -> Range<Int> {
        var lo = offset
        while lo > 0 && t[lo - 1] != "\n" { lo -= 1 }
        var hi = offset
        while hi < t.count && t[hi] != "\n" { hi += 1 }
        return lo..<hi
    }
}
