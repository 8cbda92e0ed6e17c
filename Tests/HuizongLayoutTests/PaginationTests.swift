import HuizongLayout
import XCTest

final class PaginationTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer())

    func testLevelOneSectionsStartNewPagesAndLongTextFlows() {
        let content = LayoutFixtures.brief([
            BriefSection(title: "总体情况", level: 1, anchor: "a", blocks: [LayoutFixtures.paragraph(40)]),
            BriefSection(title: "分项情况", level: 1, anchor: "b", blocks: [LayoutFixtures.paragraph(1)]),
        ])
        let pages = layout.layout(content)
        let pageOfA = pages.firstIndex { $0.destinations.contains("a") }!
        let pageOfB = pages.firstIndex { $0.destinations.contains("b") }!
        XCTAssertGreaterThan(pageOfB, pageOfA + 1, "40 sentences should run over a page")
        // The section heading is the first thing on its page below the running header.
        let headingRun = pages[pageOfB].runs("分项情况").first!
        XCTAssertEqual(headingRun.origin.y, layout.style.marginTop, accuracy: 0.01)
        // Nothing below the bottom margin except the footer.
        for page in pages.dropFirst() {
            let footerY = page.size.height - layout.style.marginBottom
            for run in page.textRuns where !run.text.hasPrefix("第 ") {
                XCTAssertLessThanOrEqual(run.frame.maxY, footerY + 0.01, "\(run.text) runs into the bottom margin")
            }
        }
    }

    func testHeadingIsNeverLeftAloneAtPageFoot() {
        // Fill the page so that a level-2 heading falls at the very bottom, for many fill levels.
        for fill in 1...30 {
            let content = LayoutFixtures.brief([
                BriefSection(title: "总体情况", level: 1, anchor: "a",
                             blocks: Array(repeating: .note(String(repeating: "注", count: 10)), count: fill)
                                 + [LayoutFixtures.paragraph(3)]),
                BriefSection(title: "资金投入", level: 2, anchor: "b", blocks: [LayoutFixtures.paragraph(3)]),
            ])
            let pages = layout.layout(content)
            let index = pages.firstIndex { $0.destinations.contains("b") }!
            let heading = pages[index].runs("资金投入")[0]
            // Some body text follows the heading on the same page.
            let below = pages[index].textRuns.filter {
                $0.origin.y > heading.origin.y && $0.font == layout.style.body
            }
            XCTAssertGreaterThanOrEqual(below.count, 2, "heading left alone at fill \(fill)")
        }
    }

    func testWordJoinersKeepFiguresWithUnits() {
        XCTAssertEqual(FigureGlue.bind("投入57.9亿元，"), "投入57.9\u{2060}亿\u{2060}元，")
        XCTAssertEqual(FigureGlue.bind("留言2.8万余条"), "留言2.8\u{2060}万\u{2060}余\u{2060}条")
        XCTAssertEqual(FigureGlue.bind("≥57.9亿元"), "≥\u{2060}57.9\u{2060}亿\u{2060}元")
        XCTAssertEqual(FigureGlue.bind("万元户"), "万元户", "units without a number stay free")
        // Whatever the width, no line ends inside a figure.
        let measurer = FixedWidthMeasurer()
        let text = FigureGlue.bind(String(repeating: "全市投入资金57.9亿元，诉求1459件。", count: 6))
        for width in stride(from: 60.0, through: 200, by: 7) {
            for line in measurer.lines(of: text, font: FontSpec(size: 10), width: width) {
                let plain = FigureGlue.strip(line.text)
                XCTAssertFalse(plain.hasPrefix("亿") || plain.hasPrefix("元") || plain.hasPrefix("件"), plain)
                XCTAssertFalse(plain.hasSuffix("57.9") || plain.hasSuffix("1459"), plain)
            }
        }
    }
}

final class ParagraphTests: XCTestCase {
    func testLineBreaksInTextStartNewParagraphs() {
        let layout = BriefLayout(measurer: FixedWidthMeasurer())
        let content = LayoutFixtures.brief([
            BriefSection(title: "总体情况", level: 1, anchor: "a", blocks: [.paragraph("  第一段。\n\n\u{3000}第二段。 ")]),
        ])
        let page = layout.layout(content).first { $0.destinations.contains("a") }!
        let body = page.textRuns.filter { $0.font == layout.style.body }.map { FigureGlue.strip($0.text) }
        XCTAssertEqual(body, ["\u{3000}\u{3000}第一段。", "\u{3000}\u{3000}第二段。"])
        XCTAssertTrue(page.textRuns.filter { $0.font == layout.style.body }.allSatisfy { $0.alignment == .leading })
    }
}
