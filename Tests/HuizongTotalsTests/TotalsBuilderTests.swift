import XCTest
import HuizongFacts
@testable import HuizongTotals

final class TotalsBuilderTests: XCTestCase {
    let builder = TotalsBuilder(directory: FixtureDirectory())

    func testPartsRollUpFromCountyToProvince() {
        let totals = builder.build([fact("150404", 300, line: 1), fact("150402", 200, line: 2),
                                    fact("152502", 50, line: 3)])
        XCTAssertEqual(totals.total(code: "150400", metric: "opinions_collected")?.value, 500)
        XCTAssertEqual(totals.total(code: "150400", metric: "opinions_collected")?.basis, .sumOfParts)
        XCTAssertEqual(totals.total(code: "150000", metric: "opinions_collected")?.value, 550)
        XCTAssertEqual(totals.total(code: "150000", metric: "opinions_collected")?.factIndices, [0, 1, 2])
    }

    func testWholeAreaFigureIsTheTotalAndIsNeverAddedToItsParts() {
        let facts = [fact("150400", 6100, scope: .wholeArea, line: 1),
                     fact("150404", 300, line: 2), fact("150402", 200, line: 3)]
        let city = builder.build(facts).total(code: "150400", metric: "opinions_collected")
        XCTAssertEqual(city?.value, 6100)
        XCTAssertEqual(city?.basis, .stated)
        XCTAssertEqual(city?.partsSum, 500, "the sum of parts is kept beside the stated figure")
        XCTAssertEqual(city?.factIndices, [0])
    }

    func testATownshipsOwnWholeIsOnePartOfItsCounty() {
        // 马营乡's own 40 sheds (whole for the township) and the county's other 25: the county's
        // total is their sum, not the township's figure taken as the county's.
        var township = fact("150404", 40, metric: "projects", unit: "个", scope: .wholeArea, line: 1)
        township.place = "马营乡"
        let rest = fact("150404", 25, metric: "projects", unit: "个", line: 2)
        let county = builder.build([township, rest]).total(code: "150404", metric: "projects")
        XCTAssertEqual(county?.value, 65)
        XCTAssertEqual(county?.basis, .sumOfParts)
    }

    func testAWholeThatRepeatsAPartOfItsDocumentIsARestatement() {
        // 实施民生项目104个 (a part), then 104件民生微实事都已实施完毕 read as the whole: one list.
        let facts = [fact("150404", 100, metric: "practical_matters", unit: "个", line: 1),
                     fact("150404", 104, metric: "practical_matters", unit: "个", line: 2),
                     fact("150404", 104, metric: "practical_matters", unit: "件", scope: .wholeArea, line: 3)]
        let county = builder.build(facts).total(code: "150404", metric: "practical_matters")
        XCTAssertEqual(county?.value, 204)
        XCTAssertEqual(county?.setAsideReasons, [.repeated])
    }

    func testLargestOfSeveralCumulativeFiguresIsKeptAndOthersSetAside() {
        let facts = [fact("150400", 4800, scope: .wholeArea, document: "a.txt"),
                     fact("150400", 6100, scope: .wholeArea, document: "b.txt")]
        let city = builder.build(facts).total(code: "150400", metric: "opinions_collected")
        XCTAssertEqual(city?.value, 6100)
        XCTAssertEqual(city?.setAside, [0])
        XCTAssertEqual(city?.setAsideReasons, [.smallerStated])
    }

    func testOneFirmsLoanIsNoRegionsFunds() {
        var loan = fact("150404", 300_000, metric: "funds", unit: "元", line: 1)
        loan.quote = "镇党委政府帮助企业申请到农行小额贷款30万元"
        var grants = fact("150404", 2_000_000, metric: "funds", unit: "元", line: 2)
        grants.quote = "为283户发放小额信贷200万元"
        let county = builder.build([loan, grants]).total(code: "150404", metric: "funds")
        XCTAssertEqual(county?.value, 2_000_000, "the firm's loan is set aside; a count of recipients is not one recipient")
        XCTAssertEqual(county?.factIndices, [1])
        XCTAssertEqual(county?.setAside, [0])
        XCTAssertEqual(county?.setAsideReasons, [.oneRecipient], "the total says why the loan was left out")
    }

    func testWorksCountedInSchoolsAndBridgesJoinOneCount() {
        let totals = builder.build([fact("150404", 3, metric: "projects", unit: "所", line: 1),
                                    fact("150404", 2, metric: "projects", unit: "座", line: 2),
                                    fact("150404", 5, metric: "projects", unit: "个", line: 3)])
        XCTAssertEqual(totals.total(code: "150404", metric: "projects")?.value, 10)
    }

    func testSameFigureInTwoDocumentsCountsOnce() {
        let facts = [fact("150404", 300, document: "a.txt"), fact("150404", 300, document: "b.txt"),
                     fact("150404", 200, document: "a.txt", line: 9)]
        let county = builder.build(facts).total(code: "150404", metric: "opinions_collected")
        XCTAssertEqual(county?.value, 500, "the copy in b.txt is not added")
        XCTAssertEqual(county?.setAside, [1])
        XCTAssertEqual(county?.setAsideReasons, [.repeated])
    }

