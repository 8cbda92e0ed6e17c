import Foundation

/// A number read from the text, before units and context are considered.
struct ParsedNumber {
    /// The exact value (built from digits, never through Double).
    var value: Decimal
    /// The high end of an approximation by neighbouring digits (二三百 → 300); nil otherwise.
    var high: Decimal? = nil
    /// Offset just past the number (and any attached multiplier).
    var end: Int
    /// Starts with a Chinese numeral.
    var chinese: Bool
    /// Started with a bare 百/千/万/亿 (no digit before it).
    var bare: Bool
    /// A single Chinese digit with no multiplier (一, 两, 五): narrative more often than a statistic.
    var singleChineseDigit: Bool
    /// Carries a positional unit or multiplier (十 百 千 万 亿).
    var hasMultiplier: Bool
    /// A 余/多 between digits and multiplier (`20多万`) made it a lower bound.
    var atLeast: Bool
    /// A 来 between digits and multiplier (`十来万`) made it approximate.
    var approx: Bool = false
    /// No digit at all, only positional units (十, 百, 十万): with 数 before it, an order of magnitude.
    var digitless: Bool = false
    /// Powers of ten written after the last digit, as (all multipliers, the large units 万/亿 alone):
    /// 五千万 → (7, 4), 四百万 → (6, 4), 3万 → (4, 4). A range writes them once, on its high end
    /// (三百到四百万元), and the low end borrows one of them.
    var trailing: (all: Int, large: Int) = (0, 0)
    /// Too many digits or too large for an exact Decimal: refused, never rounded.
    var overflow: Bool = false
}

/// Reads Arabic, Chinese and mixed numbers at a position of a scalar array, exactly.
///
/// The grammar, one pass left to right:
///   number      = group* [coefficient]
///   group       = (coefficient small-unit)* [coefficient] [余|多|来] large-unit      large-unit = 万 | 亿
///   coefficient = arabic | chinese-digit [chinese-digit] ["点" chinese-digit+]     (a second digit
///                 next to the first, 二三百, is an approximate range; see NumeralTables.isApproximatePair)
///   arabic      = digits [,ddd]* [.digits]
/// So 3万2千5百, 6万7000, 200万四千, 3亿2万1千5百, 两万零三十四点五 and 三十八点六亿 are one number each.
/// Small units (十 百 千) descend within a section; 万 comes at most once per 亿 group; 亿 once.
/// A read that stops on a scalar that breaks these rules ends the number there.
enum NumberParser {
    /// The number starting at `i`, or nil when none starts there (a lone 零, a list of digits 二三四).
    /// An approximation by neighbouring digits (二三百) is read twice, once with each digit.
    static func read(_ t: [Unicode.Scalar], at i: Int, limit: Int) -> ParsedNumber? {
        guard var low = read(t, at: i, limit: limit, pickHigh: false) else { return nil }
        if low.high != nil, !low.overflow, let high = read(t, at: i, limit: limit, pickHigh: true) {
            low.high = high.value
            low.overflow = high.overflow
        }
        return low
    }

    /// What the last token of a number was: decides what may follow.
    private enum Last { case none, digit, arabic, small, large, fraction }

