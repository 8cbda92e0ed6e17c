import XCTest
import HuizongPlaces
import TestSupport

/// Document regions and attribution on the five sample articles.
final class SeedTests: XCTestCase {
    func testDocumentRegionsOfTheSeeds() throws {
        let expected = [
            "000": "150400",  // 赤峰市: title and lead
            "001": "130682",  // 定州市: only 我市, placed by its townships
            "002": "152500",  // 锡林郭勒盟: the lead story of a page with columns
            "003": "150000",  // multi-story page (兴和县, 包头市, 锡林郭勒盟…): their common ancestor
            "004": "632324",  // 河南蒙古族自治县 (河南县), not 河南省
        ]
        for (seed, code) in expected.sorted(by: { $0.key < $1.key }) {
            let d = try SeedText.seed(seed).resolve()
            XCTAssertEqual(d.document.region?.code, code, "\(seed): \(d.document.reason)")
            XCTAssertTrue(d.document.reason.hasPrefix("document: "), d.document.reason)
        }
    }

    func testSeed003StoriesHaveTheirOwnRegions() throws {
        let d = try SeedText.seed("003").resolve()
        XCTAssertEqual(d.stories.prefix(3).map { $0.attribution.region?.code }, ["150924", "150200", "152500"])
    }

    /// Attribution of a figure at `needle` (its first scalar) in a seed.
    private func attribute(_ seed: SeedText, _ d: DocumentPlaces, at needle: String, after: String? = nil) throws -> Attribution {
        let from = try after.map { try XCTUnwrap(seed.offset(of: $0), $0) } ?? 0
        let offset = try XCTUnwrap(seed.offset(of: needle, from: from), needle)
        let s = seed.spans(at: offset)
        return d.attribute(offset: offset, clause: s.clause, sentence: s.sentence, paragraph: s.paragraph)
    }

    func testAttributionInSeed000() throws {
        let seed = try SeedText.seed("000")
        let d = try seed.resolve()
        var a = try attribute(seed, d, at: "向阳二组团老旧小区来了")
        XCTAssertEqual(a.region?.code, "150404", a.reason)
        a = try attribute(seed, d, at: "907名县处级")
        XCTAssertEqual(a.region?.code, "150400", a.reason)
        XCTAssertTrue(a.reason.contains("全市"), a.reason)
        a = try attribute(seed, d, at: "10732个")
        XCTAssertEqual(a.region?.code, "150400", a.reason)
    }

    func testAttributionInSeed001NamesTheTownship() throws {
        let seed = try SeedText.seed("001")
        let d = try seed.resolve()
        var a = try attribute(seed, d, at: "千余份")
        XCTAssertEqual(a.region?.code, "130682", a.reason)
        XCTAssertEqual(a.place, "号头庄回族乡")
        // 该镇 in the paragraph points back to 邢邑镇.
        a = try attribute(seed, d, at: "30万元")
        XCTAssertEqual(a.region?.code, "130682", a.reason)
        XCTAssertEqual(a.place, "邢邑镇", a.reason)
    }

    func testAttributionInSeed002FollowsTheStory() throws {
        let seed = try SeedText.seed("002")
        let d = try seed.resolve()
        var a = try attribute(seed, d, at: "7个一级网格")
        XCTAssertEqual(a.region?.code, "150625", a.reason)  // 杭锦旗
        a = try attribute(seed, d, at: "4800余条")
        XCTAssertEqual(a.region?.code, "152500", a.reason)  // 全盟
    }

    func testAttributionInSeeds003And004() throws {
        let s3 = try SeedText.seed("003")
        let d3 = try s3.resolve()
        let a3 = try attribute(s3, d3, at: "54个群众")
        XCTAssertEqual(a3.region?.code, "150924", a3.reason)  // 该县 → 兴和县
        let s4 = try SeedText.seed("004")
        let d4 = try s4.resolve()
        let a4 = try attribute(s4, d4, at: "32项")
        XCTAssertEqual(a4.region?.code, "632324", a4.reason)
        XCTAssertNil(a4.place)
        // A partner town in Tianjin named earlier in the paragraph does not take the county's figures.
        let b4 = try attribute(s4, d4, at: "131户")
        XCTAssertEqual(b4.region?.code, "632324", b4.reason)
    }
}

/// Page shapes: a lead story with columns, and the same page with its title lines joined.
final class PageShapeTests: XCTestCase {
    func testLeadStoryWinsEvenWhenTitleLinesAreJoined() throws {
        let raw = String(decoding: try ProjectPaths.seed("002").bytes, as: UTF8.self)
        // Join every short title line with the line after it, as a line joiner might.
        var joined = ""
        for line in raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: true) {
            joined += line
            joined += line.count <= 12 && !line.hasPrefix("□") ? "" : "\n"
        }
        let d = try SeedText(text: joined).resolve()
        XCTAssertEqual(d.document.region?.code, "152500", d.document.reason)
    }

    func testBulletBoxesAreNoBylines() throws {
        let text = "赤峰市推进民生实事。\n□加强学前教育，新增学位10732个，惠及全市。\n□改造老旧小区，呼和浩特市新城区经验值得借鉴。\n□推进公路建设。"
        let d = try SeedText(text: text).resolve()
        XCTAssertTrue(d.stories.isEmpty)
        XCTAssertEqual(d.document.region?.code, "150400", d.document.reason)
    }
}
