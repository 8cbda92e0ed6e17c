import HuizongLayout
import XCTest

final class ContentsTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer())

    private func content() -> BriefContent {
        LayoutFixtures.brief((1...6).flatMap { index in [
            BriefSection(title: "第\(index)章", level: 1, anchor: "c\(index)",
                         blocks: [LayoutFixtures.paragraph(index * 9)]),
            BriefSection(title: "第\(index)章第一节", level: 2, anchor: "c\(index)s",
                         blocks: [LayoutFixtures.paragraph(5)]),
        ] })
    }

    func testContentsPageNumbersAreThePagesWhereHeadingsLand() {
        let pages = layout.layout(content())
        XCTAssertTrue(pages[1].runs("目录").count >= 1, "contents follow the cover")
        for index in 1...6 {
            for (title, anchor) in [("第\(index)章", "c\(index)"), ("第\(index)章第一节", "c\(index)s")] {
                let landing = pages.firstIndex { $0.destinations.contains(anchor) }! + 1
                // The entry: its title run and the number run on the same line of a contents page.
                let contents = pages[1]
                let titleRun = contents.runs(title).first!
                let numberRun = contents.textRuns.first {
                    $0.alignment == .trailing && abs($0.origin.y - titleRun.origin.y) < 0.01
                }!
                XCTAssertEqual(numberRun.text, String(landing), "\(title) lands on page \(landing)")
                // The entry links to the heading.
                let links = contents.items.compactMap { item -> Link? in
                    if case .link(let link) = item, link.destination == anchor { return link } else { return nil }
                }
                XCTAssertEqual(links.count, 1)
                XCTAssertTrue(links[0].rect.contains(titleRun.frame.offsetBy(dx: 0, dy: 0), tolerance: 0.5))
            }
        }
    }

    func testFooterCountsAllPagesAndHeaderNamesSection() {
        let pages = layout.layout(content())
        XCTAssertTrue(pages[0].runs("第 1 页 / 共 \(pages.count) 页").isEmpty, "the cover has no footer")
        for (index, page) in pages.enumerated().dropFirst() {
            XCTAssertEqual(page.runs("第 \(index + 1) 页 / 共 \(pages.count) 页").count, 1)
        }
        let chapter3 = pages.firstIndex { $0.destinations.contains("c3") }!
        // The running header shows the current level-1 section on the section's pages.
        XCTAssertEqual(pages[chapter3].runs("第3章").count, 2, "heading and running header")
        XCTAssertEqual(pages[chapter3 + 1].runs("第3章").count, 1, "running header on the next page")
    }

    func testOutlineHasBothLevelsInOrder() {
        let outline = layout.layout(content()).flatMap(\.outline)
        XCTAssertEqual(outline.first?.title, "目录")
        XCTAssertEqual(outline.dropFirst().map(\.destination), (1...6).flatMap { ["c\($0)", "c\($0)s"] })
        XCTAssertEqual(outline.dropFirst().map(\.level), Array(repeating: [1, 2], count: 6).flatMap { $0 })
    }

    func testManyEntriesMakeSeveralContentsPages() {
        let sections = (1...80).map {
            BriefSection(title: "第\($0)节", level: 2, anchor: "n\($0)", blocks: [LayoutFixtures.paragraph(1)])
        }
        let pages = layout.layout(LayoutFixtures.brief(sections))
        let contentsPages = pages.prefix { !$0.destinations.contains("n1") }.dropFirst()
        XCTAssertGreaterThan(contentsPages.count, 1)
        let landing = pages.firstIndex { $0.destinations.contains("n80") }! + 1
        let last = contentsPages.last!
        let titleRun = last.runs("第80节").first!
        let number = last.textRuns.first { $0.alignment == .trailing && abs($0.origin.y - titleRun.origin.y) < 0.01 }
        XCTAssertEqual(number?.text, String(landing))
    }
}

final class RunningHeaderTests: XCTestCase {
    func testLongTitlesAreShortenedToFitTheHeader() {
        let layout = BriefLayout(measurer: FixedWidthMeasurer())
        var content = LayoutFixtures.brief([
            BriefSection(title: String(repeating: "长", count: 60), level: 1, anchor: "a", blocks: [LayoutFixtures.paragraph(2)]),
        ])
        content.title = String(repeating: "题", count: 80)
        let pages = layout.layout(content)
        let page = pages.first { $0.destinations.contains("a") }!
        let header = page.textRuns.filter { $0.font == layout.style.furniture && $0.origin.y < layout.style.marginTop }
        XCTAssertEqual(header.count, 2)
        let measurer = FixedWidthMeasurer()
        let spans = header.map { run -> (Double, Double) in
            let w = measurer.width(of: run.text, font: run.font)
            let x = run.alignment == .trailing ? run.origin.x + run.width - w : run.origin.x
            return (x, x + w)
        }.sorted { $0.0 < $1.0 }
        XCTAssertTrue(header.allSatisfy { $0.text.hasSuffix("…") })
        XCTAssertLessThan(spans[0].1, spans[1].0, "title and section do not collide")
        XCTAssertGreaterThanOrEqual(spans[0].0, layout.style.marginLeft - 0.01)
        XCTAssertLessThanOrEqual(spans[1].1, page.size.width - layout.style.marginRight + 0.01)
    }
}