    /// One reading; `pickHigh` takes the second digit of a neighbouring pair. The returned `high` is
    /// only a marker (non-nil when a pair was read); `read(_:at:limit:)` fills it.
    private static func read(_ t: [Unicode.Scalar], at i: Int, limit: Int, pickHigh: Bool) -> ParsedNumber? {
        guard i < limit else { return nil }
        var j = i
        var total: Decimal = 0          // completed 万/亿 groups
        var section: Decimal = 0        // the current section below 万
        var coef: Decimal? = nil        // the pending coefficient
        var coefDigit: Int64? = nil     // the pending coefficient as one Chinese digit (for pairs)
        var last = Last.none
        var lastSmall = 4               // exponent of the last small unit in this section
        var seenWan = false, seenYi = false
        var pair = false, atLeast = false, approx = false, bare = false, overflow = false
        var sawUnit = false, digits = 0
        var trailing = (all: 0, large: 0)
        let chinese = NumeralTables.arabicDigit(t[i]) == nil
        /// Exponent of the last large unit read (an Arabic coefficient after it must be smaller: 6万7000).
        var groupLimit = 0
        /// Exponent of the unit right before a final Chinese digit (一万五 → 4), 0 when none.
        var unitBefore = 0
        var coefStart = i

        func fail() { overflow = true }
        loop: while j < limit {
            let s = t[j]
            if NumeralTables.arabicDigit(s) != nil {
                // Arabic digits start the number or follow a unit (3万2千, 6万7000), never a digit (三5).
                guard last == .none || last == .small || last == .large, coef == nil else { break }
                guard let run = arabicRun(t, at: j, limit: limit) else {
                    // More significant digits than a Decimal holds: refused as a whole, never rounded.
                    fail()
                    while j < limit && (NumeralTables.arabicDigit(t[j]) != nil || t[j] == "." || t[j] == ",") { j += 1 }
                    break
                }
                if last == .large || last == .small {
                    // 6万7000: the tail must fit below the unit before it, and be whole.
                    let bound = last == .large ? groupLimit : lastSmall
                    if ExactDecimal.scale(1, by: bound).map({ run.value >= $0 }) ?? true { break }
                    if run.fraction { break }
                }
                coef = run.value
                coefDigit = nil
                j = run.end
                last = .arabic
                trailing = (0, 0)
                digits += 1
                continue
            }
            if let d = NumeralTables.chineseDigit(s) {
                if d == 0 {
                    // 零点二七: a leading zero before a decimal point; elsewhere a placeholder (一千零五).
                    if last == .none {
                        guard j + 2 < limit, NumeralTables.isChinesePoint(t[j + 1]),
                              NumeralTables.chineseDigit(t[j + 2]) != nil else { return nil }
                        coef = 0
                        last = .digit
                        j += 1
                        continue
                    }
                    // 二〇二一: a year written digit by digit, no number.
                    if last == .digit { return nil }
                    if last == .arabic || last == .fraction { break }
                    j += 1
                    continue
                }
                if last == .digit, let prev = coefDigit, !pair, t[j - 1] != "零", NumeralTables.isApproximatePair(prev, d) {
                    // 二三百: the second digit of an approximate range.
                    pair = true
                    if pickHigh { coef = Decimal(d) }
                    coefDigit = nil
                    j += 1
                    continue
                }
                // A list of digits (二三四, 一二九) is no number; a Chinese digit after Arabic ones ends it.
                if last == .digit { return nil }
                if last == .arabic || last == .fraction { break }
                coef = Decimal(d)
                unitBefore = last == .small ? lastSmall : (last == .large ? groupLimit : 0)
                if j > i && t[j - 1] == "零" { unitBefore = 0 }
                coefDigit = d
                coefStart = j
                last = .digit
                trailing = (0, 0)
                digits += 1
                j += 1
                continue
            }
            if NumeralTables.isChinesePoint(s) {
                // 三十八点六, 十五点零: the fraction of a Chinese numeral.
                guard chinese, last == .digit || last == .small, j + 1 < limit,
                      NumeralTables.chineseDigit(t[j + 1]) != nil else { break }
                var k = j + 1
                var fraction: Decimal = 0
                var places = 0
                while k < limit, let d = NumeralTables.chineseDigit(t[k]) {
                    places += 1
                    if places > ExactDecimal.maxDigits { fail(); break loop }
                    fraction += Decimal(sign: .plus, exponent: -places, significand: Decimal(d))
                    k += 1
                }
                coef = (coef ?? 0) + fraction
                coefDigit = nil
                last = .fraction
                j = k
                continue
            }
            if s == "廿" {
                guard last == .none || last == .large else { break }
                section += 20
                last = .small
                lastSmall = 1
                sawUnit = true
                digits += 1
                j += 1
                continue
            }
            if let u = NumeralTables.smallUnit(s) {
                if startsUnitWord(t, at: j, limit: limit) { break }
                let e = u == 10 ? 1 : (u == 100 ? 2 : 3)
                if last == .fraction && chinese { break }
                if coef == nil {
                    // A unit without a digit before it (十五, bare 百/千) only starts a number.
                    guard last == .none else { break }
                    if e > 1 { bare = true }
                    coef = 1
                }
                guard e < lastSmall else { break }
                guard let add = ExactDecimal.scale(coef!, by: e), let sum = ExactDecimal.add(section, add) else { fail(); break }
                section = sum
                coef = nil
                coefDigit = nil
                lastSmall = e
                last = .small
                sawUnit = true
                trailing = (e, 0)
                j += 1
                continue
            }
            if NumeralTables.isMoreMark(s) || NumeralTables.isAboutMark(s) {
                // 20多万, 十来万, 三千多万: the qualifier sits between the digits and a large unit.
                guard last != .none, last != .large, j + 1 < limit,
                      NumeralTables.largeUnitExponent(t[j + 1]) != nil else { break }
                if NumeralTables.isAboutMark(s) { guard chinese else { break }; approx = true } else { atLeast = true }
                j += 1
                continue
            }
            if let e = NumeralTables.largeUnitExponent(s) {
                if last == .none {
                    bare = true
                    coef = 1
                } else if coef == nil && section == 0 {
                    // 万亿 stacks; 亿万 (亿万群众) and 万万 do not.
                    guard last == .large, e == 8, seenWan, !seenYi else { break }
                }
                if e == 4 {
                    guard !seenWan else { break }
                    let group = ExactDecimal.add(section, coef ?? 0)
                    guard let g = group, let scaled = ExactDecimal.scale(g, by: 4), let sum = ExactDecimal.add(total, scaled) else { fail(); break }
                    total = sum
                    seenWan = true
                } else {
                    guard !seenYi else { break }
                    let sum = ExactDecimal.add(total, section).flatMap { ExactDecimal.add($0, coef ?? 0) }
                    guard let sum, let scaled = ExactDecimal.scale(sum, by: 8) else { fail(); break }
                    total = scaled
                    seenYi = true
                    seenWan = false
                }
                groupLimit = e
                section = 0
                coef = nil
                coefDigit = nil
                lastSmall = 4
                trailing = (trailing.all + e, trailing.large + e)
                last = .large
                sawUnit = true
                j += 1
                continue
            }
            break
        }
        // A trailing 零 belongs to the next word (零距离), not the number.
        while j > i, NumeralTables.chineseDigit(t[j - 1]) == 0, last != .fraction { j -= 1 }
        guard j > i else { return nil }
        // 一万五, 三千五, 一百二: a last digit right after a unit counts in the next lower place
        // (15000, 3500, 120), as spoken Chinese leaves that unit out.
        if last == .digit && !chinese && !pair && coefStart > i {
            // 10万五保对象: a lone Chinese digit after Arabic ones begins the next word (200万四千 has its unit).
            j = coefStart
            coef = nil
        } else if last == .digit, !pair, unitBefore >= 2, let c = coef {
            coef = ExactDecimal.scale(c, by: unitBefore == 8 ? 7 : unitBefore - 1)
            if coef == nil { overflow = true }
        }
        var value = total
        if !overflow {
            if let v = ExactDecimal.add(total, section).flatMap({ ExactDecimal.add($0, coef ?? 0) }) { value = v } else { overflow = true }
        }
        if chinese && value == 0 && !overflow { return nil }
        return ParsedNumber(value: value, high: pair ? value : nil, end: j, chinese: chinese, bare: bare,
                            singleChineseDigit: chinese && !sawUnit && digits == 1 && last == .digit && !pair,
                            hasMultiplier: sawUnit, atLeast: atLeast, approx: approx,
                            digitless: digits == 0 && sawUnit, trailing: trailing, overflow: overflow)
    }

