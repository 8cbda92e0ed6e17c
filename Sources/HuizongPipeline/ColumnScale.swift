import Foundation
import HuizongFacts
import HuizongTotals

/// One scale and one precision for a column of figures (issue 18): a reader compares a column
/// at a glance only when every cell is in the same 万 or 亿 and shows the same decimals, and
/// the unit stands once in the column head (`征集意见建议（万条）`), not in every cell.
struct ColumnScale: Equatable {
    /// The multiplier the cells are written in: 1, 10⁴ (万), 10⁸ (亿) or 10¹² (万亿).
    let divisor: Decimal
    /// `万`, `亿`, `万亿` or empty.
    let prefix: String
    /// Decimals every cell shows: 2 when scaled, 0 otherwise.
    let decimals: Int

    /// The scale that suits the largest of `values`: 万亿 from 1万亿, 亿 from 1亿, 万 from 1万, as the
    /// chart axis scales. English scales by thousand, million, billion, trillion and names the unit in English.
    ///
    /// A column's `total` (its 合计) counts for 万 and 亿, but 万亿 needs a row of 1万亿: rows of a
    /// few hundred 亿 under a 合计 of 2.6万亿 would all read 0.0x (a reader sees 626.87 and
    /// 26307.81 in 亿元 at a glance; the cover and the lead write the 合计 as 2.63万亿元).
    init(largest values: [Decimal], total: Decimal? = nil, language: Language = .zh) {
        let rowsTop = values.max() ?? 0
        let withTotal = max(rowsTop, total ?? 0)
        let top = withTotal >= 1_000_000_000_000 && rowsTop < 1_000_000_000_000 ? min(withTotal, 999_999_999_999) : withTotal
        english = language == .en
        if english {
            if top >= 1_000_000_000_000 { divisor = 1_000_000_000_000; prefix = "trillion"; decimals = 2 }
            else if top >= 1_000_000_000 { divisor = 1_000_000_000; prefix = "billion"; decimals = 2 }
            else if top >= 1_000_000 { divisor = 1_000_000; prefix = "million"; decimals = 2 }
            else if top >= 1_000 { divisor = 1_000; prefix = "thousand"; decimals = 2 }
            else { divisor = 1; prefix = ""; decimals = 0 }
            return
        }
        if top >= 1_000_000_000_000 { divisor = 1_000_000_000_000; prefix = "万亿"; decimals = 2 }
        else if top >= 100_000_000 { divisor = 100_000_000; prefix = "亿"; decimals = 2 }
        else if top >= 10_000 { divisor = 10_000; prefix = "万"; decimals = 2 }
        else { divisor = 1; prefix = ""; decimals = 0 }
    }

    private let english: Bool

    /// The unit with the scale, for a column head: `万条`, `亿元`, `件`; `thousand items`.
    func unit(_ unit: String) -> String {
        guard english else { return prefix + unit }
        return prefix.isEmpty ? BriefNumbers.unitName(unit) : prefix + " " + BriefNumbers.unitName(unit)
    }

    /// A cell: the ≥/≈ mark and the scaled number at the column's precision (`≥6.10`); a value
    /// the precision would show as zero reads `<0.01`, never a false zero.
    func cell(_ value: Decimal, qualifier: Qualifier) -> String {
        let scaled = value / divisor
        let rounded = Self.round(scaled, places: decimals)
        if rounded == 0 && value > 0 && decimals > 0 { return DisplayNumber.mark(qualifier) + "<0.01" }
        return DisplayNumber.mark(qualifier) + Self.fixed(rounded, decimals: decimals)
    }

    /// Half-up rounding to `places` decimals.
    static func round(_ value: Decimal, places: Int) -> Decimal {
        var input = value, output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// `rounded` with exactly `decimals` digits after the point.
    static func fixed(_ rounded: Decimal, decimals: Int) -> String {
        let plain = DisplayNumber.plain(rounded)
        guard decimals > 0 else { return plain }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, decimals - fraction.count))
    }
}
