import Foundation
import HuizongTotals

/// `manifest.json`: what a build read (sizes, hashes, encodings, scripts, regions), what it found,
/// and what went wrong. No absolute paths and no timestamps, so it is byte-stable.
enum Manifest {
    /// Written piece by piece: a corpus of 20,000 documents makes a manifest of several megabytes.
    static func write(_ extraction: Extraction, totals: RegionTotals, outputs: [String], to sink: ByteSink) throws {
        var out = BufferedWriter(sink)
        let counts = JSONText.object([
            ("documents", "\(extraction.documents.count)"),
            ("skipped", "\(extraction.skipped.count)"),
            ("figures", "\(extraction.facts.count)"),
            ("unattributed", "\(extraction.facts.unattributedCount)"),
            ("regions", "\(extraction.facts.regionCount)"),
            ("totals", "\(totals.totals.count)"),
            ("warnings", "\(extraction.warnings.count)"),
        ])
        try out.append("{\n  \"tool\": \"huizong\",\n  \"counts\": \(counts),\n  \"documents\": [\n".utf8)
        for (k, d) in extraction.documents.enumerated() {
            let entry = JSONText.object([
                ("path", JSONText.string(d.path)),
                ("bytes", "\(d.source.byteCount)"),
                ("sha256", JSONText.string(d.source.sha256)),
                ("encoding", JSONText.string(d.source.encoding)),
                ("script", JSONText.string(d.source.script)),
                ("invalid_bytes", "\(d.source.invalidBytes)"),
                ("region_code", JSONText.string(d.region.region?.code ?? "")),
                ("region", JSONText.string(d.region.region?.name ?? "")),
                ("region_reason", JSONText.string(d.region.reason)),
                ("region_from_path", d.regionFromPath ? "true" : "false"),
                ("figures", "\(d.figures)"),
            ])
            try out.append(((k == 0 ? "    " : ",\n    ") + entry).utf8)
        }
        try out.append(("\n  ],\n  \"skipped\": \(JSONText.array(extraction.skipped)),\n"
            + "  \"warnings\": \(JSONText.array(extraction.warnings)),\n"
            + "  \"outputs\": \(JSONText.array(outputs))\n}\n").utf8)
        try out.flush()
    }
}
