import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

/// No English word, and no figure with its unit, is broken inside a table cell (issue 18): the
/// English brief showed "1.75 million house|holds", where no-break spaces made the whole value one
/// piece wider than its column and Pango fell back to a break between letters.
final class EnglishCellBreakTests: XCTestCase {
    let nbsp = "\u{00A0}"

    /// Cells shaped like the English brief's, in columns whose weights leave the value column far
    /// narrower than its longest value.
    func table() -> Table {
        let values = ["1.19", "4.64", "≥887,122", "128.34"].enumerated().map { n, number in
            number + nbsp + (n % 2 == 0 ? "million" + nbsp : "") + ["households", "person-\u{2060}times", "households", "yuan"][n]
        }
        return Table(columns: [TableColumn(header: "Metric", weight: 1),
                               TableColumn(header: "Value", alignment: .trailing, weight: 0.6),
                               TableColumn(header: "Basis", weight: 2.5),
                               TableColumn(header: "Quote", weight: 3)],
                     rows: values.map { value in
                         [value.hasSuffix("yuan") ? "Funds" : "Households helped and people served", value,
                          "sum of parts (stated 3.39" + nbsp + "million" + nbsp + "yuan); set aside: smaller stated 3, repeats 2",
                          "全市累计办结群众诉求9.7万件，帮助困难家庭1.19万户"]
                     })
    }

    func testNoLineOfATableCellEndsInsideAWordOrFigure() throws {
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        var content = SampleBrief.content()
        content.sections = [BriefSection(title: "Regions", level: 1, anchor: "t", blocks: [.table(table())])]
        let layout = BriefLayout(measurer: renderer.measurer, style: .english)
        let page = try XCTUnwrap(layout.layout(content).first { $0.textRuns.contains { $0.text.contains("Households") } })
        let cells = [["Regions", "Metric", "Value", "Basis", "Quote"]] + table().rows
        // The pieces a line may end after: text split at ordinary spaces (a no-break space and a
        // word joiner keep their neighbours together). Chinese may break between characters.
        let pieces = Set(cells.flatMap { $0 }.flatMap { FigureGlue.strip($0).split(separator: " ").map(String.init) })
        var checked = 0
        for run in page.textRuns {
            let text = FigureGlue.strip(run.text)
            guard text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) else { continue }
            for piece in text.split(separator: " ") where piece.unicodeScalars.allSatisfy({ $0.value < 0x2E80 }) {
                checked += 1
                XCTAssertTrue(pieces.contains(String(piece)), "“\(piece)” is part of a word or figure: line “\(text)”")
            }
            // Each line fits its cell, so no column runs into the next.
            XCTAssertLessThanOrEqual(renderer.measurer.width(of: text, font: run.font), run.width + 0.01, text)
        }
        XCTAssertGreaterThan(checked, 20)
        for value in table().rows.map({ FigureGlue.strip($0[1]) }) {
            XCTAssertEqual(page.textRuns.filter { FigureGlue.strip($0.text) == value }.count, 1, "\(value) on one line")
        }
    }
}
