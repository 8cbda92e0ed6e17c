import Foundation
import HuizongFacts
import HuizongText

/// `totals.csv` and `totals.json` (DESIGN.md): one row per region, metric and unit.
/// In `totals.json`, `facts` lists the `document:line` of every fact a total draws on and
/// `documents` the documents; `totals.csv` gives their counts, since a province's list can run to
/// megabytes and a spreadsheet cell holds at most 32,767 characters.
public enum TotalsExport {
    /// The contract's columns, in order.
    public static let columns = ["region_code", "region", "level", "parent_code", "metric", "value", "unit",
                                 "qualifier", "facts", "documents"]

    /// `totals.csv`: UTF-8 with BOM, RFC 4180; `facts` and `documents` as counts.
    public static func csv(_ totals: RegionTotals) -> [UInt8] {
        let sink = MemorySink()
        try! writeCSV(totals, to: sink)
        return sink.bytes
    }

    /// `totals.csv`, written to `sink` piece by piece.
    public static func writeCSV(_ totals: RegionTotals, to sink: ByteSink) throws {
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
    /// (`stated` or `sum_of_parts`), `parts_sum`, `set_aside` (facts not counted) and `set_aside_why` (for each, `repeat`,
    /// `smaller_stated`, `below_sub_region`, `one_recipient` or `itemized`).
    public static func json<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C) -> [UInt8] where C.Index == Int {
        let sink = MemorySink()
        try! writeJSON(totals, facts: facts, to: sink)
        return sink.bytes
    }

    /// `totals.json`, written to `sink` piece by piece. Written as bytes as it goes: a province's
    /// lists can name hundreds of thousands of facts, too many to gather into Strings first.
    public static func writeJSON<C: RandomAccessCollection<Fact>>(_ totals: RegionTotals, facts: C, to sink: ByteSink) throws where C.Index == Int {
        try writeJSON(totals, reference: { reference(facts[$0]) }, to: sink)
    }

    /// `totals.json` with each fact's `document:line` from `reference` (a fact table gives it from
    /// its stored row without making the whole fact: a province's lists name every fact of a run).
    public static func writeJSON(_ totals: RegionTotals, reference: (Int) -> String, to sink: ByteSink) throws {
        var out = BufferedWriter(sink)
        try out.append((totals.totals.isEmpty ? "[]" : "[").utf8)
        var bytes: [UInt8] = []
        for (n, t) in totals.totals.enumerated() {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: (n == 0 ? "\n  {" : ",\n  {").utf8)
            let scalars = [t.region.code, t.region.name, t.region.level.rawValue, t.region.parentCode ?? "", t.metric]
            for (i, value) in scalars.enumerated() { member(columns[i], JSONText.string(value), first: i == 0, to: &bytes) }
            member("value", DisplayNumber.plain(t.value), to: &bytes)
            member("unit", JSONText.string(t.unit), to: &bytes)
            member("qualifier", JSONText.string(t.qualifier.rawValue), to: &bytes)
            try list("facts", t.factIndices.lazy.map(reference), to: &bytes, out: &out)
            try list("documents", t.documents, to: &bytes, out: &out)
            member("basis", JSONText.string(t.basis.rawValue), to: &bytes)
            member("parts_sum", t.partsSum.map { DisplayNumber.plain($0) } ?? "null", to: &bytes)
            try list("set_aside", t.setAside.lazy.map(reference), to: &bytes, out: &out)
            try list("set_aside_why", t.setAsideReasons.lazy.map(\.rawValue), to: &bytes, out: &out)
            bytes.append(UInt8(ascii: "}"))
            try out.append(bytes)
        }
        try out.append((totals.totals.isEmpty ? "\n" : "\n]\n").utf8)
        try out.flush()
    }

    /// `"key":value`, after a comma unless first.
    private static func member(_ key: String, _ encoded: String, first: Bool = false, to bytes: inout [UInt8]) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: JSONText.string(key).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: encoded.utf8)
    }

    /// `,"key":["a","b"]`; a long list is handed to `out` as it grows, not held whole.
    private static func list<S: Sequence<String>>(_ key: String, _ items: S, to bytes: inout [UInt8],
                                                  out: inout BufferedWriter) throws {
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: JSONText.string(key).utf8)
        bytes.append(contentsOf: ":[".utf8)
        var first = true
        for item in items {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(contentsOf: JSONText.string(item).utf8)
            if bytes.count >= 1 << 16 {
                try out.append(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `document:line`, how every figure is traced (`document:pPAGE:LINE` for a PDF; `Provenance`).
    public static func reference(_ fact: Fact) -> String { Provenance.reference(document: fact.document, line: fact.line) }

    /// Each column as a list of strings (one element for scalar columns).
    private static func fields<C: RandomAccessCollection<Fact>>(_ t: RegionTotal, facts: C) -> [[String]] where C.Index == Int {
        [[t.region.code], [t.region.name], [t.region.level.rawValue], [t.region.parentCode ?? ""], [t.metric],
         [DisplayNumber.plain(t.value)], [t.unit], [t.qualifier.rawValue],
         t.factIndices.map { reference(facts[$0]) }, t.documents]
    }
}
