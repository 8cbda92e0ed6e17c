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

    /// Region names in pinyin with the Chinese beside them: headings and contents, overview rows,
    /// the lead, chart bars (shorter there); the Chinese brief keeps Chinese names only.
    func testTheEnglishBriefNamesRegionsInPinyinWithTheChineseBeside() throws {
        let dir = try CommandRunner.temporaryFolder()
        var text: [String: String] = [:]
        for lang in ["en", "zh"] {
            let out = dir.appendingPathComponent(lang)
            let result = try CommandRunner.run(CommandRunner.huizong, ["build", ProjectPaths.seeds.path, "-o", out.path,
                                                                        "--lang", lang, "--quiet"])
            XCTAssertEqual(result.status, 0, result.stderr)
            text[lang] = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", out.appendingPathComponent("brief.pdf").path, "-"]).stdout
        }
        // Lines joined: a name may wrap before its Chinese.
        let en = try XCTUnwrap(text["en"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let zh = try XCTUnwrap(text["zh"])
        let contents = try CommandRunner.tool("pdftotext", ["-f", "2", "-l", "2", "-enc", "UTF-8",
                                                            dir.appendingPathComponent("en/brief.pdf").path, "-"]).stdout
        for heading in ["Chifeng City (赤峰市)", "Xilinguole League (锡林郭勒盟)", "Inner Mongolia (内蒙古自治区)",
                        "Huangnan Tibetan Autonomous Prefecture (黄南藏族自治州)"] {
            XCTAssertTrue(contents.contains(heading), "contents lists \(heading): \(contents)")
        }
        XCTAssertTrue(en.contains("Hebei (河北省), subtotal"), "overview subtotal row")
        XCTAssertTrue(en.contains("most in Dingzhou City (定州市)"), "the lead names the region in pinyin")
        XCTAssertTrue(en.contains("Chifeng 赤峰市"), "chart bars: the proper name and the Chinese")
        XCTAssertTrue(en.contains("Inner Mongolia › Chifeng City (150400)"), "a section's path in pinyin")
        for pinyin in ["Chifeng", "Inner Mongolia", "Xilinguole"] { XCTAssertFalse(zh.contains(pinyin), "\(pinyin) in the Chinese brief") }
        XCTAssertTrue(zh.contains("赤峰市"))
    }
}