    func testPartRestatedInOneDocumentCountsOnce() {
        // `办12件实事` … `这12件实事涵盖…`: the second statement restates the first (LABELS.md §7).
        let facts = [fact("150404", 12, metric: "practical_matters", unit: "件", line: 1),
                     fact("150404", 12, metric: "practical_matters", unit: "件", line: 2),
                     fact("150404", 5, metric: "practical_matters", unit: "件", line: 3)]
        let county = builder.build(facts).total(code: "150404", metric: "practical_matters")
        XCTAssertEqual(county?.value, 17)
        XCTAssertEqual(county?.setAside, [1])
        XCTAssertEqual(county?.setAsideReasons, [.repeated])
    }

    func testAPartThatAddsUpTheDocumentsOtherPartsIsCountedOnceAsTheirSum() {
        // 以上项目共投入资金约537万元 (a township's, so a part), then each project's cost.
        let money = { (v: Decimal, q: Qualifier, line: Int) in
            fact("150404", v, metric: "funds", unit: "元", qualifier: q, line: line) }
        let facts = [money(5_370_000, .approx, 4), money(2_300_000, .atLeast, 6), money(2_780_000, .exact, 8),
                     money(290_000, .exact, 10)]
        let county = builder.build(facts).total(code: "150404", metric: "funds")
        XCTAssertEqual(county?.value, 5_370_000, "the three projects are the 537万's items, not more money")
        XCTAssertEqual(county?.setAsideReasons, [.itemized, .itemized, .itemized])
        // A part outside the sum leaves the document as it is: no part adds up the others.
        let unrelated = facts + [money(1_000_000, .exact, 12)]
        XCTAssertEqual(builder.build(unrelated).total(code: "150404", metric: "funds")?.value, 11_740_000)
    }

    func testQualifiersCarryThroughSums() {
        let atLeast = builder.build([fact("150404", 300, qualifier: .atLeast), fact("150402", 200)])
        XCTAssertEqual(atLeast.total(code: "150400", metric: "opinions_collected")?.qualifier, .atLeast)
        let approx = builder.build([fact("150404", 300, qualifier: .atLeast), fact("150402", 200, qualifier: .approx)])
        XCTAssertEqual(approx.total(code: "150400", metric: "opinions_collected")?.qualifier, .approx)
        let exact = builder.build([fact("150404", 300), fact("150402", 200)])
        XCTAssertEqual(exact.total(code: "150400", metric: "opinions_collected")?.qualifier, .exact)
    }

    func testRatesTargetsAndPerUnitFiguresAreNeverSummed() {
        let facts = [fact("150404", 95, metric: "rate", unit: "%"),
                     fact("150404", 1000, status: .target),
                     fact("150404", 5000, metric: "funds", unit: "元", status: .perUnit),
                     fact("150404", 7)]
        let totals = builder.build(facts)
        XCTAssertNil(totals.total(code: "150404", metric: "rate"))
        XCTAssertNil(totals.total(code: "150404", metric: "funds"))
        XCTAssertEqual(totals.total(code: "150404", metric: "opinions_collected")?.value, 7)
    }

    func testOtherFiguresAreNeverTotalledAndUnitsNeverMixed() {
        let totals = builder.build([fact("150404", 3, metric: "other", unit: "公里"),
                                    fact("150404", 4, metric: "other", unit: "公里"),
                                    fact("150404", 5, metric: "funds", unit: "元"),
                                    fact("150404", 6, metric: "funds", unit: "美元")])
        XCTAssertNil(totals.total(code: "150404", metric: "other"))
        let funds = totals.totals.filter { $0.region.code == "150404" && $0.metric == "funds" }
        XCTAssertEqual(funds.map(\.unit), ["元", "美元"])
        XCTAssertEqual(funds.map(\.value), [5, 6])
    }

    func testFiguresWithoutRegionAreListedAsUnattributed() {
        let totals = builder.build([fact("", 12), fact("150404", 3), fact("999999", 1)])
        XCTAssertEqual(totals.unattributed, [0, 2])
    }

    func testStatedFigureSmallerThanAPartCannotBeTheWholeArea() {
        let facts = [fact("150400", 100, scope: .wholeArea), fact("150404", 300, scope: .wholeArea)]
        let city = builder.build(facts).total(code: "150400", metric: "opinions_collected")
        XCTAssertEqual(city?.value, 300)
        XCTAssertEqual(city?.basis, .sumOfParts)
        XCTAssertEqual(city?.setAside, [0])
    }
}

final class CountingUnitsTests: XCTestCase {
    func testClassifiersOfOneMetricAddUpButPersonTimesStayApart() {
        let builder = TotalsBuilder(directory: FixtureDirectory())
        let totals = builder.build([fact("150404", 300, unit: "条"), fact("150402", 200, unit: "件"),
                                    fact("150404", 5, metric: "people_served", unit: "人"),
                                    fact("150404", 7, metric: "people_served", unit: "名"),
                                    fact("150404", 9, metric: "people_served", unit: "人次"),
                                    fact("150404", 2, metric: "policies", unit: "个"),
                                    fact("150404", 3, metric: "policies", unit: "项")])
        XCTAssertEqual(totals.total(code: "150400", metric: "opinions_collected")?.value, 500)
        XCTAssertEqual(totals.total(code: "150400", metric: "opinions_collected")?.unit, "条")
        let served = totals.totals.filter { $0.region.code == "150404" && $0.metric == "people_served" }
        XCTAssertEqual(served.map(\.unit), ["人", "人次"])
        XCTAssertEqual(served.map(\.value), [12, 9])
        XCTAssertEqual(totals.total(code: "150404", metric: "policies")?.value, 5)
    }
}
