import XCTest
import HuizongPlaces

/// Hard cases of matching and resolution, on short real-style sentences.
final class MatchingTests: XCTestCase {
    private func resolve(_ text: String, override: String? = nil) throws -> DocumentPlaces {
        try SeedText(text: text).resolve(override: override)
    }

    /// The mentions of `text` as `written → code` (or `written → ?` when unresolved).
    private func mentions(_ text: String) throws -> [String] {
        try resolve(text).mentions.map { "\($0.text) → \($0.region?.code ?? "?")" }
    }

    /// Each row: a text, then the mentions it must yield, in order.
    func testFixtureTable() throws {
        let table: [(String, [String])] = [
            ("兴和县城关镇新城社区居民王大爷", ["兴和县 → 150924", "城关镇 → 150924"]),
            ("城区道路改造工程完工", []),
            ("中山路两侧新增停车位", []),
            ("中山市小榄镇开展义诊", ["中山市 → 442000", "小榄镇 → 442000"]),
            ("河南县委书记司吉昇介绍", ["河南县 → 632324"]),
            ("河南省郑州市举办招聘会", ["河南省 → 410000", "郑州市 → 410100"]),
            ("呼和浩特市新城区东风路街道丽苑社区", ["呼和浩特市 → 150100", "新城区 → 150102", "东风路街道 → 150102"]),
            ("西安市新城区开展活动", ["西安市 → 610100", "新城区 → 610102"]),
            ("锡盟各旗县", ["锡盟 → 152500"]),
            ("达茂旗和乌前旗、苏左旗的牧民", ["达茂旗 → 150223", "乌前旗 → 150823", "苏左旗 → 152523"]),
            ("黄南州河南县", ["黄南州 → 632300", "河南县 → 632324"]),
            ("推进完全市场化改革", []),
            ("健全县乡村三级服务网络", []),
            ("号头庄乡扎实推进改厕", ["号头庄乡 → 130682"]),
            ("赤峰市元宝山区", ["赤峰市 → 150400", "元宝山区 → 150403"]),
            ("呼市和包头", ["呼市 → 150100", "包头 → 150200"]),
            ("学习孙中山先生的精神", []),
            ("黄河南岸的湿地公园", []),
            ("小兴安岭林区", []),
            ("推进幸福建设", []),
            ("五星红旗迎风飘扬", []),
            ("通州和莫旗", ["通州 → ?", "莫旗 → 150722"]),
        ]
        for (text, expected) in table {
            XCTAssertEqual(try mentions(text), expected, text)
        }
    }

    func testAmbiguousNamesFollowTheirNeighbours() throws {
        // 新城区 after 呼和浩特 (short form) → Hohhot's district.
        var d = try resolve("呼和浩特今年以来，新城区新建口袋公园12个。")
        XCTAssertEqual(d.mentions.first { $0.text == "新城区" }?.region?.code, "150102")
        // Both cities on one page: each 新城区 follows the city next to it.
        d = try resolve("西安市新城区开展志愿活动。\n呼和浩特市举办展览，新城区组织参展企业30家。")
        XCTAssertEqual(d.mentions.filter { $0.text == "新城区" }.map { $0.region?.code }, ["610102", "150102"])
        // 城关镇 in a 兴和县 story → that county's town, with the reason kept.
        d = try resolve("兴和县持续开展活动。\n城关镇为群众办实事30件。")
        let town = try XCTUnwrap(d.mentions.first { $0.text == "城关镇" })
        XCTAssertEqual(town.region?.code, "150924")
        XCTAssertEqual(town.place, "城关镇")
        XCTAssertTrue(town.reason.contains("兴和县"), town.reason)
        XCTAssertEqual(d.mentions.first { $0.text == "兴和县" }?.reason, "name")
        XCTAssertEqual(try resolve("锡盟").mentions.first?.reason, "short form")
        // Alone, 城关镇 is in 82 counties: unresolved rather than a random one.
        d = try resolve("城关镇为群众办实事30件。")
        XCTAssertNil(d.mentions.first?.region)
        XCTAssertNil(d.document.region)
    }

    func testTownshipsPlaceAnArticleThatNeverNamesItsCity() throws {
        let text = "我市坚持为民办实事。\n东亭镇新建广场一处。\n砖路镇组织家政培训50人。\n高蓬镇转移群众300人。\n全市新改造小区41个。"
        let d = try resolve(text)
        XCTAssertEqual(d.document.region?.code, "130682")
        XCTAssertEqual(d.mentions.first { $0.text == "我市" }?.region?.code, "130682")
        XCTAssertEqual(d.mentions.first { $0.text == "东亭镇" }?.region?.code, "130682", "not 广德市")
    }

    func testDeicticsResolveToTheRegionOfTheirKind() throws {
        let t = SeedText(text: "赤峰市召开推进会。\n松山区完成改造20个，全区受益群众1万人。\n全市新增学位10732个。\n全区累计办实事5000件。")
        let d = try t.resolve()
        let deictics = d.mentions.filter(\.isDeictic).map { "\($0.text) → \($0.region?.code ?? "?")" }
        // 全区 after 松山区 is that district; 全区 with no district in focus is Inner Mongolia.
        XCTAssertEqual(deictics, ["全区 → 150404", "全市 → 150400", "全区 → 150000"])
        let wo = try resolve("锡林郭勒盟召开会议。\n全盟征求意见建议4800余条。\n该县新建牧区学校2所。")
        XCTAssertEqual(wo.mentions.first { $0.text == "全盟" }?.region?.code, "152500")
        XCTAssertNil(wo.mentions.first { $0.text == "该县" }?.region, "no county in context")
    }

    func testOverrideWinsOverInference() throws {
        let text = "赤峰市召开推进会。\n全市新增学位10732个。"
        XCTAssertEqual(try resolve(text).document.region?.code, "150400")
        let byName = try resolve(text, override: "锡林郭勒盟")
        XCTAssertEqual(byName.document.region?.code, "152500")
        XCTAssertTrue(byName.document.reason.contains("override"))
        XCTAssertEqual(try resolve(text, override: "150404").document.region?.code, "150404")
        XCTAssertEqual(try resolve("城关镇办实事30件。", override: "兴和县").mentions.first?.region?.code, "150924")
        // On a multi-story page the override also beats the stories' own regions.
        let page = SeedText(text: "## 兴和县:为民服务\n兴和县新建广场2处。\n## 包头市:窗口服务\n包头市开设窗口10个。\n共办结事项30件。")
        XCTAssertEqual(try page.resolve().document.region?.code, "150000")
        let forced = try page.resolve(override: "乌兰察布市")
        let offset = try XCTUnwrap(page.offset(of: "30件"))
        let s = page.spans(at: offset)
        XCTAssertEqual(forced.attribute(offset: offset, clause: s.clause, sentence: s.sentence, paragraph: s.paragraph).region?.code, "150900")
    }
}

/// Words that look like township names.
final class FalseTownshipTests: XCTestCase {
    func testTownshipWithNoSupportIsPartOfAWord() throws {
        let d = try SeedText(text: "河南县召开推进会。\n部分乡镇和单位对台账资料整理不够。").resolve()
        let fen = try XCTUnwrap(d.mentions.first { $0.text == "分乡镇" })
        XCTAssertNil(fen.region, fen.reason)
        // Alone in a text, a township is still taken at its word.
        let alone = try SeedText(text: "砖路镇组织家政培训50人。").resolve()
        XCTAssertEqual(alone.mentions.first?.region?.code, "130682")
    }
}
