import XCTest
import HuizongPlaces
@testable import HuizongPipeline

final class ConfigTests: XCTestCase {
    func testEveryKeyIsRead() throws {
        let config = try BriefConfig.parse("""
            title = "简报"
            subtitle = "副标题"
            organisation = "某办公室"
            date = "2021年10月"
            metrics = ["funds", "volunteers"]
            overview_level = "county"
            top_n = 8
            page_size = [210, 297]
            lang = "en"

            [colors]
            funds = "#112233"

            [documents."a/b.txt"]
            region = "定州市"
            """, file: "huizong.toml")
        XCTAssertEqual(config.title, "简报")
        XCTAssertEqual(config.metrics, ["funds", "volunteers"])
        XCTAssertEqual(config.overviewLevel, .county)
        XCTAssertEqual(config.topN, 8)
        XCTAssertEqual(config.pageSize.width, 595.28, accuracy: 0.01)
        XCTAssertEqual(config.language, .en)
        XCTAssertEqual(config.colors["funds"], 0x112233)
        XCTAssertEqual(config.documentRegions["a/b.txt"], "定州市")
    }

    func testUnknownKeyNamesKeyAndLine() {
        XCTAssertThrowsError(try BriefConfig.parse("title = \"x\"\n\ntop_m = 3\n", file: "h.toml")) { error in
            XCTAssertEqual((error as? ConfigError)?.description, "h.toml:3: top_m: unknown key (did you mean top_n?)")
        }
    }

    func testWrongTypeNamesKeyAndLine() {
        XCTAssertThrowsError(try BriefConfig.parse("title = 3\n", file: "h.toml")) { error in
            XCTAssertEqual((error as? ConfigError)?.description, "h.toml:1: title: must be a string in quotes, not an integer (write title = \"…\")")
        }
        XCTAssertThrowsError(try BriefConfig.parse("[colors]\nfunds = \"blue\"\n", file: "h.toml")) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 2)
        }
        XCTAssertThrowsError(try BriefConfig.parse("overview_level = \"town\"\n", file: "h.toml"))
    }

    func testSyntaxErrorReportsItsLine() {
        XCTAssertThrowsError(try BriefConfig.parse("title = \"x\"\ntop_n = = 3\n", file: "h.toml")) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 2)
        }
    }
}
