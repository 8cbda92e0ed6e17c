import Foundation
import HuizongTotals

/// `manifest.json`: what a build read (sizes, hashes, encodings, scripts, regions), what it found,
/// and what went wrong. No absolute paths and no timestamps, so it is byte-stable.
enum Manifest {
    static func json(_ extraction: Extraction, totals: RegionTotals, outputs: [String]) -> [UInt8] {
        let documents = extraction.documents.map { d in
            "    " + JSONText.object([
                ("path", JSONText.string(d.path)),
                ("bytes", "\(d.source.byteCount)"),
                ("sha256", JSONText.string(d.source.sha256)),
                ("encoding", JSONText.string(d.source.encoding)),
                ("script", JSONText.string(d.source.script)),
                ("invalid_bytes", "\(d.source.invalidBytes)"),
                ("region_code", JSONText.string(d.region.region?.code ?? "")),
                ("region", JSONText.string(d.region.region?.name ?? "")),
                ("region_reason", JSONText.string(d.region.reason)),
                ("figures", "\(d.figures)"),
            ])
        }
        let counts = JSONText.object([
            ("documents", "\(extraction.documents.count)"),
            ("skipped", "\(extraction.skipped.count)"),
            ("figures", "\(extraction.facts.count)"),
            ("unattributed", "\(extraction.facts.unattributedCount)"),
            ("regions", "\(extraction.facts.regionCount)"),
            ("totals", "\(totals.totals.count)"),
            ("warnings", "\(extraction.warnings.count)"),
        ])
        let body = """
        {
          "tool": "huizong",
          "counts": \(counts),
          "documents": [
        \(documents.joined(separator: ",\n"))
          ],
          "skipped": \(JSONText.array(extraction.skipped)),
          "warnings": \(JSONText.array(extraction.warnings)),
          "outputs": \(JSONText.array(outputs))
        }

        """
        return Array(body.utf8)
    }
}
