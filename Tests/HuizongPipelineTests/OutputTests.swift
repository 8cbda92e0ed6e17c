import XCTest
import TestSupport
@testable import HuizongPipeline

final class OutputTests: XCTestCase {
    func testWriteReplacesTheFolderWholeAndLeavesNoTemporaryFolder() throws {
        let parent = try CommandRunner.temporaryFolder()
        let target = parent.appendingPathComponent("reports")
        var first = OutputSet()
        first.add("a.txt", Array("one".utf8))
        first.add("charts/x.png", [1, 2, 3])
        try OutputWriter.write(first, to: target)
        var second = OutputSet()
        second.add("a.txt", Array("two".utf8))
        try OutputWriter.write(second, to: target)
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("a.txt"), encoding: .utf8), "two")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.appendingPathComponent("charts/x.png").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"])
    }

    func testAFailedWriteLeavesThePreviousFolderAsItWas() throws {
        let parent = try CommandRunner.temporaryFolder()
        let target = parent.appendingPathComponent("reports")
        var good = OutputSet()
        good.add("a.txt", Array("kept".utf8))
        try OutputWriter.write(good, to: target)
        // A file where a folder must go makes the staging write fail half way.
        var bad = OutputSet()
        bad.add("a.txt", Array("new".utf8))
        bad.add("b", [1])
        bad.add("b/c.txt", [2])
        XCTAssertThrowsError(try OutputWriter.write(bad, to: target))
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("a.txt"), encoding: .utf8), "kept")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"])
    }

    func testPathsCannotEscapeTheOutputFolder() {
        XCTAssertTrue(OutputSet.isSafe("charts/funds.png"))
        for path in ["../x", "/etc/passwd", "a/../../b", "", "a//b", "./a"] {
            XCTAssertFalse(OutputSet.isSafe(path), path)
        }
    }

    func testStaleCheckListsMissingDifferingAndExtraFiles() throws {
        let dir = try CommandRunner.temporaryFolder()
        try Data("same".utf8).write(to: dir.appendingPathComponent("same.txt"))
        try Data("old".utf8).write(to: dir.appendingPathComponent("changed.txt"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("extra.txt"))
        var expected = OutputSet()
        expected.add("same.txt", Array("same".utf8))
        expected.add("changed.txt", Array("new".utf8))
        expected.add("new.txt", Array("n".utf8))
        XCTAssertEqual(StaleCheck.differences(expected: expected, in: dir),
                       ["differs: changed.txt", "missing: new.txt", "extra: extra.txt"])
    }

    func testCSVReaderReadsWhatCSVWriterWrites() {
        let rows = CSVReader.rows("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",2\r\n")
        XCTAssertEqual(rows, [["a", "b"], ["x, \"y\"", "2"]])
    }
}
