import Foundation

/// `Decimal.description`, fast: the same digits, without Foundation's digit-by-digit long
/// division (1.6 µs a value; exports and totals format every one of hundreds of thousands of
/// figures, which made it a twentieth of a whole run).
enum DecimalText {
    private static let wholeLimit = Decimal(UInt64(1) << 62)

    static func description(_ d: Decimal) -> String {
        let significand = d.significand.magnitude
        // Fall back when the digits do not fit a 64-bit integer, or for NaN.
        guard !d.isNaN, significand < wholeLimit else { return d.description }
        let digits = String(NSDecimalNumber(decimal: significand).uint64Value)
        if digits == "0" { return "0" }
        let sign = d.sign == .minus ? "-" : ""
        let exponent = d.exponent
        if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
        let fraction = -exponent
        if digits.count > fraction {
            let point = digits.index(digits.endIndex, offsetBy: -fraction)
            return sign + digits[..<point] + "." + digits[point...]
        }
        return sign + "0." + String(repeating: "0", count: fraction - digits.count) + digits
    }
}
