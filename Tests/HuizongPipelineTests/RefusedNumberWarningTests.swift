import XCTest
import Foundation
import HuizongPlaces
import TestSupport
@testable import HuizongPipeline

/// A number no exact Decimal holds is not counted and not rounded: the run names the file and line
/// in its warnings (manifest.json and the brief's appendix list them) and goes on.
final class RefusedNumberWarningTests: XCTestCase {
    func testATooLongNumberIsAWarningNamingTheFileAndLine() throws {
        let folder = try CommandRunner.temporaryFolder("huizong-refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = "9" + String(repeating: "0", count: 45) + "1"
        try Data("赤峰市红山区征求意见建议120条。\n新建项目\(long)项，改造住宅35户。\n".utf8)
            .write(to: folder.appendingPathComponent("report.txt"))
        let extraction = try Extractor(gazetteer: try Gazetteer.bundled(), config: BriefConfig())
            .run(inputs: [folder.path], jobs: 1)
        XCTAssertEqual(extraction.warnings.count, 1, "\(extraction.warnings)")
        XCTAssertTrue(extraction.warnings.first?.hasPrefix("report.txt: line 2: number 9000") ?? false, "\(extraction.warnings)")
        XCTAssertEqual(extraction.facts.count, 2)
    }
}
