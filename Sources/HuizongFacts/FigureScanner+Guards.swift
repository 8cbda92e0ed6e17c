import Foundation

/// The guards and small readers the scanner applies around a number: qualifier words, what may stand
/// before a number, what a lone Chinese digit with a counter is, quotations and titles to skip.
extension FigureScanner {
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

    /// Guards on what stands before a number: 第 (ordinal), weekday 周一, letters (5G, COVID-19), dates 2021.6,
    /// sessions of a congress (十八届人大五次会议).
    func prefixAllows(_ t: [Unicode.Scalar], at i: Int, arabic: Bool) -> Bool {
        guard i > 0 else { return true }
        let p = t[i - 1]
        if p == "第" || (ScalarText.isSpace(p) && i > 1 && t[i - 2] == "第") { return false }
        if p == "届" || (p == "大" && i > 1 && t[i - 2] == "人") { return false }
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
        if ScalarText.isHan(p), i > 1, NumeralTables.chineseDigit(t[i - 2]) != nil, t[i - 2] != "零" { return false }
        return true
    }

    /// A number right after 海拔, 气温, 邮编…: a fact about the land or an address, not the campaign's work.
    func blockedByContext(_ t: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i
        while k > 0 && i - k < 2 && FigureWords.contextLinks.contains(t[k - 1]) { k -= 1 }
        return ScalarText.firstEnding(FigureWords.contextBefore, in: t, end: k, lower: 0) != nil
    }

    /// Guards for a number with its counter: reduplication (一张张), slogans (四个一批, 三个代表), place
    /// names (二台子村), terms (三次产业), 一 as an article. Returns where to skip to, or nil when it is a count.
    func counterGuards(_ t: [Unicode.Scalar], num: ParsedNumber, unit: UnitEntry, start i: Int, end: Int, range: Bool) -> Int? {
        let n = t.count
        if end < n && !unit.implied {
            let next = t[end]
            if unit.written.count == 1 && next == unit.written[0] { return end }
            if num.chinese && unit.base == "个"
                && (NumeralTables.chineseDigit(next) != nil || NumeralTables.arabicDigit(next) != nil) {
                return end
            }
            if num.chinese && unit.written.count == 1 && unit.base != "个" && Self.nameTails.contains(next) { return end }
            if num.chinese && ScalarText.firstStarting(FigureWords.termTails, in: t, at: end, limit: n) != nil { return end }
        }
        // 八角, 三毛: a lone Chinese digit before 角/毛 is money only with 钱 after it.
        if num.chinese && unit.kind == .money && (unit.written == Self.jiao || unit.written == Self.mao)
            && !(end < n && t[end] == "钱") { return end }
        if num.chinese && num.singleChineseDigit && !range {
            // A count written after its noun (修复破损路面一处, 便民服务站两个) is a figure even with 一.
            // (一起 is "together", not one case.)
            if countAfterNoun(t, start: i, end: end) && !(num.value == 1 && unit.base == "起") { return nil }
            // 一 is an article (一头小牛犊); a lone digit with an abstract counter is a slogan
            // (三个代表, 两个维护, 八项规定, 五位一体): statistics are written 3个, 8项.
            if num.value == 1 || Self.abstractCounters.contains(unit.base) { return end }
            // Counting uses 两 (两次, 两座); 二 before a counter is an ordinal (二次供水, 二期工程).
            if t[i] == "二" { return end }
        }
        // 1个或多个, 一项或几项: "one or more" is a norm for each who acts, not a count.
        if num.value == 1 && !range && end + 1 < n && t[end] == "或" && (t[end + 1] == "多" || t[end + 1] == "几") { return end }
        // 一两个: "one or two" is narrative.
        if num.chinese && range && num.value == 1 && !num.hasMultiplier && Self.abstractCounters.contains(unit.base)
            && !countAfterNoun(t, start: i, end: end) { return end }
        return nil
    }

