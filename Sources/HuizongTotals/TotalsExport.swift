import Foundation
import HuizongFacts

/// `totals.csv` and `totals.json` (DESIGN.md): one row per region, metric and unit.
/// In `totals.json`, `facts` lists the `document:line` of every fact a total draws on and
/// `documents` the documents; `totals.csv` gives their counts, since a province's list can run to
/// megabytes and a spreadsheet cell holds at most 32,767 characters.
public enum TotalsExport {
    /// The contract's columns, in order.
    public static let columns = ["region_code", "region", "level", "parent_code", "metric", "value", "unit",
                                 "qualifier", "facts", "documents"]

    /// `totals.csv`: UTF-8 with BOM, RFC 4180; `facts` and `documents` as counts.
    public static func csv<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C) -> [UInt8] where C.Index == Int {
        let sink = MemorySink()
        try! writeCSV(totals, facts: facts, to: sink)
        return sink.bytes
    }

    /// `totals.csv`, written to `sink` piece by piece.
    public static func writeCSV<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C, to sink: ByteSink) throws where C.Index == Int {
        var writer = try CSVWriter(header: columns, sink: sink)
        for t in totals.totals {
            let row = [t.region.code, t.region.name, t.region.level.rawValue, t.region.parentCode ?? "", t.metric,
                       DisplayNumber.plain(t.value), t.unit, t.qualifier.rawValue,
                       "\(t.factIndices.count)", "\(t.documents.count)"]
            try writer.appendRow(row, numeric: [5, 8, 9])
        }
        try writer.finish()
    }

    /// `totals.json`: an array of objects with the same fields (lists as arrays), plus `basis`
    /// (`stated` or `sum_of_parts`), `parts_sum` and `set_aside` (facts not counted, and why they exist).
    public static func json<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C) -> [UInt8] where C.Index == Int {
        let sink = MemorySink()
        try! writeJSON(totals, facts: facts, to: sink)
        return sink.bytes
    }

    /// `totals.json`, written to `sink` piece by piece.
    public static func writeJSON<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C, to sink: ByteSink) throws where C.Index == Int {
        var out = BufferedWriter(sink)
        try out.append((totals.totals.isEmpty ? "[]" : "[").utf8)
        for (n, t) in totals.totals.enumerated() {
            let f = fields(t, facts: facts)
            var pairs: [(String, String)] = []
            for (i, name) in columns.enumerated() {
                switch name {
                case "value": pairs.append((name, f[i][0]))
                case "facts", "documents": pairs.append((name, JSONText.array(f[i])))
                default: pairs.append((name, JSONText.string(f[i].first ?? "")))
                }
            }
            pairs.append(("basis", JSONText.string(t.basis.rawValue)))
            pairs.append(("parts_sum", t.partsSum.map { DisplayNumber.plain($0) } ?? "null"))
            pairs.append(("set_aside", JSONText.array(t.setAside.map { reference(facts[$0]) })))
            try out.append(((n == 0 ? "\n  " : ",\n  ") + JSONText.object(pairs)).utf8)
        }
        try out.append((totals.totals.isEmpty ? "\n" : "\n]\n").utf8)
        try out.flush()
    }

    /// `document:line`, how every figure is traced.
    public static func reference(_ fact: Fact) -> String { "\(fact.document):\(fact.line)" }

    /// Each column as a list of strings (one element for scalar columns).
    private static func fields<C: RandomAccessCollection<Fact>>(_ t: RegionTotal, facts: C) -> [[String]] where C.Index == Int {
        [[t.region.code], [t.region.name], [t.region.level.rawValue], [t.region.parentCode ?? ""], [t.metric],
         [DisplayNumber.plain(t.value)], [t.unit], [t.qualifier.rawValue],
         t.factIndices.map { reference(facts[$0]) }, t.documents]
    }
}
