/// The pieces of the number grammar, kept apart from the algorithm that combines them
/// (NumberParser). Everything here is data: which scalar is which kind of numeral.
enum NumeralTables {
    /// Value of an Arabic digit, ASCII or full-width; nil otherwise.
    @inline(__always)
    static func arabicDigit(_ s: Unicode.Scalar) -> UInt64? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return UInt64(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return UInt64(v - 0xFF10) }
        return nil
    }

    /// Value of a Chinese digit (零〇一二两三四五六七八九, and Traditional 兩); nil otherwise.
    @inline(__always)
    static func chineseDigit(_ s: Unicode.Scalar) -> Int64? {
        switch s {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两", "兩": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    /// Small positional units inside a section: 十 百 千 (and 廿 = twenty, read as a digit pair).
    @inline(__always)
    static func smallUnit(_ s: Unicode.Scalar) -> Int64? {
        switch s {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    /// Power of ten of the large section units 万 (10^4) and 亿 (10^8).
    @inline(__always)
    static func largeUnitExponent(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "万", "萬": return 4
        case "亿", "億": return 8
        default: return nil
        }
    }

    /// The decimal point of a Chinese numeral (三十八点六亿, Traditional 兩點零零八).
    @inline(__always)
    static func isChinesePoint(_ s: Unicode.Scalar) -> Bool { s == "点" || s == "點" }

    /// Pairs of neighbouring digits that write an approximate range where one digit would go
    /// (二三百 200–300, 十三四万 13–14万, 三五百 300–500), as (low, high).
    @inline(__always)
    static func isApproximatePair(_ low: Int64, _ high: Int64) -> Bool {
        (high == low + 1 && low >= 1) || (low == 3 && high == 5)
    }

    /// Whether `s` can be part of a Chinese numeral at all.
    @inline(__always)
    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        chineseDigit(s) != nil || smallUnit(s) != nil || largeUnitExponent(s) != nil || s == "廿"
    }

    /// Scalars that may start a Chinese figure: a digit (not 零) or 十/廿. A bare 百/千/万
    /// ("百名青年", "千名干部进百村") is rhetoric unless a qualifier makes it a figure.
    @inline(__always)
    static func startsChineseFigure(_ s: Unicode.Scalar) -> Bool {
        (chineseDigit(s) ?? 0) > 0 || s == "十" || s == "廿"
    }

    /// 余 / 多 (and Traditional 餘) after digits: "more than".
    @inline(__always)
    static func isMoreMark(_ s: Unicode.Scalar) -> Bool { s == "余" || s == "多" || s == "餘" }

    /// 来 (Traditional 來) after Chinese digits: "about" (十来万).
    @inline(__always)
    static func isAboutMark(_ s: Unicode.Scalar) -> Bool { s == "来" || s == "來" }

    /// Multiples written 翻一番, 翻两番: each 番 doubles.
    static let doublingWord: Unicode.Scalar = "番"
    /// A multiple (1.3倍, 提高一倍).
    static let multipleWord: Unicode.Scalar = "倍"

    /// Words after which a multiplier character is really the start of a unit (`3千米`, `5百分点`).
    static let multiplierUnitStarts: [[Unicode.Scalar]] = ["千米", "千克", "千瓦", "百分点", "百分比"].map(ScalarText.scalars)
}
