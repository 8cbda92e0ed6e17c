import XCTest
import TestSupport

/// The English brief speaks English: title from title_en, units and scales in English (issue 18).
final class EnglishBriefTests: XCTestCase {
    func testTheEnglishBriefHasAnEnglishTitleUnitsAndNumbers() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("en")
        let config = out.deletingLastPathComponent().appendingPathComponent("en.toml")
        try Data("title = \"数据简报\"\ntitle_en = \"Campaign figures\"\nperiod = \"2021年\"\nperiod_en = \"2021\"\n".utf8).write(to: config)
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", ProjectPaths.seeds.path, "-o", out.path, "--lang", "en",
                                                                    "--config", config.path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = out.appendingPathComponent("brief.pdf").path
        let info = try CommandRunner.tool("pdfinfo", [pdf]).stdout
        XCTAssertTrue(info.contains("Campaign figures"), info)
        let page1 = try CommandRunner.tool("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"]).stdout
        XCTAssertTrue(page1.contains("Campaign figures") && page1.contains("Period: 2021"), page1)
        XCTAssertTrue(page1.contains("billion") && page1.contains("yuan") && page1.contains("items"), page1)
        for chinese in ["亿元", "万条", "条", "件"] { XCTAssertFalse(page1.contains(chinese), "\(chinese) on the English page 1") }
        let all = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
        XCTAssertTrue(all.contains("Unit: billion yuan"), "chart units in English")
    }
}
