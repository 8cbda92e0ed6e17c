import Foundation

/// Row encodings of a fact for `facts.csv` and `facts.jsonl` (DESIGN.md). CSV quoting and
/// formula-injection guarding are the pipeline's job; these give the raw fields in column order.
extension Fact {
    /// The header of `facts.csv`.
    public static let csvHeader = "document,line,region_code,region,place,metric,value,value_high,unit,qualifier,scope,status,quote"

    /// Column names in order (the JSON keys too).
    public static let fieldNames: [String] = csvHeader.split(separator: ",").map(String.init)

    /// A decimal as plain digits: `5790000000`, `28000`, `72.4` (no exponent, no grouping).
    public static func plain(_ d: Decimal) -> String {
        var v = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 8, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// The fields of this fact in `csvHeader` order, unquoted.
    public var csvFields: [String] {
        [document, String(line), regionCode, region, place, metric, Fact.plain(value),
         valueHigh.map(Fact.plain) ?? "", unit, qualifier.rawValue, scope.rawValue, status.rawValue, quote]
    }

    /// One JSON object (no trailing newline) with the CSV's field names in the same order, keys written
    /// by hand so the order is stable: `line`, `value` and `value_high` are JSON numbers written as plain
    /// decimals (exactly the CSV text, no exponent), `value_high` is null unless a range; the rest are strings.
    public var jsonLine: String {
        var out = "{"
        let f = csvFields
        for (k, name) in Fact.fieldNames.enumerated() {
            if k > 0 { out += "," }
            out += Fact.jsonString(name) + ":"
            switch name {
            case "line", "value": out += f[k]
            case "value_high": out += valueHigh == nil ? "null" : f[k]
            default: out += Fact.jsonString(f[k])
            }
        }
        return out + "}"
    }

    /// A JSON string literal with the required escapes (quote, backslash, control characters).
    public static func jsonString(_ s: String) -> String {
        // Most strings need no escape: check the UTF-8 bytes once and copy them whole.
        // (U+2028 and U+2029 are escaped too; they start with 0xE2.)
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
