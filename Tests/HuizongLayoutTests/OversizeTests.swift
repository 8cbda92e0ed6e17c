import HuizongLayout
import XCTest

/// Content larger than the page or than a Double's exact integers (issue 13): laid out, never looped on or trapped.
final class OversizeTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer(), pageSize: .a5)

    /// One quote of 800 characters in a narrow column needs more lines than a page holds: the row
    /// is split over pages (it once made pagination add pages until memory ran out).
    func testARowTallerThanAPageIsSplitAcrossPages() {
        let quote = "赤峰市" + String(repeating: "群众", count: 400) + "解决问题100件。"
        let table = Table(columns: [TableColumn(header: "数字", weight: 1), TableColumn(header: "原文", weight: 1)],
                          rows: [["100件", quote], ["5条", "短句"]])
        let content = LayoutFixtures.brief([BriefSection(title: "赤峰市", level: 1, anchor: "s", blocks: [.table(table)])])
        let pages = layout.layout(content)
        XCTAssertLessThan(pages.count, 20)
        let body = pages.flatMap(\.textRuns).map { FigureGlue.strip($0.text) }
        // The quote's lines: text of its characters only, less the figure cell and the headings (赤峰市).
        let shown = body.filter { $0.allSatisfy { "赤峰市群众解决问题100件。".contains($0) } && $0 != "100件" && $0 != "赤峰市" }.joined()
        XCTAssertEqual(shown, quote, "every line of the quote is shown, once, in order")
        XCTAssertTrue(body.contains("短句"), "the next row follows")
        for page in pages {
            for run in page.textRuns { XCTAssertLessThanOrEqual(run.origin.y + run.lineHeight, page.size.height) }
        }
    }

    /// 一万亿亿亿条 is 10²⁸: past Int, where the tick labels once trapped.
    func testAxisOfA28DigitValueHasExactLabels() {
        let scale = AxisScale(largest: 1e28, unit: "条")
        XCTAssertEqual(scale.labels.last, "100000000000000000000亿")
        XCTAssertEqual(scale.labels.count, scale.ticks.count)
        XCTAssertFalse(scale.labels.contains { $0.contains("8192") || $0.contains("e") }, "\(scale.labels)")
        XCTAssertGreaterThanOrEqual(scale.maximum, 1e28)
        let huge = AxisScale(largest: 3e150, unit: "元")
        XCTAssertTrue(huge.labels.last?.hasPrefix("3") ?? false, "\(huge.labels)")
        XCTAssertEqual(huge.labels.last?.count, 151 - 8 + 1, "all digits, in 亿")
    }

    func testChartOfA28DigitValueKeepsItsBarInThePlot() {
        let chart = BarChart(title: "征求意见建议", id: "opinions", unit: "条",
                             bars: [Bar(label: "赤峰市", value: 1e28, display: "100000000000000000000亿条"),
                                    Bar(label: "通辽市", value: 5, display: "5条")],
                             color: 0x154360, source: "来源")
        let frame = layout.chartFrame(chart, width: 400)
        let bars = frame.items.compactMap { item -> Rect? in
            if case .rect(let fill) = item, fill.rect.height == 11, fill.rect.x == frame.plotArea.x { return fill.rect } else { return nil }
        }
        XCTAssertEqual(bars.count, 2)
        XCTAssertEqual(bars[0].width, frame.plotArea.width, accuracy: 0.5, "the largest bar reaches the axis end")
        XCTAssertGreaterThanOrEqual(bars[1].width, 0)
    }
}
