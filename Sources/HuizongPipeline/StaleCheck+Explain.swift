import Foundation

extension StaleCheck {
    /// What a stale folder means for a reader: documents added, removed or changed (from the
    /// manifests), and totals that moved (from `totals.csv`: region, metric, old → new).
    public static func explain(expected: StagedOutput, in directory: URL) -> [String] {
        var lines: [String] = []
        let oldDocs = manifestDocuments(FileManager.default.contents(atPath: directory.appendingPathComponent("manifest.json").path).map { [UInt8]($0) })
        let newDocs = manifestDocuments(expected["manifest.json"])
        for path in Set(newDocs.keys).subtracting(oldDocs.keys).sorted() { lines.append("document added: \(path)") }
        for path in Set(oldDocs.keys).subtracting(newDocs.keys).sorted() { lines.append("document removed: \(path)") }
        for path in Set(newDocs.keys).intersection(oldDocs.keys).sorted() where newDocs[path] != oldDocs[path] {
            lines.append("document changed: \(path)")
        }
        let oldTotals = totalsByKey(FileManager.default.contents(atPath: directory.appendingPathComponent("totals.csv").path).map { [UInt8]($0) })
        let newTotals = totalsByKey(expected["totals.csv"])
        for key in Set(oldTotals.keys).union(newTotals.keys).sorted() where oldTotals[key] != newTotals[key] {
            lines.append("total \(key): \(oldTotals[key] ?? "—") → \(newTotals[key] ?? "—")")
        }
        return lines
    }

    /// path → sha256 from a manifest.
    static func manifestDocuments(_ bytes: [UInt8]?) -> [String: String] {
        guard let bytes, let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let documents = object["documents"] as? [[String: Any]] else { return [:] }
        var out: [String: String] = [:]
        for d in documents {
            if let path = d["path"] as? String { out[path] = d["sha256"] as? String ?? "" }
        }
        return out
    }

    /// "region metric (unit)" → "value (qualifier)" from a totals.csv.
    static func totalsByKey(_ bytes: [UInt8]?) -> [String: String] {
        guard let bytes else { return [:] }
        var rows = CSVReader.rows(String(decoding: bytes, as: UTF8.self))
        guard !rows.isEmpty else { return [:] }
        let header = rows.removeFirst()
        guard let region = header.firstIndex(of: "region"), let metric = header.firstIndex(of: "metric"),
              let value = header.firstIndex(of: "value"), let unit = header.firstIndex(of: "unit"),
              let qualifier = header.firstIndex(of: "qualifier") else { return [:] }
        var out: [String: String] = [:]
        for row in rows where row.count == header.count {
            let key = "\(row[region]) \(row[metric]) (\(row[unit]))"
            out[key] = row[value] + (row[qualifier] == "exact" ? "" : " (\(row[qualifier]))")
        }
        return out
    }
}
