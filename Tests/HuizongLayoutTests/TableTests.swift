import HuizongLayout
import XCTest

final class TableTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer())

    private func table(rows: Int) -> Table {
        Table(columns: [TableColumn(header: "地区", weight: 3),
                        TableColumn(header: "投入资金", alignment: .trailing, weight: 1)],
              rows: (0..<rows).map { ["内蒙古自治区 › 赤峰市 › 松山区第\($0)组团", "\($0).5亿元"] })
    }

    func testHeaderRepeatsWithContinuedLabelOnEveryPage() {
        let content = LayoutFixtures.brief([
            BriefSection(title: "分地区汇总", level: 1, anchor: "t", blocks: [.table(table(rows: 120))]),
        ])
        let pages = layout.layout(content)
        let first = pages.firstIndex { $0.destinations.contains("t") }!
        let tablePages = Array(pages[first...])
        XCTAssertGreaterThan(tablePages.count, 2)
        XCTAssertEqual(tablePages[0].runs("投入资金").count, 1)
        XCTAssertEqual(tablePages[0].runs("分地区汇总（续）").count, 0)
        for page in tablePages.dropFirst() {
            XCTAssertEqual(page.runs("投入资金").count, 1, "header repeated")
            XCTAssertEqual(page.runs("分地区汇总（续）").count, 1, "continued caption")
            let header = page.runs("投入资金")[0]
            let caption = page.runs("分地区汇总（续）")[0]
            XCTAssertLessThan(caption.origin.y, header.origin.y)
            // The header sits above every row on the page.
            for run in page.textRuns where run.text.contains("亿") {
                XCTAssertGreaterThan(run.origin.y, header.origin.y)
            }
        }
        // Every row appears exactly once.
        let amounts = tablePages.flatMap(\.textRuns).map { FigureGlue.strip($0.text) }.filter { $0.hasSuffix("亿元") }
        XCTAssertEqual(amounts, (0..<120).map { "\($0).5亿元" })
    }

    func testCellTextWrapsWithinItsColumn() {
        var long = table(rows: 3)
        long.rows[1][0] = String(repeating: "呼和浩特市赛罕区", count: 8)
        let content = LayoutFixtures.brief([BriefSection(title: "表", level: 1, anchor: "t", blocks: [.table(long)])])
        let page = layout.layout(content).first { $0.destinations.contains("t") }!
        let columnWidth = layout.textWidth * 3 / 4
        let wrapped = page.textRuns.filter { $0.text.hasPrefix("呼") || $0.text.hasPrefix("和") || $0.text.contains("赛罕") }
        XCTAssertGreaterThan(wrapped.count, 1)
        for run in wrapped {
            let measured = FixedWidthMeasurer().width(of: run.text, font: run.font)
            XCTAssertLessThanOrEqual(run.origin.x - layout.style.marginLeft + measured, columnWidth + 0.01)
        }
        // The amount column stays right-aligned in its own column.
        let amount = page.runs("1.5亿元")[0]
        XCTAssertEqual(amount.alignment, .trailing)
        XCTAssertGreaterThanOrEqual(amount.origin.x, layout.style.marginLeft + columnWidth)
    }

    /// A figure glued to its unit wider than the column its weight gives it widens that column,
    /// taken from a column with room to spare, rather than breaking between digits and unit.
    func testAColumnWidensToItsWidestFigureInsteadOfBreakingIt() throws {
        let figure = "≥5万亿元"
        let table = Table(columns: [TableColumn(header: "地区", weight: 6),
                                    TableColumn(header: "数值", alignment: .trailing, weight: 0.3)],
                          rows: [["赤峰市", figure], ["松山区", "5亿元"]])
        let content = LayoutFixtures.brief([BriefSection(title: "表", level: 1, anchor: "t", blocks: [.table(table)])])
        let page = layout.layout(content).first { $0.destinations.contains("t") }!
        let run = try XCTUnwrap(page.runs(figure).first, "the figure is one line: \(page.textRuns.map(\.text))")
        let measured = FixedWidthMeasurer().width(of: run.text, font: run.font)
        XCTAssertLessThanOrEqual(measured, run.width + 0.01, "and fits its cell")
        // The name column gave up the room: its right edge is the value column's left edge.
        let name = page.runs("赤峰市")[0]
        XCTAssertLessThan(name.width, layout.textWidth * 6 / 6.3 - 2 * layout.style.tableCellPaddingX)
        XCTAssertGreaterThanOrEqual(run.origin.x + 0.01, name.origin.x + name.width + 2 * layout.style.tableCellPaddingX)
    }

    /// Columns without such a figure keep the widths of their weights.
    func testColumnsKeepTheirWeightsWhenEveryPieceFits() {
        let table = Table(columns: [TableColumn(header: "地区", weight: 3),
                                    TableColumn(header: "数值", alignment: .trailing, weight: 1)],
                          rows: [["赤峰市", "5亿元"]])
        let content = LayoutFixtures.brief([BriefSection(title: "表", level: 1, anchor: "t", blocks: [.table(table)])])
        let page = layout.layout(content).first { $0.destinations.contains("t") }!
        let value = page.runs("5亿元")[0]
        XCTAssertEqual(value.width, layout.textWidth / 4 - 2 * layout.style.tableCellPaddingX, accuracy: 0.001)
    }
}
