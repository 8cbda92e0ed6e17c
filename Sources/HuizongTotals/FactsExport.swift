import Foundation
import HuizongFacts

/// `facts.csv` and `facts.jsonl` (DESIGN.md): one record per figure, the same fields in both.
public enum FactsExport {
    /// The contract's columns, in order.
    public static var columns: [String] { Fact.fieldNames }

    /// `facts.csv`: UTF-8 with BOM, RFC 4180, formula-safe (line, value and value_high are numbers).
    public static func csv<C: Collection<Fact>>(_ facts: C) -> [UInt8] {
        let sink = MemorySink()
        try! writeCSV(facts, to: sink)
        return sink.bytes
    }

    /// `facts.csv`, written to `sink` piece by piece.
    public static func writeCSV<C: Collection<Fact>>(_ facts: C, to sink: ByteSink) throws {
        var out = BufferedWriter(sink)
        try out.append(csvStart)
        for f in facts { try out.append(csvRows([f])) }
        try out.flush()
    }

    /// The BOM and header row that start `facts.csv`.
    public static let csvStart = CSVWriter.start(header: columns)

    /// The rows of `facts.csv` for `facts`, without the header (a document's share of the file).
    /// An array, not any collection: generic code called from another module is not specialised,
    /// and iterating it looked up type metadata for every fact.
    public static func csvRows(_ facts: [Fact]) -> [UInt8] {
        var bytes: [UInt8] = []
        for f in facts { FactRowBytes.appendCSV(f, to: &bytes) }
        return bytes
    }

    /// The lines of `facts.jsonl` for `facts`.
    public static func jsonlRows(_ facts: [Fact]) -> [UInt8] {
        var bytes: [UInt8] = []
        for f in facts { FactRowBytes.appendJSON(f, to: &bytes) }
        return bytes
    }

    /// `facts.jsonl`: one JSON object per line, the same fields as the CSV.
    public static func jsonl<C: Collection<Fact>>(_ facts: C) -> [UInt8] {
        let sink = MemorySink()
        try! writeJSONL(facts, to: sink)
        return sink.bytes
    }

    /// `facts.jsonl`, written to `sink` piece by piece.
    public static func writeJSONL<C: Collection<Fact>>(_ facts: C, to sink: ByteSink) throws {
        var out = BufferedWriter(sink)
        for f in facts { try out.append(jsonlRows([f])) }
        try out.flush()
    }
}
