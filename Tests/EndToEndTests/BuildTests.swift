import XCTest
import TestSupport

/// Runs the real `huizong` binary on the seeds and reads back what it wrote.
final class BuildTests: XCTestCase {
    /// One build of the seeds shared by the read-only tests (a build takes a moment).
    nonisolated(unsafe) static var built: URL?

    func seedsBuild() throws -> URL {
        if let url = Self.built { return url }
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", out.path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        Self.built = out
        return out
    }

    func testBuildWritesEveryContractFile() throws {
        let out = try seedsBuild()
        for file in ["brief.pdf", "facts.csv", "facts.jsonl", "totals.csv", "totals.json", "manifest.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        let charts = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)
        XCTAssertTrue(charts.contains { $0.hasSuffix(".png") }, "\(charts)")
        XCTAssertEqual(Set(charts.filter { $0.hasSuffix(".png") }.map { $0.dropLast(4) }),
                       Set(charts.filter { $0.hasSuffix(".svg") }.map { $0.dropLast(4) }), "each chart as PNG and SVG")
        let png = try Data(contentsOf: out.appendingPathComponent("charts").appendingPathComponent(charts.first { $0.hasSuffix(".png") }!))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testFactsCSVHasTheContractHeaderAndBOM() throws {
        let data = try Data(contentsOf: seedsBuild().appendingPathComponent("facts.csv"))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("document,line,region_code,region,place,metric,value,value_high,unit,qualifier,scope,status,quote\r\n"))
        XCTAssertGreaterThan(text.components(separatedBy: "\r\n").count, 20, "the seeds state dozens of figures")
    }

    func testPDFReadsBackWithTitleAndEveryRegionOfTheTotals() throws {
        let out = try seedsBuild()
        let text = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", out.appendingPathComponent("brief.pdf").path, "-"]).stdout
        let compact = text.filter { !$0.isWhitespace }
        XCTAssertTrue(compact.contains("我为群众办实事"), "the title from huizong.toml")
        let totals = String(decoding: try Data(contentsOf: out.appendingPathComponent("totals.csv")).dropFirst(3), as: UTF8.self)
        let regions = Set(totals.components(separatedBy: "\r\n").dropFirst().compactMap { line -> String? in
            let cells = line.components(separatedBy: ",")
            return cells.count > 1 ? cells[1] : nil
        })
        XCTAssertFalse(regions.isEmpty)
        for region in regions { XCTAssertTrue(compact.contains(region), "\(region) missing from the PDF") }
        XCTAssertTrue(compact.contains("赤峰市"))
    }

    func testPDFEmbedsTheBundledFontAsASubset() throws {
        let fonts = try CommandRunner.tool("pdffonts", [seedsBuild().appendingPathComponent("brief.pdf").path]).stdout
        let rows = fonts.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            XCTAssertTrue(row.range(of: #"^[A-Z]{6}\+NotoSansCJK"#, options: .regularExpression) != nil, String(row))
            XCTAssertTrue(row.contains(" yes "), "embedded: \(row)")
        }
    }

    func testTwoBuildsAreByteIdenticalWhateverTheFolderOrJobs() throws {
        let first = try seedsBuild()
        let second = try CommandRunner.temporaryFolder("other-place").appendingPathComponent("out")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", second.path, "--jobs", "1", "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let check = try CommandRunner.run(CommandRunner.huizong, ["check", "seeds", "-o", first.path, "--jobs", "2"])
        XCTAssertEqual(check.status, 0, check.stderr)
        for file in ["brief.pdf", "facts.csv", "totals.json", "manifest.json"] {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(file)),
                           try Data(contentsOf: second.appendingPathComponent(file)), file)
        }
    }
}

/// The contents and the outline of the real brief point at the pages where the headings land.
final class ContentsTests: XCTestCase {
    func testContentsPageNumbersAndOutlineMatchWhereHeadingsLand() throws {
        let pdf = ProjectPaths.root.appendingPathComponent("reports/brief.pdf").path
        let contents = try CommandRunner.tool("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"]).stdout
        // Lines such as "总览 ...... 3": a title, spaces or dots, a page number.
        var entries: [(title: String, page: Int)] = []
        for line in contents.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let page = Int(parts.last!), page > 2 else { continue }
            let title = parts.dropLast().joined().filter { $0 != "." && $0 != "…" }
            if !title.isEmpty { entries.append((title, page)) }
        }
        XCTAssertGreaterThanOrEqual(entries.count, 4, contents)
        for entry in entries.prefix(12) {
            let page = try CommandRunner.tool("pdftotext", ["-f", "\(entry.page)", "-l", "\(entry.page)", pdf, "-"]).stdout
            let body = page.split(separator: "\n").dropFirst().joined().filter { !$0.isWhitespace }
            XCTAssertTrue(body.contains(entry.title), "\(entry.title) is not on page \(entry.page)")
        }
        let xml = try CommandRunner.tool("pdftohtml", ["-xml", "-stdout", "-i", "-q", pdf]).stdout
        XCTAssertTrue(xml.contains("<outline>"), "the PDF has bookmarks")
        for entry in entries.prefix(3) {
            XCTAssertTrue(xml.contains("<item page=\"\(entry.page)\">\(entry.title)</item>"), "bookmark for \(entry.title)")
        }
    }
}
