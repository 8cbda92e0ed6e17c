import Foundation

/// Decimal arithmetic that refuses instead of rounding. Foundation's `+` and `*` on Decimal round
/// silently past 38 significant digits and turn an exponent overflow into NaN; a figure built that
/// way would be a different number than the text states. Each operation here returns nil instead.
enum ExactDecimal {
    /// `a + b`, or nil when the sum cannot be held exactly.
    @inline(__always)
    static func add(_ a: Decimal, _ b: Decimal) -> Decimal? {
        if b == 0 { return a }
        if a == 0 { return b }
        var x = a, y = b, r = Decimal()
        return NSDecimalAdd(&r, &x, &y, .plain) == .noError && !r.isNaN ? r : nil
    }

    /// `a × b`, or nil when the product cannot be held exactly.
    @inline(__always)
    static func multiply(_ a: Decimal, _ b: Decimal) -> Decimal? {
        if b == 1 { return a }
        var x = a, y = b, r = Decimal()
        return NSDecimalMultiply(&r, &x, &y, .plain) == .noError && !r.isNaN ? r : nil
    }

    /// `a × 10^e` (e ≥ 0), or nil past Decimal's exponent range.
    @inline(__always)
    static func scale(_ a: Decimal, by e: Int) -> Decimal? {
        if e == 0 || a == 0 { return a }
        var x = a, r = Decimal()
        return NSDecimalMultiplyByPowerOf10(&r, &x, Int16(clamping: e), .plain) == .noError && !r.isNaN ? r : nil
    }

    /// Significant digits a Decimal holds exactly (its mantissa is 128 bits).
    static let maxDigits = 38
}
