import XCTest
import HuizongFacts
import HuizongPlaces
import HuizongText

/// Attribution, provenance and de-duplication on small documents.
final class ExtractorBehaviourTests: XCTestCase {
    private static let regions: [(String, Region)] = [
        ("松山区", Region(code: "150404", name: "松山区", level: .county, parentCode: "150400")),
        ("赤峰市", Region(code: "150400", name: "赤峰市", level: .prefecture, parentCode: "150000")),
    ]

    /// Finds a region name in the clause, else in the sentence; records what it was asked.
    private static func attributor(_ doc: Document) -> Attributor {
        let scalars = doc.scalars
        return { offset, clause, sentence, _ in
            precondition(clause.contains(offset) && sentence.lowerBound <= clause.lowerBound
                         && clause.upperBound <= sentence.upperBound)
            for range in [clause, sentence] {
                let text = String(String.UnicodeScalarView(scalars[range]))
                for (name, region) in regions where text.contains(name) {
                    return Attribution(region: region, place: text.contains("向阳") ? "向阳街道" : nil, reason: "clause: \(name)")
                }
            }
            return Attribution(region: nil, place: nil, reason: "unknown")
        }
    }

    func testRegionAndLineAreCopied() {
        let doc = TestDocument.make("标题\n\n松山区向阳街道解决问题12件，赤峰市认领民生实事1459件。\n\n另有群众意见30条。\n", path: "x/a.txt")
        let facts = FactExtractor().extract(from: doc, attribute: Self.attributor(doc))
        XCTAssertEqual(facts.map(\.regionCode), ["150404", "150400", ""])
        XCTAssertEqual(facts.map(\.region), ["松山区", "赤峰市", ""])
        XCTAssertEqual(facts.map(\.place), ["向阳街道", "", ""])
        XCTAssertEqual(facts.map(\.line), [3, 3, 5])
        XCTAssertEqual(facts.map(\.document), ["x/a.txt", "x/a.txt", "x/a.txt"])
    }

    func testRepeatedFigureInCaptionIsOneFact() {
        let text = """
        赤峰市组建共同体，累计为3.9万余名农牧民提供“育牛贷”，授信金额达57.9亿元，投放助力自行车3500辆。

        赤峰市组建共同体，累计为3.9万余名农牧民提供“育牛贷”，授信金额达57.9亿元。

        赤峰市住建局投放共享助力自行车约3500辆。
        """
        let facts = FactExtractor().extract(from: TestDocument.make(text), attribute: Self.attributor(TestDocument.make(text)))
        XCTAssertEqual(facts.map { Fact.plain($0.value) }, ["39000", "5790000000", "3500"])
        XCTAssertEqual(facts.map(\.line), [1, 1, 1])
    }

    func testHeadlineFigureRepeatedInBodyIsOneFact() {
        var doc = TestDocument.make("锡林郭勒草原 2.24亿亩草场迎来带薪休假\n\n锡林郭勒盟2.24亿亩草原陆续开始实施春季休牧，储备饲草料90多万吨。")
        doc.paragraphs[0].kind = .heading
        let facts = FactExtractor().extract(from: doc, attribute: Self.attributor(doc))
        XCTAssertEqual(facts.map { Fact.plain($0.value) }, ["224000000", "900000"])
        // One figure, kept at its first statement (the headline, LABELS.md §2), with the body's reading.
        XCTAssertEqual(facts.map(\.line), [1, 3])
        // As body text both statements stay (their quotes differ).
        let plain = TestDocument.make("锡林郭勒草原 2.24亿亩草场迎来带薪休假\n\n锡林郭勒盟2.24亿亩草原陆续开始实施春季休牧。")
        XCTAssertEqual(FactExtractor().extract(from: plain, attribute: Self.attributor(plain)).count, 2)
    }

    func testSameFigureTwiceInOneClauseIsKept() {
        let facts = FactExtractor().extract(text: "梳理完成第一批58项和第二批58项跨省通办事项。")
        XCTAssertEqual(facts.count, 2)
    }

    func testSameValueDifferentStatementsAreKept() {
        let doc = TestDocument.make("赤峰市解决问题12件。\n\n该镇新建项目12个。\n\n松山区也解决问题12件，群众满意。")
        let facts = FactExtractor().extract(from: doc, attribute: Self.attributor(doc))
        XCTAssertEqual(facts.map(\.regionCode), ["150400", "", "150404"])
    }
}
