import XCTest
import Foundation
import HuizongFacts

/// The number grammar through the public extractor: exact decimals, Chinese numerals, mixtures.
final class NumberGrammarTests: XCTestCase {
    private func values(_ text: String) -> [String] {
        FactExtractor().extract(text: text).map { Fact.plain($0.value) + $0.unit }
    }

    func testDecimalsAreExact() {
        XCTAssertEqual(values("授信金额达57.9亿元"), ["5790000000元"])
        XCTAssertEqual(values("资金12741.8万元"), ["127418000元"])
        XCTAssertEqual(values("贴息18.25万元"), ["182500元"])
        XCTAssertEqual(values("医疗金157元"), ["157元"])
        let fact = FactExtractor().extract(text: "授信金额达57.9亿元").first
        XCTAssertEqual(fact?.value, Decimal(string: "5790000000"))
    }

    func testChineseNumerals() {
        XCTAssertEqual(values("三千余名群众"), ["3000名"])
        XCTAssertEqual(values("一万二千名干部"), ["12000名"])
        XCTAssertEqual(values("一千零五户"), ["1005户"])
        XCTAssertEqual(values("廿五名党员"), ["25名"])
        XCTAssertEqual(values("十余场宣讲"), ["10场"])
        XCTAssertEqual(values("两亿元"), ["200000000元"])
        XCTAssertEqual(values("三十五万元"), ["350000元"])
    }

    func testMixedAndMultipliers() {
        XCTAssertEqual(values("2.8万余条"), ["28000条"])
        XCTAssertEqual(values("1.2万余人"), ["12000人"])
        XCTAssertEqual(values("20多万元"), ["200000元"])
        XCTAssertEqual(values("3千万元"), ["30000000元"])
        XCTAssertEqual(values("修路3千米"), ["3公里"])
    }

    func testNotNumbersAtAll() {
        XCTAssertEqual(values("二三四楼都有窗口"), [])
        XCTAssertEqual(values("眼下万千百姓"), [])
        XCTAssertEqual(values("零距离服务"), [])
        XCTAssertEqual(values("“十三五”期间"), [])
    }
}
