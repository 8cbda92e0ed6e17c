import XCTest
import Foundation
import HuizongPlaces
import HuizongPipeline
import TestSupport

/// A document whose text names no place takes the county or city its path names.
final class PathRegionTests: XCTestCase {
    let text = "“我为群众办实事”工作总结\n全县征求意见建议6.1万余条，解决问题3200个。\n"

    func testFolderOrFileNameGivesTheRegionWhenTheTextNamesNone() throws {
        let root = try CommandRunner.temporaryFolder().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("兴和县"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: root.appendingPathComponent("兴和县/报告.txt"))
        try Data(text.utf8).write(to: root.appendingPathComponent("定州市工作总结.txt"))
        try Data(text.utf8).write(to: root.appendingPathComponent("无名.txt"))
        let extraction = try Extractor(gazetteer: try Gazetteer.bundled(), config: BriefConfig()).run(inputs: [root.path], jobs: 1)
        let byPath = Dictionary(uniqueKeysWithValues: extraction.documents.map { ($0.path, $0) })
        XCTAssertEqual(byPath["兴和县/报告.txt"]?.region.region?.name, "兴和县")
        XCTAssertEqual(byPath["兴和县/报告.txt"]?.regionFromPath, true)
        XCTAssertEqual(byPath["定州市工作总结.txt"]?.region.region?.name, "定州市")
        XCTAssertEqual(byPath["无名.txt"]?.region.region, nil)
        XCTAssertEqual(byPath["无名.txt"]?.regionFromPath, false)
        // The figures follow: 全县 in 兴和县/报告.txt is 兴和县.
        let regions = extraction.facts.indices.map { extraction.facts.complete($0) }.filter { $0.document == "兴和县/报告.txt" }.map(\.region)
        XCTAssertEqual(Set(regions), ["兴和县"])
    }

    func testTextNamingAPlaceWinsOverThePath() throws {
        let root = try CommandRunner.temporaryFolder().appendingPathComponent("兴和县")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("定州市“我为群众办实事”工作总结\n全市征求意见建议2.8万余条。\n".utf8).write(to: root.appendingPathComponent("报告.txt"))
        let extraction = try Extractor(gazetteer: try Gazetteer.bundled(), config: BriefConfig()).run(inputs: [root.path], jobs: 1)
        XCTAssertEqual(extraction.documents.first?.region.region?.name, "定州市")
        XCTAssertEqual(extraction.documents.first?.regionFromPath, false)
    }

    func testAmbiguousNameIsSettledByAnOuterFolderOrGivesNothing() throws {
        let gazetteer = try Gazetteer.bundled()
        XCTAssertEqual(gazetteer.regionNamed(inPath: "北京市/朝阳区/总结.docx")?.code, "110105")
        XCTAssertNil(gazetteer.regionNamed(inPath: "朝阳区/总结.docx"), "several 朝阳区: the path alone cannot tell")
        XCTAssertEqual(gazetteer.regionNamed(inPath: "内蒙古/兴和县/001.txt")?.name, "兴和县")
        XCTAssertNil(gazetteer.regionNamed(inPath: "reports/001_0d4dd77c39c606b7.txt"))
    }
}
