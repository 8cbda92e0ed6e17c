import Foundation

/// The guards and small readers the scanner applies around a number: qualifier words, what may stand
/// before a number, tenths (四成), implied units (1.1万居民), quotations and titles to skip.
extension FigureScanner {
    /// Nouns for people that may follow a number directly, standing for the counter 人.
    static let personNouns: [[Unicode.Scalar]] = ["群众", "居民", "村民", "农牧民", "牧民", "农民工", "农民", "党员", "干部",
                                                  "志愿者", "职工", "学生", "老人", "患者", "儿童", "游客", "市民"].map(ScalarText.scalars)
    /// Nouns for households that may follow a number directly, standing for the counter 户.
    static let householdNouns: [[Unicode.Scalar]] = ["贫困户", "脱贫户", "低保户", "困难户", "监测户", "农户", "牧户", "农牧户",
                                                     "家庭"].map(ScalarText.scalars)
    static let hotline = ScalarText.scalars("热线")
    static let personUnit = UnitEntry(written: ScalarText.scalars("人"), base: "人", factor: 1, kind: .quantity,
                                      identity: true, discrete: true, implied: true)
    static let householdUnit = UnitEntry(written: ScalarText.scalars("户"), base: "户", factor: 1, kind: .quantity,
                                         identity: true, discrete: true, implied: true)

    /// `1.1万居民`, `5000余群众`, `300余贫困户`: people (人) or households (户) with the counter left out. Only for figures that
    /// look like counts (a multiplier, a qualifier or under 10000), so codes like 12345群众热线 stay out.
    func impliedUnit(_ t: [Unicode.Scalar], at j: Int, num: ParsedNumber) -> UnitEntry? {
        let unit: UnitEntry
        let after: Int
        if let k = ScalarText.firstStarting(Self.personNouns, in: t, at: j, limit: t.count) {
            unit = Self.personUnit
            after = j + Self.personNouns[k].count
        } else if let k = ScalarText.firstStarting(Self.householdNouns, in: t, at: j, limit: t.count) {
            unit = Self.householdUnit
            after = j + Self.householdNouns[k].count
        } else {
            return nil
        }
        if ScalarText.matches(Self.hotline, in: t, at: after, limit: t.count) { return nil }
        if num.chinese && num.singleChineseDigit { return nil }
        let qualified = j > num.end
        guard num.hasMultiplier || qualified || num.value < 10000 else { return nil }
        return unit
    }

    /// Whether a decimal has digits after the point.
    static func hasFraction(_ d: Decimal) -> Bool {
        var v = d, r = Decimal()
        NSDecimalRound(&r, &v, 0, .down)
        return r != d
    }

    /// A prefix qualifier wins over "exact"; 近…余 reads as approximate.
    func merge(_ prefix: Qualifier, _ own: Qualifier) -> Qualifier {
        prefix == .exact ? own : prefix
    }

    /// Guards on what stands before a number: 第 (ordinal), weekday 周一, letters (5G, COVID-19), dates 2021.6.
    func prefixAllows(_ t: [Unicode.Scalar], at i: Int, arabic: Bool) -> Bool {
        guard i > 0 else { return true }
        let p = t[i - 1]
        if p == "第" || (ScalarText.isSpace(p) && i > 1 && t[i - 2] == "第") { return false }
        if arabic {
            if ScalarText.isLatin(p) || NumeralTables.arabicDigit(p) != nil || p == "." || p == "/" || p == ":"
                || p == "_" || p == "#" || p == "＃" || p == "．" || p == "+" { return false }
            if (p == "-" || p == "－") && i > 1 && (ScalarText.isLatin(t[i - 2]) || NumeralTables.arabicDigit(t[i - 2]) != nil) {
                return false
            }
            return true
        }
        if p == "周" || p == "期" || p == "拜" || p == "礼" { return false }
        // 三番五次, 七嘴八舌: a numeral two scalars back makes this an idiom.
        if ScalarText.isHan(p), i > 1, NumeralTables.chineseDigit(t[i - 2]) != nil { return false }
        return true
    }

    /// The qualifier written right before `i`, if any.
    func prefixQualifier(_ t: [Unicode.Scalar], before i: Int) -> Qualifier {
        for (w, q) in Self.prefixWords where ScalarText.endsWith(w, in: t, end: i, lower: 0) {
            // 最近, 附近 are not qualifiers.
            if w.count == 1 && w[0] == "近" && i >= 2 && (t[i - 2] == "最" || t[i - 2] == "附" || t[i - 2] == "临") { continue }
            return q
        }
        return .exact
    }

    /// A qualifier written after the unit, with its length.
    func suffixQualifier(_ t: [Unicode.Scalar], at i: Int) -> (Int, Qualifier)? {
        for (w, q) in Self.suffixWords where ScalarText.matches(w, in: t, at: i, limit: t.count) { return (w.count, q) }
        return nil
    }

    /// The upper end of a range, same script as the lower end.
    func secondNumber(_ t: [Unicode.Scalar], at k: Int, arabic: Bool) -> ParsedNumber? {
        if arabic {
            guard NumeralTables.arabicDigit(t[k]) != nil else { return nil }
            return NumberParser.arabic(t, at: k, limit: t.count)
        }
        guard NumeralTables.startsChineseFigure(t[k]) else { return nil }
        return NumberParser.chinese(t, at: k, limit: t.count)
    }

    /// 四成 = 40%, 七成以上: a number of tenths, when 成 does not begin a word (成员, 成功, 一成不变).
    func tenths(_ t: [Unicode.Scalar], num: ParsedNumber, value: Decimal, at j: Int) -> (value: Decimal, end: Int, q: Qualifier)? {
        guard value >= 1 && value <= 10, !num.hasMultiplier || value == 10 else { return nil }
        if num.chinese && value == 1 { return nil }
        var end = j + 1
        if end < t.count {
            let next = t[end]
            let allowed: Set<Unicode.Scalar> = ["以", "左", "多", "的", "半"]
            if ScalarText.isHan(next) && !allowed.contains(next) { return nil }
        }
        var q: Qualifier = .exact
        if let (len, sq) = suffixQualifier(t, at: end) { end += len; q = sq }
        return (value * 10, end, q)
    }

    /// Where a run of numerals ends, to skip it after a failed read.
    func runEnd(_ t: [Unicode.Scalar], from i: Int) -> Int {
        var j = i + 1
        while j < t.count && (NumeralTables.isChineseNumeral(t[j]) || NumeralTables.arabicDigit(t[j]) != nil) { j += 1 }
        return j
    }

    /// The matching close of an open bracket within `within` scalars.
    func closing(_ t: [Unicode.Scalar], from i: Int, close: Unicode.Scalar, within: Int) -> Int? {
        var j = i + 1
        let limit = min(t.count, i + within)
        while j < limit {
            if t[j] == close { return j }
            if t[j] == "\n" { return nil }
            j += 1
        }
        return nil
    }

    /// The close of a short quotation (a name or slogan: at most 14 scalars, no clause punctuation).
    func shortQuoteEnd(_ t: [Unicode.Scalar], from i: Int) -> Int? {
        let open = t[i]
        let close: Unicode.Scalar
        switch open {
        case "“": close = "”"
        case "「": close = "」"
        case "『": close = "』"
        case "‘": close = "’"
        default: close = "\""
        }
        var j = i + 1
        let limit = min(t.count, i + 16)
        while j < limit {
            let s = t[j]
            if s == close { return j - i - 1 <= 14 ? j : nil }
            if ClauseBreaks.isClauseBreak(s) || s == "\n" { return nil }
            j += 1
        }
        return nil
    }
}
