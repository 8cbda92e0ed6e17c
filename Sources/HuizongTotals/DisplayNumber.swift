import Foundation
import HuizongFacts

/// Formats values for people (tables, charts, cover): 万/亿 with sensible precision and
/// ≥ / ≈ marks for qualified values. Exports never use this: they hold plain decimals.
public enum DisplayNumber {
    /// `5790000000, 元, exact` → `57.9亿元`; `28000, 条, at_least` → `≥2.8万条`; `1459, 件` → `1459件`.
    public static func format(_ value: Decimal, unit: String, qualifier: Qualifier = .exact) -> String {
        mark(qualifier) + magnitude(value) + unit
    }

    /// The ≥ / ≈ prefix of a qualifier (a range is shown by its lower end, so ≥).
    public static func mark(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: ""
        case .atLeast, .range: "≥"
        case .approx: "≈"
        }
    }

    /// The number alone, scaled to 万, 亿 or 万亿 where that reads better.
    ///
    /// A value that is an exact number of 万 (or 亿, 万亿) to two decimals is shown that way (2.8万);
    /// below 10万 other values stay whole (10732), since rounding would hide a stated figure;
    /// larger ones are rounded to two decimals of 万, 亿 or 万亿 (1.27亿, 2.63万亿: a reader
    /// does not count the digits of 26307.81亿).
    public static func magnitude(_ value: Decimal) -> String {
        let wan: Decimal = 10_000, yi: Decimal = 100_000_000, wanYi: Decimal = 1_000_000_000_000
        if value >= wanYi { return scaled(value, by: wanYi, suffix: "万亿", plainBelow: nil) }
        if value >= yi { return scaled(value, by: yi, suffix: "亿", plainBelow: nil) }
        if value >= wan { return scaled(value, by: wan, suffix: "万", plainBelow: 100_000) }
        return plain(rounded(value, places: 2))
    }

    private static func scaled(_ value: Decimal, by unit: Decimal, suffix: String, plainBelow: Decimal?) -> String {
        let q = value / unit
        let r = rounded(q, places: 2)
        if r == q { return plain(q) + suffix }
        if let limit = plainBelow, value < limit { return plain(rounded(value, places: 0)) }
        return plain(r) + suffix
    }

    /// A decimal rounded half-up to `places` decimals.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// Plain decimal digits, no grouping, no exponent, no trailing zeros.
    public static func plain(_ value: Decimal) -> String { FactRowBytes.plain(value) }
}
