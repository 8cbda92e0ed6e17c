import Foundation

/// Reading the manifests and totals of two builds, for StaleReport.
extension StaleCheck {
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
