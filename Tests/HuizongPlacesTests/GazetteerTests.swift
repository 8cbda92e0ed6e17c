import XCTest
@testable import HuizongPlaces
import TestSupport

/// The bundled data: levels, parents, short forms, former names and townships.
final class GazetteerTests: XCTestCase {
    func testAllLevelsArePresentWithParents() throws {
        let g = try Gazetteer.bundled()
        XCTAssertEqual(g.regions.filter { $0.level == .province }.count, 34)
        XCTAssertEqual(g.regions.filter { $0.level == .prefecture }.count, 333)
        XCTAssertEqual(g.regions.filter { $0.level == .county }.count, 2847)
        for r in g.regions where r.level != .province {
            XCTAssertNotNil(r.parentCode.flatMap(g.region(code:)), "\(r.name) has no parent")
        }
        XCTAssertEqual(g.path(of: "150404").map(\.name), ["内蒙古自治区", "赤峰市", "松山区"])
        XCTAssertEqual(g.path(of: "130682").map(\.name), ["河北省", "保定市", "定州市"])
        XCTAssertEqual(g.region(code: "632324")?.name, "河南蒙古族自治县")
        XCTAssertEqual(g.children(of: "152500").count, 12)
    }

    func testBundledIsLoadedOnce() throws {
        XCTAssertTrue(try Gazetteer.bundled() === Gazetteer.bundled())
    }

    /// Short forms and news abbreviations from the sources, the rules and the hand-added list.
    func testShortFormsAndAbbreviations() throws {
        let g = try Gazetteer.bundled()
        let expected: [(String, String)] = [
            ("赤峰", "150400"), ("锡盟", "152500"), ("呼市", "150100"), ("河南县", "632324"),
            ("黄南州", "632300"), ("达茂旗", "150223"), ("乌前旗", "150823"), ("苏左旗", "152523"),
            ("东乌旗", "152525"), ("莫旗", "150722"), ("科左中旗", "150521"), ("阿盟", "152900"),
            ("内蒙古", "150000"), ("河南", "410000"), ("海南州", "632500"), ("锡林浩特", "152502"),
            ("伊盟", "150600"), ("昭乌达盟", "150400"), ("乌兰察布盟", "150900"),
        ]
        for (name, code) in expected {
            let matches = g.lookup(name)
            XCTAssertEqual(matches.map(\.region.code), [code], "\(name)")
        }
        // A short form shared with a higher level stays with the higher level only.
        XCTAssertEqual(g.lookup("吉林").map(\.region.code), ["220000"])
        XCTAssertEqual(g.lookup("海南").map(\.region.code), ["460000"])
        // Generic names are no short forms.
        XCTAssertTrue(g.lookup("高新区").isEmpty)
        XCTAssertEqual(g.lookup("昭乌达盟").first?.how, "former name")
    }

    func testTownshipsAreIdentifiedByCountyAndName() throws {
        let g = try Gazetteer.bundled()
        let chengguan = g.lookup("城关镇")
        XCTAssertGreaterThan(chengguan.count, 50)
        XCTAssertTrue(chengguan.contains { $0.region.code == "150924" && $0.township == "城关镇" })
        XCTAssertEqual(g.lookup("号头庄乡").map { "\($0.region.code) \($0.township ?? "")" }, ["130682 号头庄回族乡"])
        XCTAssertEqual(Set(g.lookup("东亭镇").map(\.region.code)).count, 2)
        XCTAssertTrue(g.lookup("东坑镇").contains { $0.region.code == "441900" }, "东莞's towns come from cpca")
        XCTAssertTrue(g.lookup("新城区").map(\.region.code) == ["150102", "610102"])
        XCTAssertFalse(g.lookup("城关镇（撤销）").contains { _ in true })
    }

    func testLookupPathLines() throws {
        let g = try Gazetteer.bundled()
        let lines = g.lookup("松山区").map(g.pathLine(for:))
        XCTAssertTrue(lines.contains("内蒙古自治区 › 赤峰市 › 松山区  150404"), "\(lines)")
        let town = g.lookup("城关镇").first { $0.region.code == "150924" }!
        XCTAssertEqual(g.pathLine(for: town), "内蒙古自治区 › 乌兰察布市 › 兴和县 › 城关镇  150924  (township)")
        XCTAssertEqual(g.lookup("150404").first?.region.name, "松山区")
        XCTAssertTrue(g.lookup("不存在的地方").isEmpty)
    }

    /// The committed file is what the build script writes: sorted records, no duplicates.
    func testDataFileIsSortedAndUnique() throws {
        let url = ProjectPaths.root.appendingPathComponent("Sources/HuizongPlaces/Data/gazetteer.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertLessThan(text.utf8.count, 2_000_000)
        let records = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        for kind in ["R", "A", "T"] {
            let rows = records.filter { $0.hasPrefix(kind + "\t") }.map(String.init)
            XCTAssertFalse(rows.isEmpty)
            XCTAssertEqual(rows, rows.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }, kind)
            XCTAssertEqual(Set(rows).count, rows.count, kind)
        }
    }

    /// Grouping mentions by their trie nodes gives the groups that grouping by text gives.
    func testGroupingByTrieNodeMatchesGroupingByText() throws {
        let g = try Gazetteer.bundled()
        let texts = ["城关镇", "赤峰市", "城关镇", "新城区", "赤峰市", "松山区", "新城区", "城关镇"]
        let nodes = texts.map { g.trie.node(for: $0)! }
        let byText = Disambiguator.groupByText(texts)
        let byNode = Disambiguator.groupByText(texts, keys: nodes)
        XCTAssertEqual(byNode.textID, byText.textID)
        XCTAssertEqual(byNode.byText, byText.byText)
        XCTAssertEqual(byNode.byText, [[0, 2, 7], [1, 4], [3, 6], [5]])
    }
}
