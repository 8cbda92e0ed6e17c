import XCTest
import TestSupport

/// Issue 17: a corrections file in the working folder changes and drops figures on every rebuild,
/// the brief says so, and a correction left behind by an edited article makes `check` fail.
final class CorrectionsTests: XCTestCase {
    static let seed004 = "004_1f6891cf0bc37d1b.txt"

    /// Runs huizong in `directory` with the project's fonts.
    func huizong(_ arguments: [String], in directory: URL) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments, in: directory,
                              environment: ["HUIZONG_FONTS": ProjectPaths.fonts.path])
    }

    /// Lines of a CSV this tool wrote, without the BOM.
    func lines(_ url: URL) throws -> [String] {
        String(decoding: try Data(contentsOf: url).dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    }

    func pdfText(_ url: URL) throws -> String {
        try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", url.path, "-"]).stdout.filter { !$0.isWhitespace }
    }

    func testCorrectionsMoveAndDropFiguresOnEveryRebuildAndGoStaleWhenTheArticleChanges() throws {
        let work = try CommandRunner.temporaryFolder()
        let input = work.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: ProjectPaths.seeds, to: input)
        let base = work.appendingPathComponent("base")
        XCTAssertEqual(try huizong(["build", input.path, "-o", base.path, "--quiet"], in: work).status, 0)
        let baseFacts = try lines(base.appendingPathComponent("facts.csv"))
        // The co-investment of 河南县 and 天津市中塘镇 goes to 河南县 (its partner owns nothing,
        // LABELS.md §6); the office books it with the prefecture, which paid it out, as a part of its funds.
        let coInvestment = try XCTUnwrap(baseFacts.first { $0.hasPrefix("\(Self.seed004),15,") && $0.contains(",funds,1113000,") })
        XCTAssertTrue(coInvestment.contains("河南蒙古族自治县"), coInvestment)
        // And one figure they do not want counted: 河南县's new projects of line 15.
        let dropped = try XCTUnwrap(baseFacts.first { $0.hasPrefix("\(Self.seed004),15,") && $0.contains(",projects,109,") })
        XCTAssertTrue(dropped.contains(",whole_area,result,"), dropped)

        // One row copied from facts.csv as a spreadsheet saves it (all columns, region_code edited,
        // the region name emptied), one short row: both forms are accepted.
        let header = baseFacts[0] + ",drop"
        var copied = coInvestment.components(separatedBy: ",")
        copied[2] = "632300"; copied[3] = ""; copied[10] = "part"
        let csv = "\u{FEFF}" + header + "\r\n" + copied.joined(separator: ",") + ",\r\n"
            + "\(Self.seed004),15,,,,,109,,,,,,\"全县确定新建项目109项\",yes\r\n"
        try Data(csv.utf8).write(to: work.appendingPathComponent("corrections.csv"))

        let out = work.appendingPathComponent("reports")
        let built = try huizong(["build", input.path, "-o", out.path], in: work)
        XCTAssertEqual(built.status, 0, built.stderr)
        let facts = try lines(out.appendingPathComponent("facts.csv"))
        XCTAssertEqual(facts.count, baseFacts.count - 1, "one figure dropped")
        XCTAssertFalse(facts.contains(dropped))
        let moved = try XCTUnwrap(facts.first { $0.hasPrefix("\(Self.seed004),15,") && $0.contains(",funds,1113000,") })
        XCTAssertTrue(moved.contains(",632300,黄南藏族自治州,,funds,"), "moved, and the old place dropped: \(moved)")
        XCTAssertEqual(facts[0], baseFacts[0], "facts.csv keeps its columns")

        let jsonl = String(decoding: try Data(contentsOf: out.appendingPathComponent("facts.jsonl")), as: UTF8.self)
            .split(separator: "\n")
        XCTAssertEqual(jsonl.filter { $0.hasSuffix(",\"corrected\":true}") }.count, 1, "only the moved figure is marked")
        XCTAssertTrue(jsonl.first { $0.contains("\"corrected\"") }!.contains("\"value\":1113000"))

        let totals = try lines(out.appendingPathComponent("totals.csv")), baseTotals = try lines(base.appendingPathComponent("totals.csv"))
        let funds = { (rows: [String]) in rows.first { $0.hasPrefix("632300,") && $0.contains(",funds,") } }
        XCTAssertNotEqual(funds(totals), funds(baseTotals), "the prefecture's funds gain the co-investment as its own")
        let projects = { (rows: [String]) in rows.first { $0.hasPrefix("632324,") && $0.contains(",projects,") } }
        XCTAssertNotEqual(projects(totals), projects(baseTotals), "dropping 109 changes 河南县's projects")

        let brief = try pdfText(out.appendingPathComponent("brief.pdf"))
        let cover = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", out.appendingPathComponent("brief.pdf").path, "-"]).stdout
        XCTAssertTrue(cover.contains("人工更正") && cover.split(whereSeparator: \.isWhitespace).contains("2"),
                      "the cover counts the corrections: \(cover)")
        XCTAssertTrue(brief.contains("\(Self.seed004):15"))
        XCTAssertTrue(brief.contains("河南蒙古族自治县→黄南藏族自治州"), "the appendix says what changed")
        XCTAssertTrue(brief.contains("删除此数字"))

        // Every rebuild gives the same files, and check agrees.
        let again = work.appendingPathComponent("again")
        XCTAssertEqual(try huizong(["build", input.path, "-o", again.path, "--quiet"], in: work).status, 0)
        for file in ["facts.csv", "facts.jsonl", "totals.csv", "totals.json", "brief.pdf"] {
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(file)), try Data(contentsOf: again.appendingPathComponent(file)), file)
        }
        XCTAssertEqual(try huizong(["check", input.path, "-o", out.path], in: work).status, 0)

        // The article's line 15 is edited: the co-investment correction matches nothing any more.
        let article = input.appendingPathComponent(Self.seed004)
        let text = String(decoding: try Data(contentsOf: article), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "共同投资111.3万元", with: "共同投资112.3万元").utf8).write(to: article)
        let stale = try huizong(["check", input.path, "-o", out.path], in: work)
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("corrections.csv:2 (\(Self.seed004):15, 1113000)"), stale.stderr)
        let rebuilt = try huizong(["build", input.path, "-o", out.path], in: work)
        XCTAssertEqual(rebuilt.status, 0, "a stale correction is a warning in build")
        XCTAssertTrue(rebuilt.stderr.contains("warning: corrections.csv:2"), rebuilt.stderr)
        let afterRebuild = try huizong(["check", input.path, "-o", out.path], in: work)
        XCTAssertEqual(afterRebuild.status, 1, "check fails on the stale correction even when the folder is fresh")
        XCTAssertFalse(afterRebuild.stderr.contains("is stale:"), afterRebuild.stderr)
    }

    func testBadCorrectionsStopTheRunNamingFileRowAndColumn() throws {
        let work = try CommandRunner.temporaryFolder()
        let out = work.appendingPathComponent("reports")
        XCTAssertEqual(try huizong(["build", ProjectPaths.seeds.path, "-o", out.path, "--quiet"], in: work).status, 0)
        let before = try Data(contentsOf: out.appendingPathComponent("facts.csv"))
        let cases: [(csv: String, expected: [String])] = [
            ("document,line,value,regoin_code\n\(Self.seed004),15,1113000,632324\n", ["fix.csv:1", "column regoin_code", "unknown column"]),
            ("document,line,value,region_code\n\(Self.seed004),15,1113000,632324\n\(Self.seed004),15,1113000,999999\n",
             ["fix.csv:3", "column region_code", "999999"]),
            ("document,line,value,metric\r\n\(Self.seed004),15,1113000,fund\r\n", ["fix.csv:2", "column metric", "\"fund\""]),
            ("document,line,value\n\(Self.seed004),fifteen,1113000\n", ["fix.csv:2", "column line"]),
            ("document,line,value,place\n\(Self.seed004),15,1113000,\"中塘镇\n", ["fix.csv:2", "never closed"]),
            ("document,line,value,region_code,region\n\(Self.seed004),15,1113000,632324,滨海新区\n",
             ["fix.csv:2", "column region", "河南蒙古族自治县"]),
            ("document,value\n\(Self.seed004),1113000\n", ["fix.csv:1", "column line", "missing"]),
        ]
        for (csv, expected) in cases {
            try Data(csv.utf8).write(to: work.appendingPathComponent("fix.csv"))
            let result = try huizong(["build", ProjectPaths.seeds.path, "-o", out.path, "--corrections", "fix.csv"], in: work)
            XCTAssertEqual(result.status, 2, csv)
            for part in expected { XCTAssertTrue(result.stderr.contains(part), "\(part) in: \(result.stderr)") }
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("facts.csv")), before, "the output is left alone")
        }
        let missing = try huizong(["build", ProjectPaths.seeds.path, "-o", out.path, "--corrections", "nothing.csv"], in: work)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nothing.csv"), missing.stderr)
    }

    func testTheConfigNamesTheCorrectionsFile() throws {
        let work = try CommandRunner.temporaryFolder()
        try Data("corrections = \"fixes/mine.csv\"\n".utf8).write(to: work.appendingPathComponent("huizong.toml"))
        try FileManager.default.createDirectory(at: work.appendingPathComponent("fixes"), withIntermediateDirectories: true)
        try Data("document,line,value,drop\n\(Self.seed004),15,1113000,x\n".utf8)
            .write(to: work.appendingPathComponent("fixes/mine.csv"))
        let out = work.appendingPathComponent("reports")
        let result = try huizong(["build", ProjectPaths.seeds.path, "-o", out.path, "--quiet"], in: work)
        XCTAssertEqual(result.status, 0, result.stderr)
        let facts = try lines(out.appendingPathComponent("facts.csv"))
        XCTAssertFalse(facts.contains { $0.hasPrefix("\(Self.seed004),15,") && $0.contains(",funds,1113000,") })
    }
}
