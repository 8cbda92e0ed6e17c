import XCTest
import Foundation
import HuizongText
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongPipeline
import TestSupport

/// The seed articles as .docx, as GBK web pages and as PDFs give the same figures and totals as
/// the .txt seeds, up to where each figure was found (the document's name, and its line).
final class SameFiguresTests: XCTestCase {
    /// Each seed's lines, and a folder of the seeds as given.
    private func seeds() throws -> [(name: String, lines: [String])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        return try names.map { name in
            let text = try String(contentsOf: ProjectPaths.seeds.appendingPathComponent(name), encoding: .utf8)
            return (name, text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
        }
    }

    /// Facts of a folder as comparable rows: everything but the document's extension and the line.
    private func extract(_ folder: URL) throws -> (rows: [String], totals: [String], extraction: Extraction) {
        let extraction = try Extractor(gazetteer: try Gazetteer.bundled(), config: BriefConfig()).run(inputs: [folder.path], jobs: 2)
        let rows = extraction.facts.indices.map { i -> String in
            let f = extraction.facts.complete(i)
            let stem = (f.document as NSString).deletingPathExtension
            return [stem, f.regionCode, f.place, f.metric, "\(f.value)", f.valueHigh.map { "\($0)" } ?? "", f.unit,
                    f.qualifier.rawValue, f.scope.rawValue, f.status.rawValue, f.quote].joined(separator: "|")
        }
        let totals = TotalsBuilder(directory: try Gazetteer.bundled()).build(Array(extraction.facts.indices.map { extraction.facts.complete($0) }))
        let totalRows = totals.totals.map { "\($0.region.code)|\($0.metric)|\($0.value)|\($0.unit)|\($0.qualifier.rawValue)|\($0.factIndices.count)" }
        return (rows, totalRows, extraction)
    }

    /// The seeds written with one line per paragraph as .txt, the baseline every format is compared with.
    private func baseline(_ seeds: [(name: String, lines: [String])]) throws -> (rows: [String], totals: [String]) {
        let folder = try CommandRunner.temporaryFolder().appendingPathComponent("txt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for seed in seeds {
            try Data(seed.lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent(seed.name))
        }
        let result = try extract(folder)
        XCTAssertGreaterThan(result.rows.count, 20, "the seeds hold many figures")
        return (result.rows, result.totals)
    }

    /// Equal lists, or a failure listing what is missing and what is extra (not two walls of rows).
    private func assertSame(_ got: [String], _ expected: [String], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard got != expected else { return }
        let diff = got.difference(from: expected)
        let shown = diff.map { change -> String in
            switch change {
            case .insert(_, let row, _): "+ " + row
            case .remove(_, let row, _): "- " + row
            }
        }
        XCTFail("\(what) differ from the .txt seeds:\n" + shown.joined(separator: "\n"), file: file, line: line)
    }

    private func folder(_ name: String, _ write: (URL) throws -> Void) throws -> URL {
        let folder = try CommandRunner.temporaryFolder().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(folder)
        return folder
    }

    func testSeedsAsWordDocumentsGiveTheSameFigures() throws {
        let seeds = try seeds()
        let expected = try baseline(seeds)
        let dir = try folder("docx") { dir in
            for seed in seeds {
                try MadeFiles.docx(seed.lines.map { .paragraph($0) },
                                   to: dir.appendingPathComponent((seed.name as NSString).deletingPathExtension + ".docx"))
            }
        }
        let got = try extract(dir)
        assertSame(got.rows, expected.rows, "figures")
        assertSame(got.totals, expected.totals, "totals")
        XCTAssertTrue(got.extraction.warnings.isEmpty, "\(got.extraction.warnings)")
        XCTAssertEqual(got.extraction.documents.map(\.source.encoding), Array(repeating: "docx", count: seeds.count))
    }

    func testSeedsAsGBKWebPagesGiveTheSameFigures() throws {
        let seeds = try seeds()
        let expected = try baseline(seeds)
        let dir = try folder("html") { dir in
            for seed in seeds {
                let page = try MadeFiles.gbkPage(title: seed.lines[0], lines: Array(seed.lines.dropFirst()))
                try Data(page).write(to: dir.appendingPathComponent((seed.name as NSString).deletingPathExtension + ".html"))
            }
        }
        let got = try extract(dir)
        assertSame(got.rows, expected.rows, "figures")
        assertSame(got.totals, expected.totals, "totals")
        XCTAssertEqual(Set(got.extraction.documents.map(\.source.encoding)), ["html gbk"])
    }

    /// A PDF has no line breaks of its own, only paragraphs set into lines, so the seeds' hard
    /// line breaks (some are converted pages, broken mid-sentence) cannot be drawn as they are:
    /// the PDF holds each seed's paragraphs as the text stage reads them from the .txt, and the
    /// baseline .txt the same paragraphs, one a line.
    func testSeedsAsPDFsGiveTheSameFiguresWithPageAndLine() throws {
        let seeds = try seeds().map { seed in
            let doc = DocumentReader().document(bytes: Array(seed.lines.joined(separator: "\n").utf8), path: seed.name)
            return (name: seed.name, lines: doc.paragraphs.map { doc.string($0.range) })
        }
        let expected = try baseline(seeds)
        let dir = try folder("pdf") { dir in
            for seed in seeds {
                try Data(try MadeFiles.pdf(seed.lines))
                    .write(to: dir.appendingPathComponent((seed.name as NSString).deletingPathExtension + ".pdf"))
            }
        }
        let got = try extract(dir)
        assertSame(got.rows, expected.rows, "figures")
        assertSame(got.totals, expected.totals, "totals")
        XCTAssertTrue(got.extraction.warnings.isEmpty, "\(got.extraction.warnings)")
        // Lines follow the page convention: page × 1000 + line, shown as `name.pdf:pN:L`.
        let facts = got.extraction.facts.indices.map { got.extraction.facts.complete($0) }
        XCTAssertTrue(facts.allSatisfy { $0.line >= 1001 && $0.line % 1000 >= 1 && $0.line % 1000 <= 40 })
        XCTAssertTrue(facts.contains { $0.line / 1000 >= 2 }, "some figures lie past the first page")
        let reference = TotalsExport.reference(facts[0])
        XCTAssertTrue(reference.hasSuffix(".pdf:p\(facts[0].line / 1000):\(facts[0].line % 1000)"), reference)
    }
}
