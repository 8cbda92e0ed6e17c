import Foundation
import HuizongPlaces
import HuizongTotals

/// `manifest.json`: what a build read (sizes, hashes, encodings, scripts, regions), what it found,
/// and what went wrong. No absolute paths and no timestamps, so it is byte-stable.
enum Manifest {
    /// Written piece by piece: a corpus of 20,000 documents makes a manifest of several megabytes.
    static func write(_ extraction: Extraction, totals: RegionTotals, outputs: [String], options: String,
                      to sink: ByteSink) throws {
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
        try out.append(("{\n  \"tool\": \"huizong\",\n  \"version\": \(JSONText.string(HuizongVersion.number)),\n"
            + "  \"options\": \(options),\n  \"counts\": \(counts),\n  \"documents\": [\n").utf8)
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

    /// The settings that change what a build writes, as one JSON object with sorted keys: the
    /// config's fields with command-line overrides applied, the chart resolution and the cover
    /// date (the config's, else one from SOURCE_DATE_EPOCH). `huizong check` compares these to
    /// say that options, not inputs, made a folder stale.
    static func options(config: BriefConfig, chartScale: Double, coverDate: String?) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }
        func stringArray(_ values: [String]) -> String { JSONText.array(values) }
        let colors = JSONText.object(config.colors.sorted { $0.key < $1.key }.map {
            ($0.key, JSONText.string(String(format: "#%06X", $0.value)))
        })
        let regions = JSONText.object(config.documentRegions.sorted { $0.key < $1.key }.map {
            ($0.key, JSONText.string($0.value))
        })
        return JSONText.object([
            ("colors", colors),
            ("corrections", config.corrections.map(JSONText.string) ?? "null"),
            ("cover_date", coverDate.map(JSONText.string) ?? "null"),
            ("document_regions", regions),
            ("dpi", number(chartScale * 72)),
            ("facts_per_region", "\(config.factsPerRegion)"),
            ("lang", JSONText.string(config.language.rawValue)),
            ("metrics", stringArray(config.metrics)),
            ("organisation", JSONText.string(config.organisation)),
            ("overview_level", JSONText.string(config.overviewLevel.rawValue)),
            ("page_size", "[\(number(config.pageSize.width)), \(number(config.pageSize.height))]"),
            ("subtitle", JSONText.string(config.subtitle)),
            ("title", JSONText.string(config.title)),
            ("top_n", "\(config.topN)"),
        ])
    }
}
