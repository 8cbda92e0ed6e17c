import XCTest
import Foundation
import HuizongLayout
import HuizongPlaces
import TestSupport
@testable import HuizongPipeline

/// Figures are cited by their article's title and date, with document:line beside them (issue 18).
final class ArticleCitationTests: XCTestCase {
    func testAFigureIsCitedByItsArticlesTitleAndDate() throws {
        let folder = try CommandRunner.temporaryFolder("huizong-cite")
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = "倾心为民办实事 一点一滴总关情\n2021年6月8日 来源：赤峰日报\n赤峰市红山区各级党组织征求意见建议1200条。\n"
        try Data(article.utf8).write(to: folder.appendingPathComponent("report.txt"))
        let note = "赤峰市松山区征求意见建议300条，办结率98%。\n"
        try Data(note.utf8).write(to: folder.appendingPathComponent("note.txt"))
        let gazetteer = try Gazetteer.bundled()
        let extraction = try Extractor(gazetteer: gazetteer, config: BriefConfig()).run(inputs: [folder.path], jobs: 1)
        let build = try BriefBuild(config: BriefConfig(), gazetteer: gazetteer, fontsDirectory: ProjectPaths.fonts)
        let content = build.content(extraction, totals: build.totals(extraction))
        let sources = content.sections.flatMap(\.blocks).flatMap { block -> [String] in
            guard case .table(let table) = block, let column = table.columns.firstIndex(where: { $0.header == "出处" }),
                  table.columns.contains(where: { $0.header == "原文" }) else { return [] }
            return table.rows.map { $0[column] }
        }
        XCTAssertTrue(sources.contains("《倾心为民办实事 一点一滴总关情》 2021年6月8日\nreport.txt:3"), "\(sources)")
        // An article whose first line is a sentence has no title: its figures keep document:line alone.
        XCTAssertTrue(sources.contains("note.txt:1"), "\(sources)")
    }
}
