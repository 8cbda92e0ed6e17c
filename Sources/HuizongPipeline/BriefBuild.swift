import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongLayout
import HuizongRender

/// Everything one build produces, before it is written anywhere.
public struct BuildResult: Sendable {
    /// Relative paths of the files written, sorted.
    public var files: [String]
    public var extraction: Extraction
    public var totals: RegionTotals
    /// Characters the bundled fonts lack, each naming where it came from.
    public var glyphWarnings: [String]
    /// Seconds spent in each stage after extraction, in order (for `--verbose`).
    public var timings: [(stage: String, seconds: Double)] = []
    /// Inputs that had problems (unreadable, undecodable…): `--strict` fails on these.
    public var inputErrors: Int { extraction.warnings.count }
}

/// The stages after extraction: totals, the brief's content, layout, rendering and exports.
public struct BriefBuild {
    public let config: BriefConfig
    public let gazetteer: Gazetteer
    let renderer: Renderer

    /// Fails, naming the folder, when the fonts cannot be loaded.
    public init(config: BriefConfig, gazetteer: Gazetteer, fontsDirectory: URL) throws {
        self.init(config: config, gazetteer: gazetteer, renderer: try Renderer(fonts: FontLibrary(directory: fontsDirectory)))
    }

    /// With a renderer made beforehand (`StartupPreload`); from here on only this thread uses it.
    public init(config: BriefConfig, gazetteer: Gazetteer, renderer: Renderer) {
        self.config = config
        self.gazetteer = gazetteer
        self.renderer = renderer
    }

    /// Writes every output file but the facts exports (streamed during extraction) into `outputs`
    /// (a staging folder), one at a time.
    public func run(_ extraction: Extraction, into outputs: StagedOutput, chartScale: Double,
                    environment: [String: String]) throws -> BuildResult {
        var clock = StageClock()
        let totals = self.totals(extraction)
        clock.lap("totals")
        // totals.csv, totals.json and totals.xlsx need only the totals: a thread of their own writes
        // them from here on, beside the brief's content, layout, PDF and charts (totals.json alone is
        // about a second for 10,000 documents, which used to follow the content).
        let exportsWritten = ResultSlots<Result<Void, Error>>(count: 1)
        let exportThread = DispatchGroup()
        defer { exportThread.wait() }  // never leave it writing into the staging folder
        let facts = extraction.facts, language = config.language
        DispatchQueue.global().async(group: exportThread) {
            exportsWritten.set(0, Result {
                try outputs.write("totals.csv") { try TotalsExport.writeCSV(totals, to: $0) }
                try outputs.write("totals.json") { try TotalsExport.writeJSON(totals, reference: facts.reference(at:), to: $0) }
                try outputs.write("totals.xlsx", try TotalsWorkbook.bytes(totals, language: language))
            })
        }
        let composer = BriefComposer(config: config, gazetteer: gazetteer, extraction: extraction, totals: totals)
        let dates = BuildDates(config: config, environment: environment)
        let content = composer.compose(date: dates.cover)
        clock.lap("brief content")

        // A second thread, with a renderer of its own (Pango objects are per thread), measures the
        // brief's last sections while this one measures the first ones, then draws the charts
        // while this one lays out and draws the PDF, which then helps with the charts left.
        // Measurements are the same on either thread, so the pages do not depend on the split.
        let charts = ChartFiles(composer.metricsShown().compactMap { composer.overviewChart(for: $0) },
                                into: outputs, scale: chartScale)
        let split = BriefLayout.split(content, share: Self.firstThreadShare)
        let lastSections = ResultSlots<MeasuredSections>(count: 1), measured = DispatchSemaphore(value: 0)
        let secondThread = DispatchGroup()
        defer { secondThread.wait() }  // it writes into the staging folder: never leave it running
        let fonts = renderer.fonts, pageSize = Size(width: config.pageSize.width, height: config.pageSize.height)
        let style: LayoutStyle = config.language == .en ? .english : .standard
        DispatchQueue.global().async(group: secondThread) {
            let chartRenderer = Renderer(fonts: fonts)
            let chartLayout = BriefLayout(measurer: chartRenderer.measurer, pageSize: pageSize, style: style)
            lastSections.set(0, chartLayout.measureSections(content, split..<content.sections.count))
            measured.signal()
            charts.draw(with: chartRenderer, layout: chartLayout)
        }

        let firstSections = layout.measureSections(content, 0..<split)
        measured.wait()
        let pages = layout.layout(content, measured: [firstSections, lastSections.take(0)!])
        clock.lap("layout (\(pages.count) pages)")
        try outputs.write("brief.pdf", try pdf(pages, content: content, creationDate: dates.pdfCreation))
        clock.lap("PDF")
        charts.draw(with: renderer, layout: layout)
        secondThread.wait()
        exportThread.wait()
        try exportsWritten.take(0)!.get()
        try charts.check()
        clock.lap("charts, totals.csv and totals.json (the rest of their time overlaps layout and PDF)")

        // Name the document a missing character came from, so the user can find it.
        let missing = renderer.missingGlyphs(in: pages)
        let sources = Self.documents(quoting: Set(missing.map(\.character)), in: extraction.facts)
        let glyphWarnings = missing.map { missing in
            let source = sources[missing.character]
                ?? extraction.warnings.first { $0.unicodeScalars.contains(missing.character) }.map { String($0.prefix { $0 != ":" }) }
            return "the bundled fonts lack \(missing)" + (source.map { ", from \($0)" } ?? "")
        }
        let names = (outputs.paths + ["manifest.json"]).sorted()
        let options = Manifest.options(config: config, chartScale: chartScale, coverDate: dates.cover)
        try outputs.write("manifest.json") { try Manifest.write(extraction, totals: totals, outputs: names, options: options, to: $0) }
        clock.lap("glyph check and manifest")
        return BuildResult(files: outputs.paths, extraction: extraction, totals: totals, glyphWarnings: glyphWarnings,
                           timings: clock.laps)
    }

