import XCTest
import HuizongFacts
import HuizongPlaces
import HuizongText

/// Odd inputs (digit soup, stray punctuation, quotes left open) must not crash the extractor, and
/// the ranges it hands the attributor must always nest: offset ∈ clause ⊆ sentence.
final class RobustnessTests: XCTestCase {
    func testRandomTextKeepsRangesNested() {
        let alphabet = Array("0123456789.,，。、；：%％—-至到余多近约万亿千百十一二两三五个件名户元人次场年月日第“”《》\"()（） \n问题解决全市共其中每计划")
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let extractor = FactExtractor()
        for _ in 0..<1500 {
            let length = next() % 60
            let text = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
            let doc = TestDocument.make(text)
            let facts = extractor.extract(from: doc) { offset, clause, sentence, paragraph in
                XCTAssertTrue(clause.lowerBound <= offset && offset < max(clause.upperBound, offset + 1), "\(text)")
                XCTAssertTrue(sentence.lowerBound <= clause.lowerBound && clause.upperBound <= sentence.upperBound, "\(text)")
                XCTAssertTrue(paragraph.lowerBound <= offset && offset <= paragraph.upperBound, "\(text)")
                return Attribution(region: nil, place: nil, reason: "")
            }
            for f in facts {
                if f.unit == "%" { XCTAssertGreaterThanOrEqual(f.value, 0) } else { XCTAssertGreaterThan(f.value, 0, "\(text)") }
                if let high = f.valueHigh { XCTAssertGreaterThan(high, f.value, "\(text)") }
                XCTAssertFalse(f.unit.isEmpty)
            }
        }
    }
}
