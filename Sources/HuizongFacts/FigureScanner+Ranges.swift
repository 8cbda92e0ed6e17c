import Foundation

/// Explicit ranges: two numbers joined by 至, 到 or a dash, with the unit and the multiplier written
/// once or twice (1—2件, 10户至20户, 2万元--8万元, 3万(含)-6万元, 三百到四百万元, 10余至20余).
extension FigureScanner {
    /// Scalars that join the two ends of a range.
    static func isRangeSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "至" || s == "到" || isDash(s) || s == "~" || s == "～"
    }

    @inline(__always)
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "—" || s == "–" || s == "-" || s == "－" || s == "―" || s == "‐" || s == "‑"
    }

    /// Where the high end of a range begins, when a separator stands at `k` (after an optional `(含)`):
    /// one joining word or up to two dashes (`--`, `——`).
    func rangeSecondStart(_ t: [Unicode.Scalar], at k: Int) -> Int? {
        let n = t.count
        var k = k
        if let m = ScalarText.firstStarting(FigureWords.inclusiveMarks, in: t, at: k, limit: n) { k += FigureWords.inclusiveMarks[m].count }
        guard k < n, Self.isRangeSeparator(t[k]) else { return nil }
        if Self.isDash(t[k]) && k + 1 < n && Self.isDash(t[k + 1]) { k += 1 }
        k += 1
        return k < n ? k : nil
    }

    /// The range whose low end `low` (the number `num`, then `unit` if written) ends at `j`, or nil.
    func range(_ t: [Unicode.Scalar], num: ParsedNumber, low: Decimal, unit: UnitEntry?, at j: Int)
        -> (low: Decimal, high: Decimal, unit: UnitEntry?, unitStart: Int)? {
        let n = t.count
        guard let k = rangeSecondStart(t, at: unit.map { j + $0.written.count } ?? j) else { return nil }
        guard NumeralTables.arabicDigit(t[k]) != nil || NumeralTables.startsChineseFigure(t[k]),
              let second = NumberParser.read(t, at: k, limit: n), !second.overflow, second.high == nil else { return nil }
        var after = second.end
        // 10余至20余: the bound words of each end are the range's.
        if after < n && NumeralTables.isMoreMark(t[after]) { after += 1 }
        let secondUnit = units.match(t, at: after, limit: n)
        if let u = unit {
            // 2万元--8万元: the unit written twice; 10户至20 leaves the second without it: no range.
            guard let su = secondUnit, su.written == u.written else { return nil }
        }
        var lowValue = low
        // 三百到四百万元, 两千到三千万, 3-5万元: the low end borrows the multiplier written on the high end.
        if unit == nil && num.trailing.large == 0 && num.trailing.all < second.trailing.all {
            for e in [second.trailing.all, second.trailing.large] where e > 0 {
                if let scaled = ExactDecimal.scale(low, by: e), scaled < second.value { lowValue = scaled; break }
            }
        }
        guard lowValue < second.value else { return nil }
        let unitStart = after
        var result = (low: lowValue, high: second.value, unit: secondUnit ?? unit, unitStart: unitStart)
        if secondUnit == nil { result.unit = nil }
        return result
    }
}
