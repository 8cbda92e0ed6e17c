import XCTest
import HuizongFacts

/// Sentences of report language → the facts they state (Fixtures/sentences.tsv).
final class SentenceFixtureTests: XCTestCase {
    func testSentencesGiveTheirFacts() throws {
        let extractor = FactExtractor()
        let rows = try Fixtures.rows("sentences.tsv")
        XCTAssertGreaterThan(rows.count, 50)
        for row in rows {
            let sentence = row[0]
            let expected = row[1] == "-" ? [] : row[1].components(separatedBy: " ; ")
            let got = extractor.extract(text: sentence).map { f in
                [Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit, f.qualifier.rawValue, f.metric,
                 f.status.rawValue].joined(separator: "|")
            }
            XCTAssertEqual(got, expected, "\(sentence)")
        }
    }

    func testWholeAreaAndPartScope() {
        let extractor = FactExtractor()
        let whole = extractor.extract(text: "截至目前，全市出台保障民生政策举措1353项，推出实招硬招3008个。")
        XCTAssertEqual(whole.map(\.scope), [.wholeArea, .wholeArea])
        let part = extractor.extract(text: "该社区解决群众反映的问题12件。")
        XCTAssertEqual(part.map(\.scope), [.part])
        let cumulative = extractor.extract(text: "累计服务群众2.6万余人。")
        XCTAssertEqual(cumulative.map(\.scope), [.wholeArea])
        // One body, even across the whole city, is a part (LABELS.md §4: 全市公安机关 is one body).
        let body = extractor.extract(text: "全市公安机关共化解矛盾纠纷120起。")
        XCTAssertEqual(body.map(\.scope), [.part])
        // 各街镇 is the township tier (a part); 各职能部门 is every department, so not one body.
        let townships = extractor.extract(text: "鼓楼区各街镇今年也安排了78项为民办实事项目。")
        XCTAssertEqual(townships.map(\.scope), [.part])
        let cityTier = extractor.extract(text: "拉萨市从市直各部门抽出600余名干部。")
        XCTAssertEqual(cityTier.map(\.scope), [.part], "市直 is the city-level tier")
        let firms = extractor.extract(text: "福建企业和商户3000多家，投资总额达600多亿元。")
        XCTAssertEqual(firms.filter { $0.unit == "元" }.map(\.scope), [.part], "firms' own investment is not money the region put in")
        let named = extractor.extract(text: "白仓镇等乡镇10多万群众饮水不安全的问题得到解决。")
        XCTAssertEqual(named.map(\.scope), [.part], "townships named before 等 are some of the county's, not all")
        let everyBody = extractor.extract(text: "各职能部门经协商解决了296件。")
        XCTAssertEqual(everyBody.map(\.scope), [.wholeArea])
        // A subset of a list just named.
        let subset = extractor.extract(text: "在65件民生实事中，已有26件完成。")
        XCTAssertEqual(subset.map(\.scope), [.wholeArea, .part])
        // A sum after a 包括 list closes it: the figure is the whole list again.
        let summed = extractor.extract(text: "区委、区政府把今年为民办实事的计划定了下来，包括危旧房改造，安置房建设，合计十大类52件实事。")
        XCTAssertEqual(summed.filter { $0.unit == "件" }.map(\.scope), [.wholeArea])
        XCTAssertEqual(summed.filter { $0.unit == "件" }.map(\.status), [.result], "a list drawn up (定了下来) is a result of the listing")
        // 包括 listing what the items are (not parts of the 10) leaves their sizes whole; 其中 narrows.
        let contents = extractor.extract(text: "十件民生实事具体包括：公租房建成634套，建成农村公路500公里。")
        XCTAssertEqual(contents.map(\.scope), [.wholeArea, .wholeArea, .wholeArea])
        let parts = extractor.extract(text: "全县共建成标准化卫生室31个，包括甲类1个、乙类30个。")
        XCTAssertEqual(parts.map(\.scope), [.wholeArea, .part, .part])
        // Names before 等 are examples of what is counted, not its subject (医院 is no body here).
        let examples = extractor.extract(text: "赣州市人民医院新院、武陵大桥等28个项目实现主体完工。")
        XCTAssertEqual(examples.map(\.scope), [.wholeArea])
        // One tier's finance pays, wherever it stands in the clause.
        let tier = extractor.extract(text: "全省重大疫情救治基地建设省级财政补助资金已下达3.6亿元。")
        XCTAssertEqual(tier.map(\.scope), [.part])
        // The list's subset counts its items; the money spent on the list is not one of them.
        let money = extractor.extract(text: "年初公开承诺的20件民生实事中，8件已办结，12件正在办理，资金累计投入68.34亿元。")
        XCTAssertEqual(money.map(\.scope), [.wholeArea, .part, .part, .wholeArea])
        // 其中 breaks a total down into parts.
        let breakdown = extractor.extract(text: "该县今年共办理20941件业务，其中行政审批办理10970件，公共服务办理9971件。")
        XCTAssertEqual(breakdown.map(\.scope), [.wholeArea, .part, .part])
    }

    func testQuoteIsTheTrimmedClause() {
        let facts = FactExtractor().extract(text: "——市委先后组织召开6次会议专题研究部署，调度推进。")
        XCTAssertEqual(facts.map(\.quote), ["市委先后组织召开6次会议专题研究部署"])
    }
}
