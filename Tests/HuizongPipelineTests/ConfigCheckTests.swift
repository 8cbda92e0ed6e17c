import XCTest
import HuizongPipeline
import HuizongPlaces

/// Config mistakes that need the gazetteer or the inputs are errors naming the key (issue 19).
final class ConfigCheckTests: XCTestCase {
    func check(_ toml: String, documents: [String]? = ["a.txt", "b/c.txt"]) throws -> BriefConfig {
        try BriefConfig.parse(toml, file: "h.toml").checked(gazetteer: try Gazetteer.bundled(), file: "h.toml", documentPaths: documents)
    }

    func message(_ toml: String, documents: [String]? = ["a.txt", "b/c.txt"]) -> String {
        do { _ = try check(toml, documents: documents); return "" } catch { return "\(error)" }
    }

    func testUnknownMetricIdIsAnErrorWithTheNearestAndTheValidIds() {
        let text = message("metrics = [\"problems_solved\", \"opinions\"]\n")
        XCTAssertTrue(text.contains("metrics: unknown metric id \"opinions\""), text)
        XCTAssertTrue(text.contains("did you mean \"opinions_collected\""), text)
        XCTAssertTrue(text.contains("volunteers"), "the valid ids are listed: \(text)")
        XCTAssertTrue(message("[colors]\nfund = \"#112233\"\n").contains("colors: unknown metric id \"fund\" (did you mean \"funds\"?)"))
    }

    func testAnAmbiguousRegionListsTheCandidates() {
        let text = message("[documents.\"a.txt\"]\nregion = \"新城区\"\n")
        XCTAssertTrue(text.contains("documents.\"a.txt\".region: \"新城区\" is ambiguous"), text)
        XCTAssertTrue(text.contains("呼和浩特市新城区 150102") && text.contains("西安市新城区 610102"), text)
    }

    func testAnUnknownRegionIsAnErrorWithNearNames() {
        let text = message("[documents.\"a.txt\"]\nregion = \"赤锋市\"\n")
        XCTAssertTrue(text.contains("no region named \"赤锋市\""), text)
        XCTAssertTrue(text.contains("赤峰市 150400"), text)
        XCTAssertTrue(message("[documents.\"a.txt\"]\nregion = \"火星市\"\n").contains("no region named \"火星市\""))
    }

    /// A name that means one region, by path or in Traditional characters, becomes its code.
    func testAnUnambiguousRegionBecomesItsCode() throws {
        XCTAssertEqual(try check("[documents.\"a.txt\"]\nregion = \"西安市新城区\"\n").documentRegions["a.txt"], "610102")
        XCTAssertEqual(try check("[documents.\"a.txt\"]\nregion = \"錫林郭勒盟\"\n").documentRegions["a.txt"], "152500")
        XCTAssertEqual(try check("[documents.\"a.txt\"]\nregion = \"150102\"\n").documentRegions["a.txt"], "150102")
        // In pinyin too; a pinyin name two districts share is ambiguous like a Chinese one.
        XCTAssertEqual(try check("[documents.\"a.txt\"]\nregion = \"Chifeng\"\n").documentRegions["a.txt"], "150400")
        let hongshan = message("[documents.\"a.txt\"]\nregion = \"Hongshan\"\n")
        XCTAssertTrue(hongshan.contains("ambiguous") && hongshan.contains("150402") && hongshan.contains("420111"), hongshan)
    }

    func testADocumentKeyMatchingNoInputIsAnError() {
        let text = message("[documents.\"c.txt\"]\nregion = \"赤峰市\"\n")
        XCTAssertTrue(text.contains("documents.\"c.txt\": no input document has that path"), text)
        XCTAssertTrue(text.contains("did you mean \"a.txt\"") || text.contains("b/c.txt"), text)
        XCTAssertEqual(message("[documents.\"c.txt\"]\nregion = \"赤峰市\"\n", documents: nil), "", "not checked without inputs")
    }

    func testNearMissKeysAndTypesAreExplained() {
        XCTAssertTrue(message("top_N = 3\n").contains("top_N: unknown key (did you mean top_n?)"))
        let date = message("date = 2021-10-01\n")
        XCTAssertTrue(date.contains("date: must be a string in quotes, not a date"), date)
    }
}
