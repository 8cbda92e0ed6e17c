import Foundation
import HuizongFacts

/// `facts.csv` and `facts.jsonl` (DESIGN.md): one record per figure, the same fields in both.
public enum FactsExport {
    /// The contract's columns, in order.
    public static var columns: [String] { Fact.fieldNames }

    /// `facts.csv`: UTF-8 with BOM, RFC 4180, formula-safe (line, value and value_high are numbers).
    public static func csv(_ facts: [Fact]) -> [UInt8] {
        var writer = CSVWriter(header: columns)
        for f in facts { writer.appendRow(f.csvFields, numeric: [1, 6, 7]) }
        return writer.data
    }

    /// `facts.jsonl`: one JSON object per line, the same fields as the CSV.
    public static func jsonl(_ facts: [Fact]) -> [UInt8] {
        var out: [UInt8] = []
        for f in facts { out += Array(f.jsonLine.utf8); out.append(10) }
        return out
    }
}
