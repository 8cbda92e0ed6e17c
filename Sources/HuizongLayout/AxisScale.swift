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
        let decimals = scaledStep >= 1 ? 0 : min(6, Int((-log10(scaledStep)).rounded(.up)))
        return decimalString(value / divisor, decimals: decimals) + suffix + (unit == "%" ? "%" : "")
    }

    /// `value` with exactly `decimals` digits after the point, trailing zeros dropped (locale-free).
    static func decimalString(_ value: Double, decimals: Int) -> String {
        let factor = pow10(decimals)
        let scaled = (abs(value) * factor).rounded()
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

/// 10ⁿ, exact for the small integer powers used here.
func pow10(_ n: Int) -> Double { pow(10.0, Double(n)) }
