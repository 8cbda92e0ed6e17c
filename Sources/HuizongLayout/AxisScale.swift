import Foundation

// A linear value axis with "nice" ticks (1-2-5 steps) and tick labels in 万/亿 style.

/// A named power of ten used to shorten tick labels (`亿` = 10⁸, `万` = 10⁴; `M` = 10⁶ in English).
public struct AxisMultiplier: Sendable, Equatable {
    /// The value of one unit of the multiplier.
    public var value: Double
    /// The suffix written after the number.
    public var suffix: String
    /// Makes a multiplier.
    public init(value: Double, suffix: String) { self.value = value; self.suffix = suffix }
    /// Chinese: 亿 and 万.
    public static let chinese = [AxisMultiplier(value: 1e8, suffix: "亿"), AxisMultiplier(value: 1e4, suffix: "万")]
    /// English: B, M and K.
    public static let english = [AxisMultiplier(value: 1e9, suffix: "B"), AxisMultiplier(value: 1e6, suffix: "M"),
                                 AxisMultiplier(value: 1e3, suffix: "K")]
}

/// Ticks and scaling for a bar chart's value axis.
public struct AxisScale: Sendable, Equatable {
    /// Tick values in base units, from 0 to `maximum`.
    public let ticks: [Double]
    /// The axis end in base units (the last tick, never below the largest value).
    public let maximum: Double
    /// Tick labels, one per tick (`0`, `20亿`, `40亿`).
    public let labels: [String]

    /// A scale for values up to `largest` (negative values count as 0), aiming at about `targetTicks` intervals.
    /// `multipliers`, largest first, shorten the labels (all ticks share the one the axis end reaches).
    public init(largest: Double, unit: String, targetTicks: Int = 5,
                multipliers: [AxisMultiplier] = AxisMultiplier.chinese) {
        let top = largest.isFinite && largest > 0 ? largest : 0
        let step = top > 0 ? AxisScale.niceStep(top / Double(max(1, targetTicks))) : 1
        let count = max(1, Int((top / step - 1e-9).rounded(.up)))
        ticks = (0...count).map { Double($0) * step }
        maximum = ticks.last ?? 1
        let end = ticks.last ?? 1
        labels = ticks.map { AxisScale.label($0, step: step, top: end, unit: unit, multipliers: multipliers) }
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let power = pow10(Int((log10(raw)).rounded(.down)))
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    /// A tick label: every tick of an axis reaching `top` uses the same multiplier (万 from 1万,
    /// 亿 from 1亿), decimals only as many as the step needs. Units that already carry a
    /// multiplier or are ratios (`%`, `‰`, `万元`) are never scaled.
    static func label(_ value: Double, step: Double, top: Double, unit: String, multipliers: [AxisMultiplier]) -> String {
        if value == 0 { return "0" }
        let scalable = !(unit.hasPrefix("%") || unit.hasPrefix("‰")
            || multipliers.contains { !$0.suffix.isEmpty && unit.hasPrefix($0.suffix) })
        var divisor = 1.0, suffix = ""
        if scalable, let multiplier = multipliers.first(where: { top >= $0.value }) {
            divisor = multiplier.value; suffix = multiplier.suffix
        }
        let scaledStep = step / divisor
        if value / divisor >= 1e15, let exact = exactLabel(value, step: step, divisor: divisor) {
            return exact + suffix
        }
        let decimals = scaledStep >= 1 ? 0 : min(6, Int((-log10(scaledStep)).rounded(.up)))
        return decimalString(value / divisor, decimals: decimals) + suffix + (unit == "%" ? "%" : "")
    }

    /// A tick far past what a Double holds exactly (28-digit figures): written from the step's
    /// digits (1, 2 or 5 then zeros) times the tick's index, so `6000…0亿` is not `6000…08192亿`.
    static func exactLabel(_ value: Double, step: Double, divisor: Double) -> String? {
        guard value.isFinite, step.isFinite, step > 0 else { return nil }
        let power = Int(log10(step).rounded(.down))
        let factor = Int((step / pow10(power)).rounded())
        let index = (value / step).rounded()
        let zeros = power - Int(log10(divisor).rounded())
        guard zeros >= 0, index < 1e6 else { return nil }
        return String(Int(index) * factor) + String(repeating: "0", count: zeros)
    }

    /// `value` with exactly `decimals` digits after the point, trailing zeros dropped (locale-free).
    static func decimalString(_ value: Double, decimals: Int) -> String {
        let factor = pow10(decimals)
        let scaled = (abs(value) * factor).rounded()
        // Past 2⁶² the value has no fraction a label shows, and Int(…) would trap (a figure of
        // 28 digits, 一万亿亿亿条, crashed the chart): its integer digits are written from the Double.
        guard scaled < 0x1p62 else { return (value < 0 ? "-" : "") + integerDigits(abs(value)) }
        let whole = Int(scaled / factor)
        var fraction = Int(scaled - Double(whole) * factor)
        var text = String(whole)
        if decimals > 0 && fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, decimals - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast(); fraction /= 10 }
            text += "." + digits
        }
        return (value < 0 && scaled > 0 ? "-" : "") + text
    }
}

/// The integer digits of a large finite Double (exact: every Double ≥ 2⁵³ is an integer), by long
/// division of its significand shifted into base-10⁹ limbs; "∞" for an infinite or NaN value.
/// Hand-written because Foundation's formatters either go through the locale or switch to
/// exponent form, and a chart label must read as a plain number.
func integerDigits(_ value: Double) -> String {
    guard value.isFinite else { return "∞" }
    let whole = value.rounded(.down)
    guard whole >= 0x1p62 else { return String(Int64(whole)) }
    // whole = significand × 2^shift, significand < 2⁵³.
    let shift = Int(whole.exponent) - 52
    var limbs: [UInt32] = []   // base 10⁹, least significant first
    var n = UInt64(whole.significandBitPattern | (1 << 52))
    while n > 0 { limbs.append(UInt32(n % 1_000_000_000)); n /= 1_000_000_000 }
    for _ in 0..<max(0, shift) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let v = UInt64(limbs[i]) * 2 + carry
            limbs[i] = UInt32(v % 1_000_000_000); carry = v / 1_000_000_000
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }
    var text = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
        let digits = String(limb)
        text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
}

/// 10ⁿ, exact for the small integer powers used here.
func pow10(_ n: Int) -> Double { pow(10.0, Double(n)) }
