import Foundation
import HuizongLayout
import HuizongPipeline
import HuizongPlaces
import HuizongTotals

/// The whole build for one fuzz input: the bytes, cut at form feeds (0x0C) into up to four
/// documents, go through reading, places, facts, totals and their exports, the brief's content,
/// the layout (fixed-width measurer: no fonts) and the charts. Nothing may crash or hang, and the
/// result must keep its invariants: totals non-negative numbers, the exports' row counts, every
/// page item at finite coordinates, bars within their plot, axis ticks rising to cover the
/// largest bar, and a page count bounded by the input (a row taller than a page once made the
/// layout add pages forever). A broken invariant is a `fatalError` (a libFuzzer crash).
public enum BuildHarness {
    static let dryRun: BriefDryRun = {
        do { return BriefDryRun(config: BriefConfig(), gazetteer: try Gazetteer.bundled()) } catch {
            fatalError("gazetteer: \(error)")
        }
    }()

    /// A folder of this process's own, refilled for every input.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-fuzz-build-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Removes this process's input folder (after a replay; a libFuzzer run leaves one small folder).
    public static func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    public static func check(_ bytes: [UInt8]) {
        let fm = FileManager.default
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
            try? fm.removeItem(at: folder.appendingPathComponent(name))
        }
        let parts = bytes.split(separator: 0x0C, maxSplits: 3, omittingEmptySubsequences: false)
        for (k, part) in parts.enumerated() {
            guard fm.createFile(atPath: folder.appendingPathComponent("doc\(k).txt").path, contents: Data(part)) else {
                fatalError("cannot write the fuzz input to \(folder.path)")
            }
        }
        let output: BriefDryRun.Output
        do { output = try dryRun.run(inputs: [folder.path], measurer: FixedWidthMeasurer()) } catch {
            fatalError("invariant: the dry run threw \(error)")
        }
        checkTotals(output)
        checkExports(output)
        checkPages(output, inputBytes: bytes.count)
        for (chart, page, frame) in output.charts { checkChart(chart, page: page, frame: frame) }
    }

    static func checkTotals(_ output: BriefDryRun.Output) {
        for total in output.totals.totals {
            if total.value.isNaN || total.value < 0 {
                fatalError("invariant: total \(total.region.code) \(total.metric) is \(total.value)")
            }
            if total.factIndices.contains(where: { $0 < 0 || $0 >= output.extraction.facts.count }) {
                fatalError("invariant: total \(total.region.code) \(total.metric) rests on a fact out of range")
            }
        }
    }

    static func checkExports(_ output: BriefDryRun.Output) {
        let jsonl = output.exports["facts.jsonl"] ?? []
        let lines = jsonl.split(separator: 10)
        if lines.count != output.extraction.facts.count {
            fatalError("invariant: facts.jsonl has \(lines.count) lines for \(output.extraction.facts.count) facts")
        }
        for line in lines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let document = object["document"] as? String else {
                fatalError("invariant: a facts.jsonl line is not a JSON object with a document")
            }
            if document.unicodeScalars.contains(where: { $0.value < 0x20 || (0x202A...0x202E).contains($0.value) }) {
                fatalError("invariant: a control character reached the document field: \(document.debugDescription)")
            }
        }
        guard let totalsJSON = output.exports["totals.json"],
              (try? JSONSerialization.jsonObject(with: Data(totalsJSON))) != nil else {
            fatalError("invariant: totals.json is not JSON")
        }
    }

    static func checkPages(_ output: BriefDryRun.Output, inputBytes: Int) {
        // Every fact is listed at most once per region section, each quote at most a few lines.
        let bound = 40 + output.extraction.facts.count * 2 + output.totals.totals.count + inputBytes / 20
        if output.pages.count > bound {
            fatalError("invariant: \(output.pages.count) pages for \(inputBytes) bytes (bound \(bound))")
        }
        for (index, page) in output.pages.enumerated() { checkItems(page, what: "page \(index + 1)") }
    }

    static func checkChart(_ chart: BarChart, page: Page, frame: ChartFrame) {
        checkItems(page, what: "chart \(chart.id)")
        let plot = frame.plotArea
        for case .rect(let fill) in frame.items where fill.rect.height == 11 {
            if fill.rect.width < 0 || fill.rect.x + fill.rect.width > plot.x + plot.width + 0.5 {
                fatalError("invariant: a bar of chart \(chart.id) leaves its plot (\(fill.rect) in \(plot))")
            }
        }
        let largest = chart.bars.map(\.value).max() ?? 0
        let scale = AxisScale(largest: largest, unit: chart.unit)
        if scale.labels.count != scale.ticks.count || scale.labels.contains(where: \.isEmpty) {
            fatalError("invariant: axis labels \(scale.labels) for ticks \(scale.ticks)")
        }
        if zip(scale.ticks, scale.ticks.dropFirst()).contains(where: { $0 >= $1 }) {
            fatalError("invariant: axis ticks do not rise: \(scale.ticks)")
        }
        if largest.isFinite && scale.maximum < largest {
            fatalError("invariant: axis ends at \(scale.maximum) below the largest bar \(largest)")
        }
    }

    static func checkItems(_ page: Page, what: String) {
        func finite(_ values: Double...) -> Bool { values.allSatisfy(\.isFinite) }
        for item in page.items {
            let ok: Bool
            switch item {
            case .text(let run): ok = finite(run.origin.x, run.origin.y, run.width, run.lineHeight)
            case .rect(let fill): ok = finite(fill.rect.x, fill.rect.y, fill.rect.width, fill.rect.height)
            case .line(let line): ok = finite(line.from.x, line.from.y, line.to.x, line.to.y)
            case .link(let link): ok = finite(link.rect.x, link.rect.y, link.rect.width, link.rect.height)
            case .destination(let dest): ok = finite(dest.point.x, dest.point.y)
            }
            if !ok { fatalError("invariant: \(what) has an item at a non-finite position: \(item)") }
        }
    }
}
