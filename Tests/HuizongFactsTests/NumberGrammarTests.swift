import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText

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

    func testTailAfterTenThousandMustBeWhole() {
        // 6万7000: the Arabic tail joins the 万 only when it is a whole number; zeros after the
        // point keep it whole, any other digit there makes it a number of its own.
        XCTAssertEqual(values("筹集资金6万7000.00元。"), ["67000元"])
        XCTAssertEqual(values("筹集资金6万7000.50元。"), ["7000.5元"])
        XCTAssertEqual(values("筹集资金6万7000.05元。"), ["7000.05元"])
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

/// What the wider grammar must still leave alone (LABELS.md §1), and numbers no Decimal holds exactly.
final class NumberGuardTests: XCTestCase {
    private func readings(_ text: String) -> [String] {
        FactExtractor().extract(text: text).map { f in
            [Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit, f.qualifier.rawValue].joined(separator: "|")
        }
    }

    func testDatesOrdinalsNamesAndSessionsStayOut() {
        XCTAssertEqual(readings("2021年9月24日上午10时，第三届活动，第二督导组，一、二楼。"), [])
        XCTAssertEqual(readings("省十届人大四次会议、县十八届人大五次会议第二次全体会议召开。"), [])
        XCTAssertEqual(readings("开展“三个一”工程和“双百”行动，落实“1+3+N”机制，确保“三个100%”。"), [])
        XCTAssertEqual(readings("三次产业协调并进，二〇二一年，十之八九，乱七八糟，三五成群。"), [])
        XCTAssertEqual(readings("平均海拔在4500米以上，县城所在地海拔4276米。"), [])
        XCTAssertEqual(readings("意见、问题一个接一个，他和基层干部一起，一两个问题。"), [])
        XCTAssertEqual(readings("扶持期划为4个年度，历时两年半，一个半小时，数十年如一日。"), [])
        XCTAssertEqual(readings("八角楼前，亿万群众，万千百姓。"), [])
    }

    /// A quotation that states a figure in digits is read; a slogan or a bare code in quotes is not.
    func testQuotedFiguresAreReadAndQuotedNamesAreNot() {
        XCTAssertEqual(readings("比“5.5%左右”的预定目标高，实现“扩招200万人”的目标。"), ["5.5||%|approx", "2000000||人|exact"])
        XCTAssertEqual(readings("推广“530”小额信贷，开通“12345”热线。"), [])
    }

    /// The ends of a range share the multiplier only when that keeps the low end below the high end.
    func testRangeEndsBorrowTheMultiplierOnlyWhereItFits() {
        XCTAssertEqual(readings("补助3000至5万元。"), ["3000|50000|元|range"])
        XCTAssertEqual(readings("补助二十到三十万元。"), ["200000|300000|元|range"])
        XCTAssertEqual(readings("补助3千-5千万元。"), ["30000000|50000000|元|range"])
    }

    /// 块 is money where money is spoken of, a counter where things are counted.
    func testBlockIsMoneyOnlyWhenMoneyIsMeant() {
        XCTAssertEqual(readings("制作宣传展板300块。"), ["300||块|exact"])
        XCTAssertEqual(readings("每月工资3000块。"), ["3000||元|exact"])
        XCTAssertEqual(readings("买菜花了两块钱。"), ["2||元|exact"])
    }

    /// Lower bounds written apart from the number in the clause (HARD-CALLS.md convention 8).
    func testDistantLowerBound() {
        XCTAssertEqual(readings("标准不低于当地农村居民人均可支配收入的60%。"), ["60||%|at_least"])
        XCTAssertEqual(readings("每名干部至少联系5户。"), ["5||户|at_least"])
    }

    /// A number with more significant digits than a Decimal holds is refused with a diagnostic naming
    /// its line, never rounded; the figures around it are still read.
    func testTooLongNumbersAreRefusedWithADiagnostic() {
        let long = "1" + String(repeating: "0", count: 40) + "7"
        let text = "第一行。\n新建项目\(long)项，改造住宅35户。"
        let document = TestDocument.make(text)
        var diagnostics: [TextDiagnostic] = []
        let facts = FactExtractor().extract(from: document, attribute: { _, _, _, _ in
            Attribution(region: nil, place: nil, reason: "none")
        }, diagnostics: &diagnostics)
        XCTAssertEqual(facts.map { Fact.plain($0.value) + $0.unit }, ["35户"])
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.hasPrefix("line 2: number 1000") ?? false, "\(diagnostics)")
    }

    /// Long numbers within Decimal's 38 digits stay exact to the last digit (no Double, no rounding).
    func testLongNumbersStayExact() {
        let facts = FactExtractor().extract(text: "累计投入1234567890123456789012.5万元。")
        XCTAssertEqual(facts.map { Fact.plain($0.value) }, ["12345678901234567890125000"])
    }
}
