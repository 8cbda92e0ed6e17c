import XCTest
import Foundation
@testable import HuizongPlaces
import TestSupport

/// The gazetteer ready-made (Data/gazetteer.index, issue 20): the same gazetteer as the TSV gives,
/// kept fresh, and never used for a TSV it was not made from.
final class GazetteerIndexTests: XCTestCase {
    let data = ProjectPaths.root.appendingPathComponent("Sources/HuizongPlaces/Data")

    func tsv() throws -> [UInt8] { [UInt8](try Data(contentsOf: data.appendingPathComponent("gazetteer.tsv"))) }

    func testTheCommittedIndexIsTheTSVReadyMade() throws {
        let committed = try Data(contentsOf: data.appendingPathComponent("gazetteer.index"))
        XCTAssertTrue(committed == Data(try GazetteerIndexFile.encode(tsv: try tsv())),
                      "gazetteer.index is stale: run python3 scripts/gazetteer/build.py (or swift run gazetteer-index "
                      + "Sources/HuizongPlaces/Data/gazetteer.tsv Sources/HuizongPlaces/Data/gazetteer.index)")
    }

    func testTheReadyMadeGazetteerIsTheParsedOne() throws {
        let text = try tsv()
        let parsed = try GazetteerLoader.parse(text)
        let index = try GazetteerIndexFile.encode(tsv: text)
        let ready = try XCTUnwrap(index.withUnsafeBytes { i in text.withUnsafeBytes { GazetteerIndexFile.decode(i, tsv: $0) } })
        XCTAssertEqual(ready.regions, parsed.regions)
        XCTAssertEqual(ready.englishNames, parsed.englishNames)
        XCTAssertEqual(ready.townshipNames, parsed.townshipNames)
        XCTAssertEqual(ready.townshipCounty, parsed.townshipCounty)
        XCTAssertTrue(ready.trie.parts == parsed.trie.parts, "the trie, its edge table and filters")
        // And it finds what the parsed one finds, townships included.
        for name in ["城关镇", "赤峰市", "锡盟", "新城区", "号头庄乡", "全市"] {
            XCTAssertEqual(ready.lookup(name), parsed.lookup(name), name)
        }
        XCTAssertEqual(ready.townshipNames.count, 38613)
        XCTAssertEqual(ready.lookup("城关镇").first { $0.region.code == "150924" }?.township, "城关镇")
    }

    /// A TSV edited by hand (or any other TSV) is parsed: the index is used only for its own TSV.
    func testAnIndexIsNotUsedForAnotherTSVNorWhenDamaged() throws {
        let text = try tsv()
        let index = try GazetteerIndexFile.encode(tsv: text)
        var edited = text
        edited[edited.count - 2] = edited[edited.count - 2] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        XCTAssertNil(index.withUnsafeBytes { i in edited.withUnsafeBytes { GazetteerIndexFile.decode(i, tsv: $0) } })
        for damaged in [Array(index.prefix(index.count / 2)), Array(index.dropLast()), index + [0]] {
            XCTAssertNil(damaged.withUnsafeBytes { i in text.withUnsafeBytes { GazetteerIndexFile.decode(i, tsv: $0) } })
        }
        // Beside an edited TSV in a folder, loading falls back to the TSV and sees the edit.
        let folder = try CommandRunner.temporaryFolder("huizong-index")
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = Array("R\t150000\tp\t-\t内蒙古自治区\tInner Mongolia\nR\t150400\tc\t150000\t赤峰市\tChifeng City\n".utf8)
        try Data(small).write(to: folder.appendingPathComponent("gazetteer.tsv"))
        try Data(index).write(to: folder.appendingPathComponent("gazetteer.index"))
        let loaded = try Gazetteer.loadReadyMade(tsv: folder.appendingPathComponent("gazetteer.tsv"))
        XCTAssertEqual(loaded.regions.count, 2)
        // With its own index it is taken ready-made, and the same.
        try Data(try GazetteerIndexFile.encode(tsv: small)).write(to: folder.appendingPathComponent("gazetteer.index"))
        let ready = try Gazetteer.loadReadyMade(tsv: folder.appendingPathComponent("gazetteer.tsv"))
        XCTAssertEqual(ready.regions, loaded.regions)
        XCTAssertEqual(ready.englishName(of: "150400"), "Chifeng City")
    }
}
