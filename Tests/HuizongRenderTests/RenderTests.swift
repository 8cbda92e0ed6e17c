import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class RenderTests: XCTestCase {
    static let library: FontLibrary? = try? FontLibrary(directory: ProjectPaths.fonts)

    private func renderer() throws -> Renderer {
        Renderer(fonts: try XCTUnwrap(RenderTests.library, "Fonts/ should load"))
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-render-\(getpid())-\(name)")
        try Data(bytes).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func samplePDF(_ renderer: Renderer) throws -> [UInt8] {
        let content = SampleBrief.content()
        let pages = BriefLayout(measurer: renderer.measurer).layout(content)
        return try renderer.pdf(pages, metadata: PDFMetadata(title: content.title, author: content.organisation,
                                                              subject: content.subtitle, keywords: content.keywords,
                                                              creationDate: "2021-10-01T00:00:00Z"))
    }

    func testPDFTextComesBackWithChineseTitleAndRegions() throws {
        let renderer = try renderer()
        let url = try temporaryFile("text.pdf", try samplePDF(renderer))
        let text = try run("pdftotext", ["-enc", "UTF-8", url.path, "-"])
        XCTAssertTrue(text.contains("赤峰市“我为群众办实事”实践活动汇总简报"), "title missing in:\n\(text.prefix(400))")
        XCTAssertTrue(text.contains("松山区"))
        XCTAssertTrue(text.contains("克什克腾旗"))
        XCTAssertTrue(text.contains("57.9亿元"))
        XCTAssertFalse(text.contains("\u{2060}"), "word joiners must not reach the PDF text")
    }

    func testFontIsEmbeddedAsSubset() throws {
        let renderer = try renderer()
        let url = try temporaryFile("fonts.pdf", try samplePDF(renderer))
        let lines = try run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: " ")
            XCTAssertTrue(fields.first.map { $0.count > 7 && $0.dropFirst(6).hasPrefix("+") } ?? false,
                          "font not subset-tagged: \(line)")
            XCTAssertTrue(line.contains("NotoSansCJKsc"), "unexpected font: \(line)")
            XCTAssertTrue(line.contains(" yes "), "font not embedded: \(line)")
        }
    }

    func testTwoRendersAreByteIdentical() throws {
        let first = try samplePDF(try renderer())
        let second = try samplePDF(try renderer())
        XCTAssertEqual(first.count, second.count)
        XCTAssertTrue(first == second, "two renders of the same pages differ")
    }

    func testMetadataAndOutlineAreWritten() throws {
        let renderer = try renderer()
        let url = try temporaryFile("info.pdf", try samplePDF(renderer))
        let info = try run("pdfinfo", [url.path])
        XCTAssertTrue(info.contains("赤峰市“我为群众办实事”实践活动汇总简报"), info)
        XCTAssertTrue(info.contains("我为群众办实事"), info)
        let pages = BriefLayout(measurer: renderer.measurer).layout(SampleBrief.content())
        let pageLine = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        XCTAssertEqual(pageLine?.split(separator: " ").last.map(String.init), String(pages.count))
        let raw = String(decoding: try samplePDF(renderer), as: UTF8.self)
        XCTAssertTrue(raw.contains("/Outlines"))
        XCTAssertTrue(raw.contains("/Subtype /Link") || raw.contains("/Subtype/Link"))
    }

    func testMissingFontsFolderGivesClearError() {
        let folder = URL(fileURLWithPath: "/nonexistent/huizong-fonts")
        XCTAssertThrowsError(try FontLibrary(directory: folder)) { error in
            XCTAssertEqual(error as? RenderError, .fontsFolderMissing(path: folder.path))
            XCTAssertTrue("\(error)".contains("/nonexistent/huizong-fonts"))
        }
    }

    func testEmptyFontsFolderGivesClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-empty-fonts-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertThrowsError(try FontLibrary(directory: folder)) { error in
            XCTAssertEqual(error as? RenderError, .noFontsInFolder(path: folder.standardizedFileURL.path))
        }
    }

    func testMissingGlyphsAreReportedByName() throws {
        let renderer = try renderer()
        let layout = BriefLayout(measurer: renderer.measurer)
        var content = SampleBrief.content()
        // U+31CEA (a place-name character in the gazetteer) is not in Noto Sans CJK at all.
        content.sections[0].blocks.append(.paragraph("某地\u{31CEA}村"))
        let missing = renderer.missingGlyphs(in: layout.layout(content))
        XCTAssertEqual(missing.map(\.character), ["\u{31CEA}"])
        XCTAssertTrue(missing[0].description.contains("U+31CEA"))
        XCTAssertTrue(missing[0].context.contains("某地"))
        XCTAssertTrue(renderer.missingGlyphs(in: layout.layout(SampleBrief.content())).isEmpty)
    }

    func testChartPNGAndSVG() throws {
        let renderer = try renderer()
        let page = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 560)
        let png = try renderer.png(page, scale: 2)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR width and height are the page size at 2×.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1120)
        XCTAssertEqual(height, Int((page.size.height * 2).rounded(.up)))
        let svg = String(decoding: try renderer.svg(page), as: UTF8.self)
        XCTAssertTrue(svg.hasPrefix("<?xml"))
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(try renderer.svg(page) == renderer.svg(page), "SVG output must be repeatable")
    }

    /// Writes sample output for looking at when HUIZONG_SAMPLE_DIR is set.
    func testWriteSamplesWhenAsked() throws {
        guard let dir = ProcessInfo.processInfo.environment["HUIZONG_SAMPLE_DIR"] else { return }
        let renderer = try renderer()
        let folder = URL(fileURLWithPath: dir)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(try samplePDF(renderer)).write(to: folder.appendingPathComponent("sample.pdf"))
        let page = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 560)
        try Data(try renderer.png(page, scale: 2)).write(to: folder.appendingPathComponent("chart.png"))
        try Data(try renderer.svg(page)).write(to: folder.appendingPathComponent("chart.svg"))
        // The seed articles as paragraphs: real punctuation, dashes and bylines.
        var content = SampleBrief.content()
        content.sections = try ["000", "001", "002"].enumerated().map { index, prefix in
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            let paragraphs = text.split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.allSatisfy(\.isWhitespace) }
            return BriefSection(title: "样稿 \(prefix)", level: 1, anchor: "seed\(index)", blocks: paragraphs.map { .paragraph($0) })
        }
        let pages = BriefLayout(measurer: renderer.measurer).layout(content)
        try Data(try renderer.pdf(pages, metadata: PDFMetadata(title: content.title)))
            .write(to: folder.appendingPathComponent("seeds.pdf"))
        print("missing glyphs in seeds:", renderer.missingGlyphs(in: pages))
    }
}
