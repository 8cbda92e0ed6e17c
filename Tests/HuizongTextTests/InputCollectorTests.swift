import XCTest
import Foundation
@testable import HuizongText

final class InputCollectorTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-inputs-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("b/deeper"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        for path in ["z.txt", "a/one.md", "a/two.TXT", "b/deeper/three.txt", "b/notes.csv", "b/image.png"] {
            try Data("实事".utf8).write(to: root.appendingPathComponent(path))
        }
        // A link back up the tree: following it would never end.
        try fm.createSymbolicLink(at: root.appendingPathComponent("b/deeper/loop"), withDestinationURL: root)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testFolderIsWalkedInStableOrderWithRelativePaths() {
        let result = InputCollector.collect([root.path])
        XCTAssertEqual(result.files.map(\.relativePath), ["a/one.md", "a/two.TXT", "b/deeper/three.txt", "z.txt"])
        XCTAssertEqual(result.skipped, ["b/image.png", "b/notes.csv"])
        XCTAssertEqual(result.diagnostics.map(\.path), ["b/deeper/loop"])
        XCTAssertTrue(result.diagnostics[0].message.contains("loop"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: result.files[0].url.path))
    }

    func testFilesGivenDirectlyAndMissingPaths() {
        let file = root.appendingPathComponent("a/one.md").path
        let csv = root.appendingPathComponent("b/notes.csv").path
        let missing = root.appendingPathComponent("nope.txt").path
        let result = InputCollector.collect([file, csv, missing])
        XCTAssertEqual(result.files.map(\.relativePath), ["one.md"])
        XCTAssertEqual(result.skipped, [csv])
        XCTAssertEqual(result.diagnostics.map(\.path), [missing])
    }

    func testFileReachedTwiceIsReadOnce() {
        let file = root.appendingPathComponent("z.txt").path
        let result = InputCollector.collect([root.path, file])
        XCTAssertEqual(result.files.filter { $0.relativePath == "z.txt" }.count, 1)
        XCTAssertTrue(result.diagnostics.contains { $0.path == "z.txt" })
    }

    func testReaderReadsCollectedFile() {
        let result = InputCollector.collect([root.path])
        let doc = DocumentReader().document(file: result.files[3])
        XCTAssertEqual(doc.path, "z.txt")
        XCTAssertEqual(doc.text, "实事")
    }
}

final class SameNameInputsTests: XCTestCase {
    /// 兴和县/报告.txt and 定州市/报告.txt given as two inputs must stay two documents with two paths.
    func testSameFileNameFromTwoInputFoldersKeepsDistinctPaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-same-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["兴和县", "定州市"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("实事\(folder)".utf8).write(to: root.appendingPathComponent("\(folder)/报告.txt"))
        }
        let result = InputCollector.collect([root.appendingPathComponent("兴和县").path, root.appendingPathComponent("定州市").path])
        XCTAssertEqual(result.files.map(\.relativePath), ["兴和县/报告.txt", "定州市/报告.txt"])
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
        // Given as files, not folders, the same holds.
        let files = InputCollector.collect([root.appendingPathComponent("兴和县/报告.txt").path,
                                            root.appendingPathComponent("定州市/报告.txt").path])
        XCTAssertEqual(files.files.map(\.relativePath), ["兴和县/报告.txt", "定州市/报告.txt"])
        // One folder alone keeps the plain relative path.
        XCTAssertEqual(InputCollector.collect([root.appendingPathComponent("兴和县").path]).files.map(\.relativePath), ["报告.txt"])
    }
}
