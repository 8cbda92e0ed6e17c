import Foundation

/// Shares and multiples, all rates in `%` (LABELS.md §2, HARD-CALLS.md convention 4):
/// 百分之三点八二, 百分百, 百分之二十到三十五, 四成, 八成五, 1.3倍 (130), 提高一倍 (100), 翻两番 (300).
extension FigureScanner {
    static let percentWord = ScalarText.scalars("百分之")
    static let permilleWord = ScalarText.scalars("千分之")
    static let fullPercent = ScalarText.scalars("百分百")

    /// A share written with 百分之 (or 百分百, or 千分之 in ‰) starting at `i`.
    func percentWord(_ t: [Unicode.Scalar], at i: Int) -> Outcome? {
        let n = t.count
        if ScalarText.matches(Self.permilleWord, in: t, at: i, limit: n), i + 3 < n {
            guard let num = NumberParser.read(t, at: i + 3, limit: n) else { return .skip(to: i + 3) }
            if num.overflow { return .refused((i + 3)..<num.end) }
            var end = num.end
            var q = prefixQualifier(t, before: i)
            if let (len, sq) = suffixQualifier(t, at: end) { end += len; q = merge(q, sq) }
            return .found(Figure(start: i, end: end, unitRange: i..<(i + 3), value: num.value, valueHigh: num.high,
                                 unit: "‰", kind: .percent, qualifier: num.high != nil ? .range : q))
        }
        guard t[i] == "百" else { return nil }
        if ScalarText.matches(Self.fullPercent, in: t, at: i, limit: n) {
            var end = i + Self.fullPercent.count
            var q = prefixQualifier(t, before: i)
            if let (len, sq) = suffixQualifier(t, at: end) { end += len; q = merge(q, sq) }
            return .found(Figure(start: i, end: end, unitRange: i..<(i + 3), value: 100, valueHigh: nil,
                                 unit: "%", kind: .percent, qualifier: q))
        }
        guard ScalarText.matches(Self.percentWord, in: t, at: i, limit: n), i + 3 < n else { return nil }
        let k = i + 3
        guard let num = NumberParser.read(t, at: k, limit: n) else { return .skip(to: k) }
        if num.overflow { return .refused(k..<num.end) }
        var end = num.end
        var q = prefixQualifier(t, before: i)
        var high = num.high
        if high != nil { q = .range }
        // 百分之二十到三十五, 百分之六十到百分之百.
        if high == nil, let s = rangeSecondStart(t, at: end) {
            var m = s
            if ScalarText.matches(Self.percentWord, in: t, at: m, limit: n) { m += 3 }
            if ScalarText.matches(Self.fullPercent, in: t, at: s, limit: n) {
                if num.value < 100 { high = 100; end = s + 3; q = .range }
            } else if m < n, let second = NumberParser.read(t, at: m, limit: n), !second.overflow, second.high == nil,
                      num.value < second.value {
                high = second.value
                end = second.end
                q = .range
            }
        }
        if let (len, sq) = suffixQualifier(t, at: end) { end += len; if q != .range { q = merge(q, sq) } }
        return .found(Figure(start: i, end: end, unitRange: i..<(i + 3), value: num.value, valueHigh: high,
                             unit: "%", kind: .percent, qualifier: q))
    }

    /// A share in tenths (四成) or a multiple (1.3倍, 翻一番) after the number read, else nil.
    func share(_ t: [Unicode.Scalar], num: ParsedNumber, value: Decimal, start i: Int, at j: Int, prefix: Qualifier) -> Figure? {
        guard j < t.count, num.high == nil else { return nil }
        if t[j] == "成", units.match(t, at: j, limit: t.count) == nil, let f = tenths(t, num: num, value: value, at: j) {
            return Figure(start: i, end: f.end, unitRange: j..<(j + 1), value: f.value, valueHigh: nil,
                          unit: "%", kind: .percent, qualifier: merge(prefix, f.q))
        }
        if t[j] == NumeralTables.multipleWord, let f = multiple(t, num: num, value: value, at: j) {
            return Figure(start: i, end: f.end, unitRange: j..<(j + 1), value: f.value, valueHigh: nil,
                          unit: "%", kind: .percent, qualifier: merge(prefix, f.q))
        }
        if t[j] == NumeralTables.doublingWord, let f = doublings(t, num: num, value: value, start: i, at: j) {
            return Figure(start: i, end: f.end, unitRange: j..<(j + 1), value: f.value, valueHigh: nil,
                          unit: "%", kind: .percent, qualifier: prefix)
        }
        return nil
    }

    /// 四成 = 40%, 七成以上, 八成五 = 85%: a number of tenths, when 成 does not begin a word (成员, 成功, 一成不变).
    func tenths(_ t: [Unicode.Scalar], num: ParsedNumber, value: Decimal, at j: Int) -> (value: Decimal, end: Int, q: Qualifier)? {
        guard value >= 1 && value <= 10, !num.hasMultiplier || value == 10, !Self.hasFraction(value) else { return nil }
        if num.chinese && value == 1 { return nil }
        var end = j + 1
        var tenths = value * 10
        if end < t.count, let d = NumeralTables.chineseDigit(t[end]), d > 0, value < 10,
           end + 1 >= t.count || !ScalarText.isHan(t[end + 1]) || Self.tenthsFollowers.contains(t[end + 1]) {
            // 八成五: the digit after 成 is the next place.
            tenths += Decimal(d)
            end += 1
        }
        if end < t.count {
            let next = t[end]
            // 三成群众: a share of people; 成员, 成功, 三五成群 are words.
            if ScalarText.isHan(next) && !Self.tenthsFollowers.contains(next)
                && ScalarText.firstStarting(FigureWords.personNouns, in: t, at: end, limit: t.count) == nil { return nil }
        }
        var q: Qualifier = .exact
        if let (len, sq) = suffixQualifier(t, at: end) { end += len; q = sq }
        return (tenths, end, q)
    }

    static let tenthsFollowers: Set<Unicode.Scalar> = ["以", "左", "多", "的", "半", "及", "或", "上"]

    /// 1.3倍 = 130%, 提高一倍 = 100%, 三倍以上 (HARD-CALLS.md convention 4: a multiple is a rate in percent).
    func multiple(_ t: [Unicode.Scalar], num: ParsedNumber, value: Decimal, at j: Int) -> (value: Decimal, end: Int, q: Qualifier)? {
        guard value > 0, let percent = ExactDecimal.scale(value, by: 2) else { return nil }
        var end = j + 1
        var q: Qualifier = num.atLeast ? .atLeast : .exact
        if end < t.count && t[end] == "多" { end += 1; q = .atLeast }
        if let (len, sq) = suffixQualifier(t, at: end) { end += len; if q == .exact { q = sq } }
        return (percent, end, q)
    }

    /// 翻一番 = 100%, 翻两番 = 300%: each 番 doubles, so n of them add (2ⁿ − 1) × 100%.
    func doublings(_ t: [Unicode.Scalar], num: ParsedNumber, value: Decimal, start i: Int, at j: Int) -> (value: Decimal, end: Int)? {
        let afterDouble = (i >= 1 && t[i - 1] == "翻") || (i >= 2 && t[i - 2] == "翻" && t[i - 1] == "了")
        guard afterDouble, !Self.hasFraction(value), value >= 1, value <= 10 else { return nil }
        var times: Decimal = 1
        for _ in 0..<NSDecimalNumber(decimal: value).intValue { times *= 2 }
        return ((times - 1) * 100, j + 1)
    }
}
