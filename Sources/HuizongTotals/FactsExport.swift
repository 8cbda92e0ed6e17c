import Foundation
import HuizongFacts

/// `facts.csv` and `facts.jsonl` (DESIGN.md): one record per figure, the same fields in both.
public enum FactsExport {
    /// The contract's columns, in order.
    public static var columns: [String] { Fact.fieldNames }

    /// `facts.csv`: UTF-8 with BOM, RFC 4180, formula-safe (line, value and value_high are numbers).
    public static func csv(_ facts: [Fact]) -> [UInt8] {
        let sink = MemorySink()
        try! writeCSV(facts, to: sink)
        return sink.bytes
    }

    /// `facts.csv`, written to `sink` piece by piece.
    public static func writeCSV(_ facts: [Fact], to sink: ByteSink) throws {
        var writer = try CSVWriter(header: columns, sink: sink)
        for f in facts { try writer.appendRow(f.csvFields, numeric: [1, 6, 7]) }
        try writer.finish()
    }

    /// `facts.jsonl`: one JSON object per line, the same fields as the CSV.
    public static func jsonl(_ facts: [Fact]) -> [UInt8] {
        let sink = MemorySink()
        try! writeJSONL(facts, to: sink)
        return sink.bytes
    }

    /// `facts.jsonl`, written to `sink` piece by piece.
    public static func writeJSONL(_ facts: [Fact], to sink: ByteSink) throws {
        var out = BufferedWriter(sink)
        for f in facts {
            try out.append(f.jsonLine.utf8)
            try out.append(CollectionOfOne(10))
        }
        try out.flush()
    }
}
