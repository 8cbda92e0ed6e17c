import XCTest
import Foundation
import HuizongLayout
import HuizongPlaces
import TestSupport
@testable import HuizongPipeline

/// A section that lists only a few of its figures shows several metrics, not the largest of one.
final class ShortListingTests: XCTestCase {
    func testAShortListTakesTheLargestOfEachMetricInTurn() throws {
        var config = BriefConfig()
        config.factsPerRegion = 3
        let gazetteer = try Gazetteer.bundled()
        let extraction = try Extractor(gazetteer: gazetteer, config: config).run(inputs: [ProjectPaths.seeds.path], jobs: 2)
        let build = try BriefBuild(config: config, gazetteer: gazetteer, fontsDirectory: ProjectPaths.fonts)
        let content = build.content(extraction, totals: build.totals(extraction))
        let section = try XCTUnwrap(content.sections.first { $0.title == "赤峰市" })
        let listing = try XCTUnwrap(section.blocks.compactMap { block -> Table? in
            if case .table(let t) = block, t.columns.contains(where: { $0.header == "原文" }) { t } else { nil }
        }.first)
        XCTAssertEqual(listing.rows.count, 3)
        XCTAssertEqual(Set(listing.rows.map { $0[0] }).count, 3, "three metrics: \(listing.rows.map { $0[0] })")
        XCTAssertTrue(section.blocks.contains { if case .note(let n) = $0 { n.contains("facts.csv") } else { false } })
    }
}
