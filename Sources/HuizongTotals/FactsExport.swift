import Foundation
import HuizongFacts

/// `facts.csv` and `facts.jsonl` (DESIGN.md): one record per figure, the same fields in both.
public enum FactsExport {
    /// The contract's columns, in order.
    public static let columns = ["document", "line", "region_code", "region", "place", "metric", "value",
                                 "value_high", "unit", "qualifier", "scope", "status", "quote"]

    /// The fields of one fact as strings, in column order; values as plain decimals.
    public static func fields(_ f: Fact) -> [String] {
        [f.document, "\(f.line)", f.regionCode, f.region, f.place, f.metric, DisplayNumber.plain(f.value),
         f.valueHigh.map(DisplayNumber.plain) ?? "", f.unit, f.qualifier.rawValue, f.scope.rawValue,
         f.status.rawValue, f.quote]
    }

    /// `facts.csv`: UTF-8 with BOM, RFC 4180, formula-safe.
    public static func csv(_ facts: [Fact]) -> [UInt8] {
        var writer = CSVWriter(header: columns)
        for f in facts { writer.appendRow(fields(f), numeric: [1, 6, 7]) }
        return writer.data
    }

    /// `facts.jsonl`: one JSON object per line; `line`, `value` and `value_high` are numbers
    /// (`value_high` null unless a range).
    public static func jsonl(_ facts: [Fact]) -> [UInt8] {
        var out = ""
        for f in facts {
            let v = fields(f)
            let pairs: [(String, String)] = columns.enumerated().map { i, name in
                switch name {
                case "line", "value": (name, v[i])
                case "value_high": (name, v[i].isEmpty ? "null" : v[i])
                default: (name, JSONText.string(v[i]))
                }
            }
            out += JSONText.object(pairs) + "\n"
        }
        return Array(out.utf8)
    }
}
