import Foundation
import HuizongPlaces
import HuizongTotals
import HuizongLayout

/// A whole build without fonts or files out: facts, totals and their exports (in memory), the
/// brief's content, its pages laid out with any measurer, and the charts. The whole-build fuzz
/// target runs this (with the fixed-width measurer) so every stage a user's input reaches is
/// exercised in one process, fast enough to run thousands of times a minute.
public struct BriefDryRun: Sendable {
    public let config: BriefConfig
    public let gazetteer: Gazetteer
    let extractor: Extractor

    public init(config: BriefConfig, gazetteer: Gazetteer) {
        self.config = config
        self.gazetteer = gazetteer
        self.extractor = Extractor(gazetteer: gazetteer, config: config)
    }

    /// What one dry run produced.
    public struct Output {
        public var extraction: Extraction
        public var totals: RegionTotals
        /// facts.csv, facts.jsonl, totals.csv and totals.json as a build writes them.
        public var exports: [String: [UInt8]]
        public var content: BriefContent
        public var pages: [Page]
        /// Each chart with its standalone page (the chart file's geometry) and frame.
        public var charts: [(chart: BarChart, page: Page, frame: ChartFrame)]
    }

    /// Runs every stage after reading over `inputs`, on one thread.
    public func run(inputs: [String], measurer: any TextMeasuring) throws -> Output {
        let csv = MemorySink(), jsonl = MemorySink()
        let extraction = try extractor.run(inputs: inputs, jobs: 1, streams: FactStreams(csv: csv, jsonl: jsonl))
        let totals = TotalsBuilder(directory: gazetteer).build(extraction.facts, quote: extraction.facts.quote(at:))
        let totalsCSV = MemorySink(), totalsJSON = MemorySink()
        try TotalsExport.writeCSV(totals, to: totalsCSV)
        try TotalsExport.writeJSON(totals, facts: extraction.facts, to: totalsJSON)
        let composer = BriefComposer(config: config, gazetteer: gazetteer, extraction: extraction, totals: totals)
        let content = composer.compose(date: nil)
        let layout = BriefLayout(measurer: measurer, pageSize: Size(width: config.pageSize.width, height: config.pageSize.height),
                                 style: config.language == .en ? .english : .standard)
        let pages = layout.layout(content)
        let charts = composer.metricsShown().compactMap { composer.overviewChart(for: $0) }.map {
            ($0, layout.chartPage($0, width: BriefBuild.chartWidth), layout.chartFrame($0, width: BriefBuild.chartWidth))
        }
        return Output(extraction: extraction, totals: totals,
                      exports: ["facts.csv": csv.bytes, "facts.jsonl": jsonl.bytes,
                                "totals.csv": totalsCSV.bytes, "totals.json": totalsJSON.bytes],
                      content: content, pages: pages, charts: charts)
    }
}

/// Bytes collected in memory.
final class MemorySink: ByteSink {
    var bytes: [UInt8] = []
    func write(_ more: [UInt8]) throws { bytes += more }
}
