import XCTest
import TestSupport
@testable import HuizongPipeline

final class OutputTests: XCTestCase {
    func testCommitReplacesTheFolderWholeAndLeavesNoTemporaryFolder() throws {
        let parent = try CommandRunner.temporaryFolder()
        let target = parent.appendingPathComponent("reports")
        let first = try StagedOutput(beside: target)
        try first.write("a.txt", Array("one".utf8))
        try first.write("charts/x.png", [1, 2, 3])
        try first.commit(to: target)
        let second = try StagedOutput(beside: target)
        try second.write("a.txt") { sink in try sink.write(Array("tw".utf8)); try sink.write(Array("o".utf8)) }
        try second.commit(to: target)
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("a.txt"), encoding: .utf8), "two")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.appendingPathComponent("charts/x.png").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"])
    }

    func testAFailedBuildLeavesThePreviousFolderAsItWas() throws {
        let parent = try CommandRunner.temporaryFolder()
        let target = parent.appendingPathComponent("reports")
        let good = try StagedOutput(beside: target)
        try good.write("a.txt", Array("kept".utf8))
        try good.commit(to: target)
        // A file where a folder must go makes the staged build fail half way; it is then discarded.
        do {
            let bad = try StagedOutput(beside: target)
            try bad.write("a.txt", Array("new".utf8))
            try bad.write("b", [1])
            XCTAssertThrowsError(try bad.write("b/c.txt", [2]))
        }
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("a.txt"), encoding: .utf8), "kept")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"])
    }

    func testPathsCannotEscapeTheOutputFolder() {
        XCTAssertTrue(StagedOutput.isSafe("charts/funds.png"))
        for path in ["../x", "/etc/passwd", "a/../../b", "", "a//b", "./a"] {
            XCTAssertFalse(StagedOutput.isSafe(path), path)
        }
    }

    func testStaleCheckListsMissingDifferingAndExtraFiles() throws {
        let dir = try CommandRunner.temporaryFolder()
        try Data("same".utf8).write(to: dir.appendingPathComponent("same.txt"))
        try Data("old".utf8).write(to: dir.appendingPathComponent("changed.txt"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("extra.txt"))
        let expected = try StagedOutput()
        defer { expected.discard() }
        try expected.write("same.txt", Array("same".utf8))
        try expected.write("changed.txt", Array("new".utf8))
        try expected.write("new.txt", Array("n".utf8))
        XCTAssertEqual(StaleCheck.differences(expected: expected, in: dir),
                       ["differs: changed.txt", "missing: new.txt", "extra: extra.txt"])
    }

    func testCSVReaderReadsWhatCSVWriterWrites() {
        let rows = CSVReader.rows("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",2\r\n")
        XCTAssertEqual(rows, [["a", "b"], ["x, \"y\"", "2"]])
    }
}
