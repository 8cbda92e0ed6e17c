import HuizongLayout
import XCTest

/// Page 1 as a summary and headings kept with their tables (issue 18).
final class SummaryLayoutTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer())

    func testCoverShowsThePeriodTheTotalsAndTheLead() {
        var content = LayoutFixtures.brief([])
        content.keyNumbers = [KeyNumber(label: "征集意见建议合计", value: "≥9.48万条"), KeyNumber(label: "资金合计", value: "59.19亿元")]
        content.period = "统计时段：2021年3月至9月"
        content.lead = ["共有4个省级地区报告了可汇总的数字。资金合计59.19亿元，以赤峰市最多。"]
        let cover = layout.layout(content)[0]
        let text = cover.textRuns.map { FigureGlue.strip($0.text) }.joined()
        XCTAssertTrue(text.contains("统计时段：2021年3月至9月"), text)
        XCTAssertTrue(text.contains("征集意见建议合计") && text.contains("≥9.48万条"), text)
        XCTAssertTrue(text.contains("以赤峰市最多"), text)
        // The lead sits below the key numbers and above the organisation at the foot.
        let lead = cover.textRuns.first { FigureGlue.strip($0.text).hasPrefix("共有") }!
        let number = cover.runs("59.19亿元").first!
        let organisation = cover.runs("赤峰市").last!
        XCTAssertGreaterThan(lead.origin.y, number.origin.y)
        XCTAssertLessThan(lead.frame.maxY, organisation.origin.y)
    }

    func testEveryKeyNumberStaysOnOneLine() {
        var content = LayoutFixtures.brief([])
        content.keyNumbers = (0..<10).map { KeyNumber(label: "Households helped, in all", value: "≥14,20\($0)\u{00A0}households") }
        let cover = layout.layout(content)[0]
        for number in content.keyNumbers {
            XCTAssertEqual(cover.runs(number.value).count, 1, "\(number.value) broke over lines")
        }
    }

    func testAHeadingAndItsNotesNeverEndAPageWithoutTheirTable() {
        let table = Table(columns: [TableColumn(header: "指标"), TableColumn(header: "数值", alignment: .trailing)],
                          rows: [["资金", "57.9亿元"], ["民生实事", "20件"]])
        for fill in 1...40 {
            let content = LayoutFixtures.brief([
                BriefSection(title: "总体情况", level: 1, anchor: "a", blocks: [LayoutFixtures.paragraph(fill)]),
                BriefSection(title: "赤峰市", level: 3, anchor: "b",
                             blocks: [.note("内蒙古自治区 › 赤峰市（150400）"), .note("本节合计依据 6 个数字。"), .table(table)]),
            ])
            let pages = layout.layout(content)
            let page = pages.first { $0.destinations.contains("b") }!
            XCTAssertFalse(page.runs("指标").isEmpty, "the heading ends a page at fill \(fill)")
            XCTAssertFalse(page.runs("本节合计依据 6 个数字。").isEmpty, "the note left the heading at fill \(fill)")
        }
    }

    func testLowerBoundAndApproximateBarsDoNotLookExact() {
        let chart = LayoutFixtures.chart([("赤峰市", 57.9, "57.90"), ("锡林郭勒盟", 20, "≥20.00"), ("呼和浩特市", 10, "≈10.00")])
        let items = layout.chartFrame(chart, width: 480).items
        let dashed = items.compactMap { if case .line(let l) = $0, !l.dash.isEmpty, l.color == Color(rgb: chart.color) { l } else { nil } }
        XCTAssertEqual(dashed.count, 1, "one open end, for the ≥ bar")
        // Dashed lines are drawn with round caps, each adding half the line's width at both ends of a
        // dash: the gaps must be wider than the line, or the open end draws as one solid piece.
        let gaps = stride(from: 1, to: dashed[0].dash.count, by: 2).map { dashed[0].dash[$0] }
        XCTAssertTrue(gaps.allSatisfy { $0 > dashed[0].lineWidth }, "gaps \(gaps) close up at width \(dashed[0].lineWidth)")
        let openLength = dashed[0].to.x - dashed[0].from.x
        XCTAssertGreaterThan(openLength, 2 * (dashed[0].dash.reduce(0, +)), "at least two gaps show")
        let bars = items.compactMap { if case .rect(let r) = $0, r.rect.height == 11 { r } else { nil } }
        let pale = bars.filter { $0.color != Color(rgb: chart.color) }
        XCTAssertEqual(pale.count, 1, "one pale end, for the ≈ bar")
        // Paler: each channel between the bar's colour and white.
        XCTAssertGreaterThan(pale[0].color.red + pale[0].color.green + pale[0].color.blue,
                             Color(rgb: chart.color).red + Color(rgb: chart.color).green + Color(rgb: chart.color).blue)
        // The ≥ bar's label starts past its open end.
        let label = items.compactMap { if case .text(let t) = $0, FigureGlue.strip(t.text) == "≥20.00" { t } else { nil } }.first!
        XCTAssertGreaterThan(label.origin.x, dashed[0].to.x)
    }

    func testPrefecturesAppearInContentsAndOutlineUnderTheirProvince() {
        let content = LayoutFixtures.brief([
            BriefSection(title: "各地区情况", level: 1, anchor: "regions", blocks: []),
            BriefSection(title: "内蒙古自治区", level: 2, anchor: "region-150000", blocks: [LayoutFixtures.paragraph(1)]),
            BriefSection(title: "赤峰市", level: 3, anchor: "region-150400", blocks: [LayoutFixtures.paragraph(1)]),
        ])
        let pages = layout.layout(content)
        let contents = pages[1]
        let province = contents.runs("内蒙古自治区").first!, prefecture = contents.runs("赤峰市").first!
        XCTAssertGreaterThan(prefecture.origin.x, province.origin.x, "a prefecture is indented under its province")
        let outline = pages.flatMap(\.outline)
        XCTAssertEqual(outline.first { $0.title == "赤峰市" }?.level, 3)
    }
}
