import Foundation
import HuizongFacts

/// `facts.csv` and `facts.jsonl` (DESIGN.md): one record per figure, the same fields in both.
/// A run writes them a document at a time (`csvStart`, then `csvRows` and `jsonlRows` per document).
public enum FactsExport {
    /// The contract's columns, in order.
    public static var columns: [String] { Fact.fieldNames }

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

    /// The lines of `facts.jsonl` for `facts`; `corrected[i]` marks fact `i` as changed by a
    /// correction (`"corrected":true`, after the contract's fields). Empty: none is.
    public static func jsonlRows(_ facts: [Fact], corrected: [Bool] = []) -> [UInt8] {
        var bytes: [UInt8] = []
        for (i, f) in facts.enumerated() {
            FactRowBytes.appendJSON(f, corrected: i < corrected.count && corrected[i], to: &bytes)
        }
        return bytes
    }

    /// The BOM and header row of `facts.csv`, or the header alone (standard output: a program
    /// reading it, like Python's csv, would take the BOM for part of the first column's name).
    public static func csvStart(bom: Bool) -> [UInt8] { bom ? csvStart : Array(csvStart.dropFirst(3)) }

    /// A whole `facts.csv` (UTF-8 with BOM, RFC 4180, formula-safe) for `facts`.
    public static func csv(_ facts: [Fact]) -> [UInt8] { csvStart + csvRows(facts) }

    /// A whole `facts.jsonl`: one JSON object per line, the same fields as the CSV.
    public static func jsonl(_ facts: [Fact]) -> [UInt8] { jsonlRows(facts) }
}