    /// A run of Arabic digits with thousands separators and a decimal point.
    struct ArabicRun { var value: Decimal; var end: Int; var fraction: Bool }

    /// The Arabic digits at `i` as an exact Decimal; nil when they have more significant digits than
    /// a Decimal holds (a hundred-digit "number" is refused, not rounded).
    static func arabicRun(_ t: [Unicode.Scalar], at i: Int, limit: Int) -> ArabicRun? {
        var j = i
        var mantissa: UInt64 = 0
        var significant = 0
        var fraction = 0
        var seenDot = false
        var big: Decimal? = nil        // past 19 digits the mantissa continues as a Decimal
        while j < limit {
            let s = t[j]
            if let d = NumeralTables.arabicDigit(s) {
                if significant > 0 || d != 0 { significant += 1 }
                if significant > ExactDecimal.maxDigits { return nil }
                if big == nil && significant <= 19 {
                    mantissa = mantissa &* 10 &+ d
                } else {
                    let current = big ?? Decimal(mantissa)
                    big = current * 10 + Decimal(d)
                }
                if seenDot { fraction += 1 }
                j += 1
            } else if s == "," && !seenDot && isThousandsGroup(t, at: j + 1, limit: limit) {
                j += 1
            } else if (s == "." || s == "．") && !seenDot && j + 1 < limit && NumeralTables.arabicDigit(t[j + 1]) != nil {
                seenDot = true
                j += 1
            } else {
                break
            }
        }
        guard j > i else { return nil }
        let value = Decimal(sign: .plus, exponent: -fraction, significand: big ?? Decimal(mantissa))
        return ArabicRun(value: value, end: j, fraction: fraction > 0 && hasFractionalPart(value, mantissa: big == nil ? mantissa : nil, fraction: fraction))
    }

