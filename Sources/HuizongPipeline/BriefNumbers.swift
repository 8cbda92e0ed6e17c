import Foundation
import HuizongFacts
import HuizongTotals

/// Figures as the brief's reader writes them (issue 18): in Chinese with 万/亿 and the unit as
/// the articles write it (`≥6.1万条`); in English with thousands separators, million and billion,
/// and English units (`≥61,000 items`, `5.79 billion yuan`), the same number system the axes use.
struct BriefNumbers: Sendable {
    let language: Language

    /// A value with its mark and unit.
    func format(_ value: Decimal, unit: String, qualifier: Qualifier = .exact) -> String {
        guard language == .en else { return DisplayNumber.format(value, unit: unit, qualifier: qualifier) }
        return DisplayNumber.mark(qualifier) + magnitude(value) + Self.nbsp + Self.shownUnit(unit)
    }

    /// A range `low—high unit`.
    func range(_ low: Decimal, _ high: Decimal, unit: String) -> String {
        guard language == .en else { return DisplayNumber.magnitude(low) + "—" + DisplayNumber.magnitude(high) + unit }
        return magnitude(low) + "–" + magnitude(high) + Self.nbsp + Self.shownUnit(unit)
    }

    /// The unit's English name as the brief draws it: a hyphenated unit (`person-times`) never
    /// breaks at its hyphen (a word joiner after it; drawing leaves joiners out).
    static func shownUnit(_ unit: String) -> String {
        let name = unitName(unit)
        return name.contains("-") ? name.replacingOccurrences(of: "-", with: "-\u{2060}") : name
    }

    /// The number alone: 万/亿/万亿 in Chinese; in English grouped digits below a million, then
    /// million, billion or trillion to two decimals.
    func magnitude(_ value: Decimal) -> String {
        guard language == .en else { return DisplayNumber.magnitude(value) }
        if value >= 1_000_000_000_000 { return Self.trimmed(value / 1_000_000_000_000) + Self.nbsp + "trillion" }
        if value >= 1_000_000_000 { return Self.trimmed(value / 1_000_000_000) + Self.nbsp + "billion" }
        if value >= 1_000_000 { return Self.trimmed(value / 1_000_000) + Self.nbsp + "million" }
        return Self.grouped(ColumnScale.round(value, places: 2))
    }

    /// No break between a number and its unit: U+00A0, which line breaking never splits.
    static let nbsp = "\u{00A0}"

    /// Two decimals at most, no trailing zeros.
    static func trimmed(_ value: Decimal) -> String { DisplayNumber.plain(ColumnScale.round(value, places: 2)) }

    /// `94754` → `94,754` (the integer part grouped by thousands).
    static func grouped(_ value: Decimal) -> String {
        let plain = DisplayNumber.plain(value)
        let parts = plain.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (negative ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// English names of the units the articles use; a unit not known stays as written.
    static func unitName(_ unit: String) -> String {
        switch unit {
        case "条", "件", "项", "个", "起", "类", "批", "宗", "笔": return "items"
        case "人", "名", "位": return "people"
        case "人次": return "person-times"
        case "户", "家": return "households"
        case "场", "次", "场次", "期", "届": return "events"
        case "轮", "轮次": return "rounds"
        case "元": return "yuan"
        case "所", "座", "处", "间", "栋": return "sites"
        case "村": return "villages"
        case "%": return "%"
        default: return unit
        }
    }
}
