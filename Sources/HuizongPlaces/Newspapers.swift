import Foundation

/// Provincial newspapers whose names do not name their province (`Data/newspapers.tsv`):
/// 扬子晚报 is Jiangsu's, 羊城晚报 Guangdong's. ContextualMentions reads them as mentions of the
/// province, with the weak weight of a paper's name.
struct Newspapers: Sendable {
    /// Names by first scalar, longest first, with their province codes.
    private let byFirst: [Unicode.Scalar: [(name: [Unicode.Scalar], province: String)]]

    /// The bundled list (loaded once; empty, never fatal, when the file is missing or malformed:
    /// the papers only add evidence).
    static let bundled: Newspapers = {
        guard let url = InstalledData.file("newspapers.tsv")
                ?? Bundle.module.url(forResource: "newspapers", withExtension: "tsv")
                ?? Bundle.module.url(forResource: "newspapers", withExtension: "tsv", subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Newspapers(tsv: "") }
        return Newspapers(tsv: text)
    }()

    init(tsv: String) {
        var map: [Unicode.Scalar: [(name: [Unicode.Scalar], province: String)]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let first = fields[0].unicodeScalars.first else { continue }
            map[first, default: []].append((Array(fields[0].unicodeScalars), String(fields[1])))
        }
        byFirst = map.mapValues { $0.sorted { $0.name.count > $1.name.count } }
    }

    /// The scalars that begin some paper's name.
    var firstScalars: [Unicode.Scalar] { Array(byFirst.keys) }

    /// The paper whose name starts at `k`: its length and province code.
    func match(_ scalars: [Unicode.Scalar], at k: Int) -> (length: Int, province: String)? {
        guard let list = byFirst[scalars[k]] else { return nil }
        for (name, province) in list where k + name.count <= scalars.count {
            if scalars[k ..< k + name.count].elementsEqual(name) { return (name.count, province) }
        }
        return nil
    }
}
