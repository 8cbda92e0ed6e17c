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

/// The clause (and the clause before it) of the previous figure, reused for the next figure of
/// the same clause. Finding a clause scans to its ends, so a file without punctuation (one clause
/// of megabytes) made every figure scan all of it: quadratic time. The reuse gives exactly what
/// a fresh scan would: the new figure lies between the previous figure's end and the clause's
/// end, every position scanned before is known not to break, and the previous figure itself
/// holds no break.
struct ClauseMemo {
    private var last: (clause: Range<Int>, within: Range<Int>, figureEnd: Int, previous: Range<Int>?)?

    /// The clause of the figure at `start..<end` inside `within`, and the clause before it.
    mutating func clause(_ t: [Unicode.Scalar], around start: Int, end: Int,
                         within: Range<Int>) -> (clause: Range<Int>, previous: Range<Int>?) {
        if let last, last.within == within, start >= last.figureEnd, start < last.clause.upperBound,
           max(end, start) <= last.clause.upperBound {
            self.last = Self.holdsNoBreak(t, start..<max(end, start)) ? (last.clause, within, max(end, start), last.previous) : nil
            return (last.clause, last.previous)
        }
        let clause = ClauseBreaks.clause(t, around: start, end: end, within: within)
        let previous = ClauseBreaks.previousClause(t, before: clause, within: within)
        // Reusable only when the figure itself holds no break (its positions were not scanned).
        last = Self.holdsNoBreak(t, start..<max(end, start)) ? (clause, within, max(end, start), previous) : nil
        return (clause, previous)
    }

    private static func holdsNoBreak(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        !range.contains { $0 < t.count && ClauseBreaks.breaks(t, $0) }
    }
}