    static let jiao = ScalarText.scalars("角")
    static let mao = ScalarText.scalars("毛")
    /// Scalars after a single-scalar counter that show the "figure" is part of a place name (二台子村, 七台河).
    static let nameTails: Set<Unicode.Scalar> = ["子", "村", "屯", "营", "里", "庄", "铺", "沟", "桥", "街", "路", "河", "区", "县", "市", "镇", "乡", "山", "湖", "岭"]

    /// A count that ends its clause right after a noun: 向每户发放垃圾桶一个。 新建便民服务站两个，
    func countAfterNoun(_ t: [Unicode.Scalar], start i: Int, end: Int) -> Bool {
        let closes = end == t.count || ClauseBreaks.isClauseBreak(t[end]) || t[end] == "\n"
        guard closes else { return false }
        guard i > 0 else { return true }
        let p = t[i - 1]
        return ScalarText.isHan(p) && !FigureWords.notANounBefore.contains(p) && !NumeralTables.isChineseNumeral(p)
    }

    /// The qualifier written right before `i`, if any.
    func prefixQualifier(_ t: [Unicode.Scalar], before i: Int) -> Qualifier {
        for (w, q) in FigureWords.prefixQualifiers where ScalarText.endsWith(w, in: t, end: i, lower: 0) {
            // 最近, 附近 are not qualifiers.
            if w.count == 1 && w[0] == "近" && i >= 2 && (t[i - 2] == "最" || t[i - 2] == "附" || t[i - 2] == "临") { continue }
            return q
        }
        return .exact
    }

    /// A lower bound written apart from the number in its clause (不低于…水平的60%), with no other number between.
    func distantQualifier(_ t: [Unicode.Scalar], before i: Int) -> Qualifier? {
        var k = i - 1
        let lower = max(0, i - 30)
        while k >= lower {
            let s = t[k]
            if ClauseBreaks.isClauseBreak(s) || s == "\n" || NumeralTables.arabicDigit(s) != nil { return nil }
            for (w, q) in FigureWords.distantQualifiers where ScalarText.endsWith(w, in: t, end: k + 1, lower: 0) { return q }
            k -= 1
        }
        return nil
    }

    /// A qualifier written after the unit, with its length.
    func suffixQualifier(_ t: [Unicode.Scalar], at i: Int) -> (Int, Qualifier)? {
        for (w, q) in FigureWords.suffixQualifiers where ScalarText.matches(w, in: t, at: i, limit: t.count) { return (w.count, q) }
        return nil
    }

    /// Where a run of numerals ends, to skip it after a failed read.
    func runEnd(_ t: [Unicode.Scalar], from i: Int) -> Int {
        var j = i + 1
        while j < t.count && (NumeralTables.isChineseNumeral(t[j]) || NumeralTables.arabicDigit(t[j]) != nil
                              || ((t[j] == "." || t[j] == ",") && j + 1 < t.count && NumeralTables.arabicDigit(t[j + 1]) != nil)) { j += 1 }
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

    /// Whether a short quotation states a figure in Arabic digits (“5.5%左右”的目标, “扩招200万人”) rather
    /// than being a name or slogan: it has a digit, and no Chinese numeral of its own (“三个100%”), no
    /// `+` or letters (“1+3+N”), and its digits are followed by a unit (“530”, “12345” are names).
    func quoteStatesFigure(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var sawDigit = false
        var k = r.lowerBound
        while k < r.upperBound {
            let s = t[k]
            if NumeralTables.arabicDigit(s) != nil {
                sawDigit = true
            } else if s == "+" || s == "＋" || ScalarText.isLatin(s) || s == "·" {
                return false
            } else if NumeralTables.isChineseNumeral(s) {
                // 万/亿/千/百 right after digits are multipliers (200万); any other numeral makes a slogan.
                let afterDigits = k > r.lowerBound && (NumeralTables.arabicDigit(t[k - 1]) != nil
                                                       || NumeralTables.largeUnitExponent(t[k - 1]) != nil)
                if !(afterDigits && (NumeralTables.largeUnitExponent(s) != nil || s == "千" || s == "百")) { return false }
            }
            k += 1
        }
        guard sawDigit else { return false }
        return figures(in: Array(t[r])).contains { $0.kind != .notAFigure }
    }
}
