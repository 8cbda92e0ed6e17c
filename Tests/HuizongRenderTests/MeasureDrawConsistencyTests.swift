import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class MeasureDrawConsistencyTests: XCTestCase {
    /// Every justified line, set alone at its box width, stays one line: the drawing step then
    /// justifies exactly the line layout chose (no silent re-breaking or fallback).
    func testJustifiedLinesOfSeedArticlesStayWhole() throws {
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        var blocks: [Block] = []
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            blocks.append(.paragraph(text))
        }
        var content = SampleBrief.content()
        content.sections = [BriefSection(title: "样稿", level: 1, anchor: "seeds", blocks: blocks)]
        let pages = BriefLayout(measurer: renderer.measurer).layout(content)
        var justified = 0
        for run in pages.flatMap(\.textRuns) where run.alignment == .justified {
            justified += 1
            let plain = FigureGlue.strip(run.text)
            XCTAssertEqual(renderer.measurer.lines(of: plain, font: run.font, width: run.width + 0.01).count, 1, plain)
            XCTAssertLessThanOrEqual(renderer.measurer.width(of: plain, font: run.font), run.width + 0.01, plain)
        }
        XCTAssertGreaterThan(justified, 100)
    }
}