    /// The first document whose quotes hold each of `characters`, found in one pass over the
    /// quotes (they are read back from disk: slow for a large corpus, so only when a glyph is missing).
    static func documents(quoting characters: Set<Unicode.Scalar>, in facts: FactTable) -> [Unicode.Scalar: String] {
        var found: [Unicode.Scalar: String] = [:]
        guard !characters.isEmpty else { return found }
        for i in facts.indices where found.count < characters.count {
            for scalar in facts.quote(at: i).unicodeScalars where characters.contains(scalar) && found[scalar] == nil {
                found[scalar] = facts[i].document
            }
        }
        return found
    }

    /// The part of the brief's text the first thread measures: the second one first makes a
    /// renderer of its own, and its charts take less time than the PDF.
    static let firstThreadShare = 0.45

    /// Width of the chart files in points (PNG pixels are this times the scale).
    public static let chartWidth = 560.0

    /// The totals stage.
    public func totals(_ extraction: Extraction) -> RegionTotals {
        TotalsBuilder(directory: gazetteer).build(extraction.facts, quote: extraction.facts.quote(at:))
    }

    /// What the brief says, for a run's facts and totals.
    public func content(_ extraction: Extraction, totals: RegionTotals, environment: [String: String] = [:]) -> BriefContent {
        BriefComposer(config: config, gazetteer: gazetteer, extraction: extraction, totals: totals)
            .compose(date: BuildDates(config: config, environment: environment).cover)
    }

    /// The layout stage, measuring with the bundled fonts.
    public var layout: BriefLayout {
        BriefLayout(measurer: renderer.measurer, pageSize: Size(width: config.pageSize.width, height: config.pageSize.height),
                    style: config.language == .en ? .english : .standard)
    }

    /// The brief's pages.
    public func pages(_ content: BriefContent) -> [Page] { layout.layout(content) }

    /// The PDF of laid-out pages, with the brief's metadata.
    public func pdf(_ pages: [Page], content: BriefContent, creationDate: String = BuildDates.fixedCreation) throws -> [UInt8] {
        let metadata = PDFMetadata(title: content.title, author: content.organisation, subject: content.subtitle,
                                   keywords: content.keywords, creationDate: creationDate)
        return try renderer.pdf(pages, metadata: metadata)
    }

    /// A chart as PNG bytes at `scale`, as `charts/<metric>.png` holds it.
    public func chartPNG(_ chart: BarChart, scale: Double) throws -> [UInt8] {
        try renderer.png(layout.chartPage(chart, width: Self.chartWidth), scale: scale)
    }
}

/// The cover date and the PDF creation date, never from the clock: from the config, else
/// `SOURCE_DATE_EPOCH`; with neither, no cover date and a fixed creation date.
public struct BuildDates {
    var cover: String?
    var pdfCreation: String

    public static let fixedCreation = "2000-01-01T00:00:00Z"

    init(config: BriefConfig, environment: [String: String]) {
        if let date = config.date {
            cover = date
            pdfCreation = Self.isoDate(in: date) ?? Self.fixedCreation
        } else if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            let date = Date(timeIntervalSince1970: TimeInterval(epoch))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            cover = config.language == .zh ? "\(c.year!)年\(c.month!)月\(c.day!)日"
                : String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
            pdfCreation = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        } else {
            cover = nil
            pdfCreation = Self.fixedCreation
        }
    }

    /// `2021-10-08` or `2021年10月8日` → `2021-10-08T00:00:00Z` (cairo accepts only digits, - T : + Z).
    static func isoDate(in text: String) -> String? {
        let digits = text.split { !$0.isNumber }.compactMap { Int($0) }
        guard digits.count >= 1, (1900...2999).contains(digits[0]) else { return nil }
        let month = digits.count > 1 ? digits[1] : 1, day = digits.count > 2 ? digits[2] : 1
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02dT00:00:00Z", digits[0], month, day)
    }
}

/// Times consecutive stages for `--verbose`, with the peak memory so far; never part of any output file.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var laps: [(stage: String, seconds: Double)] = []

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((stage + (PeakMemory.megabytes.map { ", peak \($0) MB so far" } ?? ""), Double(now - last) / 1e9))
        last = now
    }
}
