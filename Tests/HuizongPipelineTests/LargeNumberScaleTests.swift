import XCTest
import Foundation
import HuizongFacts
@testable import HuizongPipeline

/// Totals of a trillion yuan and more read as 万亿 / trillion, one scale per column still (issue 18).
final class LargeNumberScaleTests: XCTestCase {
    let trillions = Decimal(string: "2630781000000")!

    func testAColumnReachingOneWanYiIsWrittenInWanYi() {
        let scale = ColumnScale(largest: [trillions, 5_790_000_000], language: .zh)
        XCTAssertEqual(scale.unit("元"), "万亿元")
        XCTAssertEqual(scale.cell(trillions, qualifier: .exact), "2.63")
        XCTAssertEqual(scale.cell(5_790_000_000, qualifier: .atLeast), "≥0.01", "the same scale for every cell")
        // Below 1万亿 the column stays in 亿.
        XCTAssertEqual(ColumnScale(largest: [Decimal(string: "999999000000")!], language: .zh).unit("元"), "亿元")
    }

    /// A 合计 of 万亿 over rows of 亿 keeps the column in 亿: the rows would all read 0.0x.
    func testOnlyARowOfWanYiPutsAColumnInWanYi() {
        let rows: [Decimal] = [62_687_000_000, 127_058_000_000]
        let scale = ColumnScale(largest: rows, total: trillions, language: .zh)
        XCTAssertEqual(scale.unit("元"), "亿元")
        XCTAssertEqual(scale.cell(62_687_000_000, qualifier: .exact), "626.87")
        XCTAssertEqual(scale.cell(trillions, qualifier: .exact), "26307.81")
        XCTAssertEqual(ColumnScale(largest: rows, total: trillions, language: .en).unit("元"), "billion yuan")
        // A 合计 still lifts a column of small rows to 万 or 亿, as before.
        XCTAssertEqual(ColumnScale(largest: [9_000], total: 12_000, language: .zh).unit("条"), "万条")
    }

    func testEnglishSaysTrillion() {
        let scale = ColumnScale(largest: [trillions], language: .en)
        XCTAssertEqual(scale.unit("元"), "trillion yuan")
        XCTAssertEqual(scale.cell(trillions, qualifier: .approx), "≈2.63")
        let numbers = BriefNumbers(language: .en)
        XCTAssertEqual(numbers.format(trillions, unit: "元"), "2.63\u{00A0}trillion\u{00A0}yuan")
        XCTAssertEqual(numbers.format(5_790_000_000, unit: "元"), "5.79\u{00A0}billion\u{00A0}yuan")
        XCTAssertEqual(BriefNumbers(language: .zh).format(trillions, unit: "元", qualifier: .atLeast), "≥2.63万亿元")
    }
}
