import Foundation

/// Units that are not written as a counter after the number: people and households named by a noun
/// (1.1万居民, 培训农民100万), money named by a currency or a money noun (￥450, 资金总量达7.26亿),
/// 块 as money (八块四毛), and the parts below a unit (86元3角5分, 两吨半).
extension FigureScanner {
    static let personUnit = UnitEntry(written: ScalarText.scalars("人"), base: "人", factor: 1, kind: .quantity,
                                      identity: true, discrete: true, implied: true)
    static let householdUnit = UnitEntry(written: ScalarText.scalars("户"), base: "户", factor: 1, kind: .quantity,
                                         identity: true, discrete: true, implied: true)
    static let impliedYuan = UnitEntry(written: ScalarText.scalars("元"), base: "元", factor: 1, kind: .money,
                                       identity: true, discrete: false, implied: true)
    static let groupUnit = UnitEntry(written: ScalarText.scalars("个"), base: "个", factor: 1, kind: .quantity,
                                     identity: true, discrete: true, implied: true)
    static let hotline = ScalarText.scalars("热线")

    /// The unit a number without a counter takes from what it counts, or nil.
    func impliedUnit(_ t: [Unicode.Scalar], at j: Int, start i: Int, num: ParsedNumber) -> UnitEntry? {
        if num.chinese && num.singleChineseDigit { return nil }
        // ￥450, 人民币3000万: money by its currency sign.
        if ScalarText.firstEnding(FigureWords.currencyBefore, in: t, end: i, lower: 0) != nil { return Self.impliedYuan }
        if let noun = nounAfter(t, at: j) {
            if ScalarText.matches(Self.hotline, in: t, at: noun.end, limit: t.count) { return nil }
            // Only figures that look like counts (a multiplier, a qualifier or under 10000): 12345群众热线 stays out.
            let qualified = j > num.end
            guard num.hasMultiplier || qualified || num.value < 10000 else { return nil }
            return noun.unit
        }
        // 培训农民100万, 资金总量达7.26亿: a noun before a number with 万 or 亿 that ends its clause.
        guard num.trailing.large > 0, endsClause(t, at: j) else { return nil }
        var k = i
        while k > 0 && i - k < 3 && FigureWords.linkingBefore.contains(t[k - 1]) { k -= 1 }
        if ScalarText.firstEnding(FigureWords.moneyNounsBefore, in: t, end: k, lower: 0) != nil { return Self.impliedYuan }
        if ScalarText.firstEnding(FigureWords.personNounsBefore, in: t, end: k, lower: 0) != nil { return Self.personUnit }
        return nil
    }

    /// A person, household or group noun at `j`, after at most two modifiers (农村居民, 农村贫困人口, 的群众).
    func nounAfter(_ t: [Unicode.Scalar], at j: Int) -> (unit: UnitEntry, end: Int)? {
        var k = j
        for _ in 0..<3 {
            if let m = ScalarText.firstStarting(FigureWords.householdNouns, in: t, at: k, limit: t.count) {
                return (Self.householdUnit, k + FigureWords.householdNouns[m].count)
            }
            if let m = ScalarText.firstStarting(FigureWords.personNouns, in: t, at: k, limit: t.count) {
                return (Self.personUnit, k + FigureWords.personNouns[m].count)
            }
            if let m = ScalarText.firstStarting(FigureWords.groupNouns, in: t, at: k, limit: t.count) {
                return (Self.groupUnit, k + FigureWords.groupNouns[m].count)
            }
            if let m = ScalarText.firstStarting(FigureWords.nounModifiers, in: t, at: k, limit: t.count) {
                k += FigureWords.nounModifiers[m].count
            } else if k == j && k < t.count && t[k] == "的" {
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Whether the clause ends at `j`, perhaps after a qualifier word (100万。 1000万左右，).
    func endsClause(_ t: [Unicode.Scalar], at j: Int) -> Bool {
        var k = j
        if let (len, _) = suffixQualifier(t, at: k) { k += len }
        return k >= t.count || !ScalarText.isHan(t[k]) && NumeralTables.arabicDigit(t[k]) == nil && !ScalarText.isLatin(t[k])
    }

    /// Whether a 块 is money: 钱 or 毛/角 follows it (八块四毛, 两块钱), or money is talked about before it
    /// in the clause (月收入六七千块).
    func blockIsMoney(_ t: [Unicode.Scalar], start i: Int, unitEnd end: Int) -> Bool {
        let n = t.count
        if end < n && t[end] == "钱" { return true }
        if end + 1 < n, NumeralTables.arabicDigit(t[end]) != nil || NumeralTables.chineseDigit(t[end]) != nil,
           t[end + 1] == "毛" || t[end + 1] == "角" { return true }
        guard endsClause(t, at: end) else { return false }
        // 六七千块。: a count of things in 块 is written with Arabic digits and its noun (展板300块);
        // Chinese numerals ending a clause on 块 are spoken money.
        if NumeralTables.arabicDigit(t[i]) == nil { return true }
        var k = i - 1
        while k >= 0 && i - k <= 12 {
            if ClauseBreaks.isClauseBreak(t[k]) || t[k] == "\n" { return false }
            if ScalarText.firstStarting(FigureWords.moneyContext, in: t, at: k, limit: i) != nil { return true }
            k -= 1
        }
        return false
    }

    /// The part of a figure below its unit, as an amount of the unit, and where it ends:
    /// 86元3角5分 (0.35), 七块二毛五 (0.25), 二百零六块五角二分钱, 两吨半 (0.5).
    func belowUnit(_ t: [Unicode.Scalar], unit: UnitEntry, at end: Int) -> (Decimal, Int)? {
        let n = t.count
        if unit.kind == .money && unit.identity {
            var k = end
            var extra: Decimal = 0
            if k < n && t[k] == "半" && (k + 1 >= n || !ScalarText.isHan(t[k + 1]) || t[k + 1] == "钱") {
                extra = Self.half
                k += 1
            } else if k + 1 < n, let d = Self.singleDigit(t[k]), t[k + 1] == "角" || t[k + 1] == "毛" {
                extra += Decimal(d) / 10
                k += 2
                if k < n, let c = Self.singleDigit(t[k]) {
                    // 七块二毛五: the last place may leave out 分.
                    if k + 1 < n && t[k + 1] == "分" { extra += Decimal(c) / 100; k += 2 }
                    else if k + 1 >= n || !ScalarText.isHan(t[k + 1]) { extra += Decimal(c) / 100; k += 1 }
                }
            } else if k + 1 < n, let c = Self.singleDigit(t[k]), t[k + 1] == "分" {
                extra += Decimal(c) / 100
                k += 2
            }
            guard k > end else { return nil }
            if k < n && t[k] == "钱" { k += 1 }
            return (extra, k)
        }
        // 两吨半, 三米半: half a unit of a measure (not of a count: 一个半小时 is a duration).
        if unit.kind == .quantity && !unit.discrete && !unit.implied, end < n, t[end] == "半" {
            if end + 1 < n, ScalarText.isHan(t[end + 1]), FigureWords.halfWordTails.contains(t[end + 1]) { return nil }
            return (Self.half, end + 1)
        }
        return nil
    }

    static let half = Decimal(sign: .plus, exponent: -1, significand: 5)

    /// One digit, Arabic or Chinese (not 零), for the places below the yuan.
    static func singleDigit(_ s: Unicode.Scalar) -> Int64? {
        if let d = NumeralTables.arabicDigit(s), d > 0 { return Int64(d) }
        if let d = NumeralTables.chineseDigit(s), d > 0 { return d }
        return nil
    }
}
