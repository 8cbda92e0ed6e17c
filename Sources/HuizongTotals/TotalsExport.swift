import Foundation
import HuizongFacts

/// `totals.csv` and `totals.json` (DESIGN.md): one row per region, metric and unit.
/// `facts` lists the `document:line` of every fact the total draws on; `documents` the documents.
public enum TotalsExport {
    /// The contract's columns, in order.
    public static let columns = ["region_code", "region", "level", "parent_code", "metric", "value", "unit",
                                 "qualifier", "facts", "documents"]

    /// `totals.csv`: UTF-8 with BOM, RFC 4180; lists joined with `; `.
    public static func csv(_ totals: RegionTotals, facts: [Fact]) -> [UInt8] {
        var writer = CSVWriter(header: columns)
        for t in totals.totals {
            writer.appendRow(fields(t, facts: facts).map { $0.joined(separator: "; ") }, numeric: [5])
        }
        return writer.data
    }

    /// `totals.json`: an array of objects with the same fields (lists as arrays), plus `basis`
    /// (`stated` or `sum_of_parts`), `parts_sum` and `set_aside` (facts not counted, and why they exist).
    public static func json(_ totals: RegionTotals, facts: [Fact]) -> [UInt8] {
        var lines: [String] = []
        for t in totals.totals {
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
            lines.append("  " + JSONText.object(pairs))
        }
        let body = lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        return Array(body.utf8)
    }

    /// `document:line`, how every figure is traced.
    public static func reference(_ fact: Fact) -> String { "\(fact.document):\(fact.line)" }

    /// Each column as a list of strings (one element for scalar columns).
    private static func fields(_ t: RegionTotal, facts: [Fact]) -> [[String]] {
        [[t.region.code], [t.region.name], [t.region.level.rawValue], [t.region.parentCode ?? ""], [t.metric],
         [DisplayNumber.plain(t.value)], [t.unit], [t.qualifier.rawValue],
         t.factIndices.map { reference(facts[$0]) }, t.documents]
    }
}