    /// Whether `value` (`mantissa` × 10^-`fraction` when the digits fit a UInt64) is not a whole
    /// number. With the mantissa at hand this is a remainder; Decimal's rounding and comparison
    /// allocate arrays, and every number with a decimal point was paying for them.
    @inline(__always)
    private static func hasFractionalPart(_ value: Decimal, mantissa: UInt64?, fraction: Int) -> Bool {
        guard let mantissa else { return value != roundedDown(value) }
        // At most 19 significant digits: past 10^19 places the value is below 1 (or zero).
        guard fraction <= 19 else { return mantissa != 0 }
        var power: UInt64 = 1
        for _ in 0..<fraction { power &*= 10 }
        return mantissa % power != 0
    }

    private static func roundedDown(_ d: Decimal) -> Decimal {
        var v = d, r = Decimal()
        NSDecimalRound(&r, &v, 0, .down)
        return r
    }

    /// `,ddd` followed by a non-digit: a thousands separator, not a list comma.
    @inline(__always)
    static func isThousandsGroup(_ t: [Unicode.Scalar], at k: Int, limit: Int) -> Bool {
        guard k + 3 <= limit else { return false }
        for m in k..<(k + 3) where NumeralTables.arabicDigit(t[m]) == nil { return false }
        return k + 3 == limit || NumeralTables.arabicDigit(t[k + 3]) == nil
    }

    /// Whether a unit word (千米, 百分点…) starts at `k`, so its first scalar is no multiplier.
    @inline(__always)
    static func startsUnitWord(_ t: [Unicode.Scalar], at k: Int, limit: Int) -> Bool {
        let s = t[k]
        guard s == "千" || s == "百" else { return false }
        return ScalarText.firstStarting(NumeralTables.multiplierUnitStarts, in: t, at: k, limit: limit) != nil
    }
}
