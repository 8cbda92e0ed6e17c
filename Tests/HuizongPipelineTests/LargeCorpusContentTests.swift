import XCTest
import Foundation
import HuizongLayout
import HuizongPlaces
import TestSupport
@testable import HuizongPipeline

/// What the brief says about a corpus too large to list whole.
final class LargeCorpusContentTests: XCTestCase {
    /// 210 reports with a region and a figure, and 4 notes with neither.
    func corpus() throws -> URL {
        let folder = try CommandRunner.temporaryFolder("huizong-many")
        for i in 0..<210 {
            try Data("赤峰市红山区第\(i + 1)场宣讲会征求意见建议\(100 + i)条。".utf8)
                .write(to: folder.appendingPathComponent(String(format: "report%03d.txt", i)))
        }
        for i in 0..<4 {
            try Data("今天的会议开得很好，大家都很满意。".utf8).write(to: folder.appendingPathComponent("note\(i).txt"))
        }
        return folder
    }

    func testTheAppendixListsOnlyTheDocumentsThatNeedALookAndPointsToTheManifest() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gazetteer = try Gazetteer.bundled()
        let extraction = try Extractor(gazetteer: gazetteer, config: BriefConfig()).run(inputs: [folder.path], jobs: 2)
        XCTAssertEqual(extraction.documents.count, 214)
        let build = try BriefBuild(config: BriefConfig(), gazetteer: gazetteer, fontsDirectory: ProjectPaths.fonts)
        let content = build.content(extraction, totals: build.totals(extraction))
        let section = try XCTUnwrap(content.sections.first { $0.anchor == "appendix-documents" })
        guard case .note(let note)? = section.blocks.first, case .table(let table)? = section.blocks.last else {
            return XCTFail("expected a note and a table: \(section.blocks)")
        }
        XCTAssertTrue(note.contains("214") && note.contains("manifest.json"), note)
        XCTAssertEqual(table.rows.map { $0[0] }, ["note0.txt", "note1.txt", "note2.txt", "note3.txt"])
    }
}
