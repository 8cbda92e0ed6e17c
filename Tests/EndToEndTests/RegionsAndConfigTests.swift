import XCTest
import TestSupport

/// `huizong regions` as people type names, and config mistakes stopping a run (issue 19).
final class RegionsAndConfigTests: XCTestCase {
    func regions(_ name: String) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, ["regions", name])
    }

    func testRegionsReadsTraditionalAndFullPaths() throws {
        let traditional = try regions("錫林郭勒盟")
        XCTAssertEqual(traditional.status, 0, traditional.stdout)
        XCTAssertTrue(traditional.stdout.contains("152500"), traditional.stdout)
        for path in ["赤峰市红山区", "内蒙古自治区 › 赤峰市 › 红山区", "赤峰市/红山区"] {
            let result = try regions(path)
            XCTAssertEqual(result.status, 0, "\(path): \(result.stdout)")
            XCTAssertTrue(result.stdout.hasPrefix("150402"), "\(path): \(result.stdout)")
            XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, "one region: \(result.stdout)")
        }
        // A township under its county.
        XCTAssertTrue(try regions("兴和县城关镇").stdout.contains("兴和县 › 城关镇"))
    }

    func testRegionsSuggestsNearNamesWhenNothingMatches() throws {
        let result = try regions("赤锋市")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("did you mean") && result.stdout.contains("赤峰市 150400"), result.stdout)
        // A slip in pinyin is answered in pinyin too.
        let latin = try regions("Chifen")
        XCTAssertEqual(latin.status, 1)
        XCTAssertTrue(latin.stdout.contains("赤峰市 150400 (Chifeng City)"), latin.stdout)
    }

    func testRegionsReadsPinyinAndShowsIt() throws {
        for typed in ["Chifeng", "chifeng shi", "Chifeng City", "Chìfēng"] {
            let result = try regions(typed)
            XCTAssertEqual(result.status, 0, "\(typed): \(result.stdout)")
            XCTAssertEqual(result.stdout, "150400  内蒙古自治区 › 赤峰市  Inner Mongolia › Chifeng City  (pinyin)\n", typed)
        }
        let hongshan = try regions("Hongshan")
        XCTAssertEqual(hongshan.stdout.split(separator: "\n").map { String($0.prefix(6)) }, ["150402", "420111"], hongshan.stdout)
        XCTAssertTrue(hongshan.stdout.contains("Chifeng City › Hongshan District"), hongshan.stdout)
        // Chinese names show their pinyin path as well.
        XCTAssertTrue(try regions("六安").stdout.contains("Anhui › Lu'an City"))
    }

    func testAConfigNamingNoInputDocumentStopsTheRun() throws {
        let input = try ProjectPaths.inputFolder([("004", "a.txt")])
        let work = input.deletingLastPathComponent()
        try Data("[documents.\"b.txt\"]\nregion = \"赤峰市\"\n".utf8).write(to: work.appendingPathComponent("huizong.toml"))
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", "out"], in: work)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("huizong.toml") && result.stderr.contains("documents.\"b.txt\"")
                      && result.stderr.contains("a.txt"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path), "nothing written")
    }
}
