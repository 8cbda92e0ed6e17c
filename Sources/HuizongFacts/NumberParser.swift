import Foundation

/// A number read from the text, before units and context are considered.
struct ParsedNumber {
    /// The exact value (built from digits, never through Double).
    var value: Decimal
    /// Offset just past the number (and any attached multiplier).
    var end: Int
    /// Written (at least partly) in Chinese numerals.
    var chinese: Bool
    /// Started with a bare 百/千/万 (no digit before it).
    var bare: Bool
    /// A single Chinese digit with no multiplier (一, 两, 五): narrative more often than a statistic.
    var singleChineseDigit: Bool
    /// Carries an attached multiplier (万, 亿, 千…).
    var hasMultiplier: Bool
    /// A 余/多 between digits and multiplier (`20多万`) made it a lower bound.
    var atLeast: Bool
    /// Power of ten of the attached Arabic multiplier (`5万` → 4); 0 when none.
    var exponent: Int = 0
}

/// Reads Arabic, Chinese and mixed numbers at a position of a scalar array.
/// The grammar: Arabic = digits [`,`ddd]* [`.`digits] [余|多]? multiplier*;
/// Chinese = sections of digit/十/百/千 joined by 万/亿.
enum NumberParser {
    /// Powers of ten as Decimals, built once.
    static let powers: [Decimal] = (0...16).map { Decimal(sign: .plus, exponent: $0, significand: 1) }

    /// An Arabic number starting at `i` (which must be a digit).
    static func arabic(_ t: [Unicode.Scalar], at i: Int, limit: Int) -> ParsedNumber? {
        var j = i
        var mantissa: UInt64 = 0
        var digits = 0
        var extraExponent = 0
        var fraction = 0
        var seenDot = false
        while j < limit {
            let s = t[j]
            if let d = NumeralTables.arabicDigit(s) {
                if digits < 18 {
                    mantissa = mantissa * 10 + d
                    digits += (digits == 0 && d == 0) ? 0 : 1
                    if seenDot { fraction += 1 }
                } else if !seenDot {
                    extraExponent += 1
                }
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
        var value = Decimal(sign: .plus, exponent: extraExponent - fraction, significand: Decimal(mantissa))
        var atLeast = false
        var hasMultiplier = false
        // `20多万`: a 余/多 right before a multiplier belongs to the number.
        if j + 1 < limit, t[j] == "余" || t[j] == "多", NumeralTables.arabicMultiplierExponent(t[j + 1]) != nil,
           !startsUnitWord(t, at: j + 1, limit: limit) {
            atLeast = true
            j += 1
        }
        var lastExponent = -1
        var exponent = 0
        while j < limit, let e = NumeralTables.arabicMultiplierExponent(t[j]), !startsUnitWord(t, at: j, limit: limit) {
            // Multipliers stack upwards only (千万, 万亿); a smaller one after a larger (万千) starts a new word.
            if e <= lastExponent { break }
            value *= powers[e]
            exponent += e
            lastExponent = e
            hasMultiplier = true
            j += 1
        }
        return ParsedNumber(value: value, end: j, chinese: false, bare: false, singleChineseDigit: false,
                            hasMultiplier: hasMultiplier, atLeast: atLeast, exponent: exponent)
    }

    /// A Chinese numeral starting at `i`; nil when the run is not a well-formed number
    /// (`两三`, `二三四`: lists of digits are approximations or floor numbers, not figures).
    static func chinese(_ t: [Unicode.Scalar], at i: Int, limit: Int) -> ParsedNumber? {
        var j = i
        var total: Decimal = 0
        var section: Int64 = 0
        var digit: Int64? = nil
        var sawUnit = false
        var digitCount = 0
        var bare = false
        while j < limit {
            let s = t[j]
            if startsUnitWord(t, at: j, limit: limit) { break }
            if let d = NumeralTables.chineseDigit(s) {
                if d == 0 { j += 1; continue }
                if digit != nil { return nil }
                digit = d
                digitCount += 1
            } else if s == "廿" {
                if digit != nil { return nil }
                section += 20
                sawUnit = true
            } else if let u = NumeralTables.smallUnit(s) {
                if digit == nil && j == i { bare = u != 10 }
                section += (digit ?? 1) * u
                digit = nil
                sawUnit = true
            } else if let e = NumeralTables.largeUnitExponent(s) {
                if digit == nil && section == 0 && total == 0 {
                    if j != i { break }
                    bare = true
                    section = 1
                }
                section += digit ?? 0
                digit = nil
                if e == 4 {
                    total += Decimal(section) * powers[4]
                } else {
                    total = (total + Decimal(section)) * powers[8]
                }
                section = 0
                sawUnit = true
            } else {
                break
            }
            j += 1
        }
        // A trailing 零 belongs to the next word (零距离), not the number.
        while j > i, NumeralTables.chineseDigit(t[j - 1]) == 0 { j -= 1 }
        guard j > i else { return nil }
        let value = total + Decimal(section + (digit ?? 0))
        if value == 0 { return nil }
        return ParsedNumber(value: value, end: j, chinese: true, bare: bare,
                            singleChineseDigit: !sawUnit && digitCount == 1,
                            hasMultiplier: sawUnit, atLeast: false)
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
