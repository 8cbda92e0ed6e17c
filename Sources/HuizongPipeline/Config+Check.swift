import Foundation
import HuizongPlaces

/// The config checks that need more than the file: metric ids against the catalogue, region
/// names against the gazetteer, document keys against the inputs. Each mistake is an error
/// naming the key, with the valid choices or the candidates, never a silent default.
extension BriefConfig {
    /// The config with every `[documents."…"] region` replaced by its region's code (a name that
    /// means one region), or the first mistake. `documentPaths`: the inputs' document paths, when
    /// articles are read (nil for `--facts`, where the keys cannot be checked).
    public func checked(gazetteer: Gazetteer, file: String, documentPaths: [String]?) throws -> BriefConfig {
        var out = self
        let ids = MetricCatalog.all.map(\.id)
        for (key, used) in [("metrics", metrics), ("colors", colors.keys.sorted())] {
            for id in used where !ids.contains(id) {
                let near = ConfigNames.nearest(to: id, in: ids)
                throw ConfigError(file: file, line: nil, message: "\(key): unknown metric id \"\(id)\""
                    + (near.map { " (did you mean \"\($0)\"?)" } ?? "") + "; the ids are " + ids.joined(separator: ", "))
            }
        }
        let query = RegionQuery(gazetteer: gazetteer)
        for (document, name) in documentRegions.sorted(by: { $0.key < $1.key }) {
            let key = "documents.\"\(document)\".region"
            let candidates = query.regionCandidates(name)
            if candidates.isEmpty {
                let near = query.suggestions(name)
                throw ConfigError(file: file, line: nil, message: "\(key): no region named \"\(name)\""
                    + (near.isEmpty ? "" : "; near names: " + near.map(query.label).joined(separator: ", ")))
            }
            if candidates.count > 1 {
                throw ConfigError(file: file, line: nil, message: "\(key): \"\(name)\" is ambiguous: "
                    + candidates.map(query.label).joined(separator: ", ") + "; write the code or the full name (e.g. \"\(candidates[0].code)\")")
            }
            out.documentRegions[document] = candidates[0].code
        }
        if let documentPaths {
            let known = Set(documentPaths)
            for document in documentRegions.keys.sorted() where !known.contains(document) {
                let near = ConfigNames.nearest(to: document, in: documentPaths)
                throw ConfigError(file: file, line: nil, message: "documents.\"\(document)\": no input document has that path"
                    + (near.map { " (did you mean \"\($0)\"?)" } ?? " (keys are paths relative to the input folder, e.g. \"\(documentPaths.first ?? "a.txt")\")"))
            }
        }
        return out
    }
}

/// "Did you mean" for names typed into a config.
enum ConfigNames {
    /// The name in `names` nearest `typed` (ignoring case, `-` and `_`), when it is close: at
    /// most a third of the name's length in edits, or containing it whole.
    static func nearest(to typed: String, in names: [String]) -> String? {
        func folded(_ s: String) -> [Character] { Array(s.lowercased().replacingOccurrences(of: "-", with: "_")) }
        let a = folded(typed)
        // A word of the id (opinions → opinions_collected) is near, however many letters are left out.
        if a.count >= 4, let part = names.filter({ folded($0).starts(with: a) || String(folded($0)).contains(String(a)) })
            .min(by: { ($0.count, $0) < ($1.count, $1) }) { return part }
        let scored = names.map { ($0, Gazetteer.editDistance(a, folded($0))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.1 <= max(1, max(a.count, best.0.count) / 3) ? best.0 : nil
    }
}
