import XCTest
import Foundation
import HuizongLayout
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import TestSupport
@testable import HuizongPipeline

/// What the seeds' brief says, read as its reader would (issue 18).
final class BriefStructureTests: XCTestCase {
    nonisolated(unsafe) static var cached: (BriefContent, RegionTotals)?

    func seedsBrief() throws -> (content: BriefContent, totals: RegionTotals) {
        if let cached = Self.cached { return cached }
        var config = BriefConfig()
        config.period = "2021年3月至9月"
        let gazetteer = try Gazetteer.bundled()
        let extraction = try Extractor(gazetteer: gazetteer, config: config).run(inputs: [ProjectPaths.seeds.path], jobs: 2)
        let build = try BriefBuild(config: config, gazetteer: gazetteer, fontsDirectory: ProjectPaths.fonts)
        let totals = build.totals(extraction)
        let result = (build.content(extraction, totals: totals), totals)
        Self.cached = result
        return result
    }

    func testPageOneGivesTheCampaignTotalsNotTheRunsBookkeeping() throws {
        let (content, totals) = try seedsBrief()
        XCTAssertFalse(content.keyNumbers.contains { ["文档", "地区", "数字"].contains($0.label) }, "\(content.keyNumbers)")
        // Each metric's campaign total is the sum over the provinces, marked ≥ when a part is a lower bound.
        for metric in ["opinions_collected", "funds"] {
            let provinces = totals.totals.filter { $0.metric == metric && $0.region.level == .province }
            let unit = provinces.first!.unit
            let rows = provinces.filter { $0.unit == unit }
            let sum = rows.reduce(Decimal(0)) { $0 + $1.value }
            let atLeast = rows.contains { $0.qualifier == .atLeast }
            let label = MetricCatalog.info(metric).zh + "合计"
            let number = try XCTUnwrap(content.keyNumbers.first { $0.label == label }, label)
            XCTAssertEqual(number.value, DisplayNumber.format(sum, unit: unit, qualifier: atLeast ? .atLeast : .exact))
        }
        XCTAssertEqual(content.period, "统计时段：2021年3月至9月")
        let lead = content.lead.joined()
        XCTAssertTrue(lead.contains("省级") && lead.contains("地级") && lead.contains("县级"), lead)
        XCTAssertTrue(lead.contains("以赤峰市最多"), "赤峰市 has most of the funds: \(lead)")
        // The bookkeeping counts are in the appendix.
        let documents = try XCTUnwrap(content.sections.first { $0.anchor == "appendix-documents" })
        XCTAssertTrue(documents.blocks.contains { if case .paragraph(let p) = $0 { p.contains("5 篇文档") } else { false } })
    }

    /// The overview's region names, without indent and subtotal marks, and its last row.
    func overviewRows(_ content: BriefContent) throws -> (names: [String], last: [String], tables: [Table]) {
        let overview = try XCTUnwrap(content.sections.first { $0.anchor == "overview" })
        let tables = overview.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        let first = try XCTUnwrap(tables.first)
        let names = first.rows.dropLast().map {
            $0[0].trimmingCharacters(in: CharacterSet(charactersIn: "\u{3000}")).replacingOccurrences(of: " 小计", with: "")
        }
        return (names, first.rows.last!, tables)
    }

    func testEveryOverviewRowHasASectionAndEverySectionARow() throws {
        let (content, _) = try seedsBrief()
        let (names, last, _) = try overviewRows(content)
        XCTAssertEqual(last[0], "合计")
        let start = try XCTUnwrap(content.sections.firstIndex { $0.anchor == "regions" })
        let end = try XCTUnwrap(content.sections.firstIndex { $0.anchor == "appendix" })
        let sections = content.sections[(start + 1)..<end].map(\.title)
        XCTAssertEqual(sections, names, "sections in the overview's order")
        // 定州 stands at its own level, not under 保定's name.
        XCTAssertTrue(names.contains("定州市") && !names.contains("保定市"), "\(names)")
        // Provinces first in each group, each followed by its own rows.
        let inner = try XCTUnwrap(content.sections.first { $0.title == "赤峰市" })
        XCTAssertEqual(inner.level, 3)
        XCTAssertEqual(content.sections.first { $0.title == "内蒙古自治区" }?.level, 2)
    }

    func testEachOverviewColumnHasOneScaleAndItsUnitInTheHead() throws {
        let (content, _) = try seedsBrief()
        for table in try overviewRows(content).tables {
            for column in 1..<table.columns.count {
                XCTAssertTrue(table.columns[column].header.contains("（"), table.columns[column].header)
                let cells = table.rows.map { $0[column] }.filter { $0 != "—" }
                let decimals = Set(cells.map { cell in cell.split(separator: ".").dropFirst().first?.count ?? 0 })
                XCTAssertEqual(decimals.count, 1, "one precision in \(table.columns[column].header): \(cells)")
                XCTAssertFalse(cells.contains { $0.contains("万") || $0.contains("亿") || $0.last!.isLetter }, "no units in cells: \(cells)")
            }
        }
    }

    func testRegionSectionsLeaveRatesAndOtherFiguresToTheExports() throws {
        let (content, _) = try seedsBrief()
        let regions = content.sections.filter { $0.anchor.hasPrefix("region-") }
        XCTAssertFalse(regions.isEmpty)
        var noted = 0
        for section in regions {
            for case .table(let table) in section.blocks {
                XCTAssertFalse(table.rows.contains { ["其他", "比率"].contains($0[0]) }, section.title)
            }
            for case .note(let note) in section.blocks where note.contains("facts.csv") { noted += 1 }
        }
        XCTAssertGreaterThan(noted, 0, "sections say where the other figures are")
        let overview = try XCTUnwrap(content.sections.first { $0.anchor == "overview" })
        XCTAssertTrue(overview.blocks.contains { if case .note(let n) = $0 { n.hasPrefix("说明") && n.contains("≥") && n.contains("≈") && n.contains("下级合计") } else { false } })
    }

    func testChartsSayWhatTheyShowAndUseTheTablesScale() throws {
        let (content, _) = try seedsBrief()
        let charts = content.sections.first { $0.anchor == "charts" }!.blocks.compactMap { if case .chart(let c) = $0 { c } else { nil } }
        XCTAssertFalse(charts.isEmpty)
        for chart in charts {
            XCTAssertTrue(chart.title.contains("地级地区"), chart.title)
            let decimals = Set(chart.bars.map { $0.display.split(separator: ".").dropFirst().first?.count ?? 0 })
            XCTAssertEqual(decimals.count, 1, "\(chart.title): \(chart.bars.map(\.display))")
        }
        let funds = try XCTUnwrap(charts.first { $0.id == "funds" })
        XCTAssertEqual(funds.unit, "亿元")
        XCTAssertEqual(funds.bars.first?.label, "赤峰市")
        XCTAssertEqual(funds.bars.first?.value ?? 0, 57.9, accuracy: 0.001, "bars in the scale of their labels")
    }
}
