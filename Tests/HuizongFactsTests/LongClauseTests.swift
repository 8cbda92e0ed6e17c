import XCTest
import HuizongFacts

/// A clause of thousands of characters (a file without punctuation): each figure's quote is the
/// part around it, marked with …, not the whole clause (every figure once carried all of it).
final class LongClauseTests: XCTestCase {
    func testQuotesOfAnUnpunctuatedClauseStayNearTheirFigures() {
        let filler = String(repeating: "群众", count: 1_000)
        let text = "赤峰市" + filler + "解决问题100件" + filler + "收集意见建议300条" + filler + "。"
        let facts = FactExtractor().extract(text: text, path: "long.txt")
        XCTAssertEqual(facts.map(\.value), [100, 300])
        for (fact, figure) in zip(facts, ["解决问题100件", "收集意见建议300条"]) {
            XCTAssertTrue(fact.quote.contains(figure), fact.quote)
            XCTAssertTrue(fact.quote.hasPrefix("…") && fact.quote.hasSuffix("…"), "cut on both sides, and marked")
            XCTAssertLessThan(fact.quote.count, 320, "\(fact.quote.count) characters")
        }
    }

    func testAShortClauseIsQuotedWhole() {
        let facts = FactExtractor().extract(text: "赤峰市共解决群众反映的问题100件。", path: "short.txt")
        XCTAssertEqual(facts.first?.quote, "赤峰市共解决群众反映的问题100件")
    }
}
