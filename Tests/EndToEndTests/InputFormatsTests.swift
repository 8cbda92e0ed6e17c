import XCTest
import TestSupport

/// Files as they arrive at an office (issue 16): every file left out is named on the terminal,
/// the summary counts what was printed, `--strict` fails on it; a region may come from the path.
final class InputFormatsTests: XCTestCase {
    /// A folder with an article whose text names no place (兴和县/报告.txt), a web page, a photo,
    /// a damaged .docx and a PDF that is not one.
    private func office() throws -> URL {
        let input = try CommandRunner.temporaryFolder().appendingPathComponent("收件")
        let fm = FileManager.default
        try fm.createDirectory(at: input.appendingPathComponent("兴和县"), withIntermediateDirectories: true)
        try Data("“我为群众办实事”工作总结\n全县征求意见建议6.1万余条，解决问题3200个。\n".utf8)
            .write(to: input.appendingPathComponent("兴和县/报告.txt"))
        try Data("<html><head><meta charset=\"utf-8\"><script>var x = '投入资金9亿元';</script></head><body><nav><a href=\"/\">首页</a></nav><h1>定州市办实事</h1><p>全市征求意见建议2.8万余条。</p></body></html>".utf8)
            .write(to: input.appendingPathComponent("定州.html"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: input.appendingPathComponent("photo.jpg"))
        try Data("not a zip".utf8).write(to: input.appendingPathComponent("坏.docx"))
        try Data("%PDF-1.4 broken".utf8).write(to: input.appendingPathComponent("坏.pdf"))
        return input
    }

    func testEverySkippedFileIsAWarningAndTheSummaryCountsThem() throws {
        let input = try office()
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        for name in ["photo.jpg", "坏.docx", "坏.pdf"] {
            XCTAssertTrue(warnings.contains { $0.contains(name) && $0.contains("skipped") }, "\(name): \(result.stderr)")
        }
        XCTAssertTrue(result.stderr.contains("\(warnings.count) warnings"), "the summary counts \(warnings.count): \(result.stderr)")
        // The documents read: the article and the page; their figures are in facts.csv.
        let facts = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        XCTAssertTrue(facts.contains("兴和县/报告.txt,2,150924,兴和县,"), facts)
        XCTAssertTrue(facts.contains("定州.html,2,130682,定州市,"), facts)
        XCTAssertFalse(facts.contains("900000000"), "the page's script is not text")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"path\":\"兴和县/报告.txt\""), manifest)
        XCTAssertTrue(manifest.contains("\"region_reason\":\"document: path names 兴和县\",\"region_from_path\":true"), manifest)
        XCTAssertTrue(manifest.contains("\"skipped\": [\"photo.jpg\""), manifest)
        // The appendix marks the region as the path's.
        let text = try CommandRunner.tool("pdftotext", [out.appendingPathComponent("brief.pdf").path, "-"]).stdout
        XCTAssertTrue(text.contains("兴和县（据路径）"), "appendix: \(text.suffix(2000))")
    }

    func testStrictFailsOnASkippedFile() throws {
        let input = try office()
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let strict = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", out.path, "--strict"])
        XCTAssertEqual(strict.status, 1, strict.stderr)
        // Only readable articles: --strict passes.
        for name in ["photo.jpg", "坏.docx", "坏.pdf"] { try FileManager.default.removeItem(at: input.appendingPathComponent(name)) }
        let clean = try CommandRunner.run(CommandRunner.huizong, ["facts", input.path, "--strict"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertFalse(clean.stderr.contains("warning:"), clean.stderr)
    }

    func testSameFileNameInTwoFoldersKeepsTwoDocuments() throws {
        let root = try CommandRunner.temporaryFolder()
        for county in ["兴和县", "正镶白旗"] {
            let folder = root.appendingPathComponent("\(county)/2021")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("\(county)“我为群众办实事”工作总结\n全县征求意见建议6.1万余条。\n".utf8).write(to: folder.appendingPathComponent("报告.txt"))
        }
        let result = try CommandRunner.run(CommandRunner.huizong, ["facts", root.appendingPathComponent("兴和县/2021").path,
                                                                   root.appendingPathComponent("正镶白旗/2021").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("兴和县/2021/报告.txt,"), result.stdout)
        XCTAssertTrue(result.stdout.contains("正镶白旗/2021/报告.txt,"), result.stdout)
    }
}
