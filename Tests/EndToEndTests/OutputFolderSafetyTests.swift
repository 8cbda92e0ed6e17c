import XCTest
import TestSupport

/// Issue 13: the output folder holds only what Huizong wrote, and a slip on the command line
/// (`-o .`, a typo, an existing file) stops the run with exit 2 and touches nothing.
final class OutputFolderSafetyTests: XCTestCase {
    /// A working folder like a user's project: the seeds, a config-less canary file, and what `add` puts there.
    func project() throws -> URL {
        let dir = try CommandRunner.temporaryFolder("huizong-project").appendingPathComponent("project")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ProjectPaths.seeds, to: dir.appendingPathComponent("seeds"))
        try Data("keep me".utf8).write(to: dir.appendingPathComponent("canary.txt"))
        try Data("keep me too".utf8).write(to: dir.deletingLastPathComponent().appendingPathComponent("canary-beside.txt"))
        return dir
    }

    func huizong(_ arguments: [String], in dir: URL) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments, in: dir,
                              environment: ["HUIZONG_FONTS": ProjectPaths.fonts.path])
    }

    /// Every file under `folder` (hidden ones too) with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                files[path] = isDirectory.boolValue ? Data("folder".utf8) : try Data(contentsOf: url)
            }
        }
        return files
    }

    func expectRefused(_ arguments: [String], in dir: URL, naming words: [String], line: UInt = #line) throws {
        let parent = dir.deletingLastPathComponent()
        let before = try snapshot(parent)
        let result = try huizong(arguments, in: dir)
        XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)", line: line)
        for word in words { XCTAssertTrue(result.stderr.contains(word), "\(arguments): \(result.stderr)", line: line) }
        XCTAssertEqual(try snapshot(parent), before, "\(arguments) changed something", line: line)
    }

    func testTheWorkingFolderAndItsAncestorsAreRefused() throws {
        let dir = try project()
        try expectRefused(["build", "-o", "."], in: dir, naming: ["working folder"])
        try expectRefused(["build", "-o", ".."], in: dir, naming: ["..", "working folder"])
        try expectRefused(["build", "-o", dir.path + "/"], in: dir, naming: ["working folder"])
    }

    func testAnInputOrAFolderHoldingOneIsRefused() throws {
        let dir = try project()
        try expectRefused(["build", "seeds", "-o", "seeds"], in: dir, naming: ["seeds", "input"])
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("all/articles"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("seeds").appendingPathComponent(try ProjectPaths.seed("000").name),
                                         to: dir.appendingPathComponent("all/articles/a.txt"))
        try expectRefused(["build", "all/articles", "-o", "all"], in: dir, naming: ["all", "input"])
        // The fonts folder is an input too (an empty one here: the refusal comes before loading).
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("myfonts"), withIntermediateDirectories: true)
        let fonts = try CommandRunner.run(CommandRunner.huizong, ["build", "-o", "myfonts", "--fonts", "myfonts"], in: dir)
        XCTAssertEqual(fonts.status, 2, fonts.stderr)
        XCTAssertTrue(fonts.stderr.contains("myfonts: is or holds the input"), fonts.stderr)
    }

    func testAFileAndAFolderOfSomethingElseAreRefused() throws {
        let dir = try project()
        try Data("my notes".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        try expectRefused(["build", "-o", "notes.txt"], in: dir, naming: ["notes.txt", "file"])
        let docs = dir.appendingPathComponent("mydocs")
        try FileManager.default.createDirectory(at: docs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("docx".utf8).write(to: docs.appendingPathComponent("report.docx"))
        try expectRefused(["build", "-o", "mydocs/"], in: dir, naming: ["mydocs", "not a previous Huizong output"])
    }

    /// A previous output is replaced; once someone adds a file of their own to it, it is not.
    func testAPreviousOutputIsReplacedUnlessItHoldsSomethingElse() throws {
        let dir = try project()
        XCTAssertEqual(try huizong(["build", "-o", "reports", "--quiet"], in: dir).status, 0)
        let again = try huizong(["build", "-o", "reports", "--quiet"], in: dir)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("canary.txt"), encoding: .utf8), "keep me")
        XCTAssertEqual(try String(contentsOf: dir.deletingLastPathComponent().appendingPathComponent("canary-beside.txt"),
                                  encoding: .utf8), "keep me too")
        try Data("mine".utf8).write(to: dir.appendingPathComponent("reports/charts/my-notes.txt"))
        try expectRefused(["build", "-o", "reports"], in: dir, naming: ["charts/my-notes.txt", "did not write"])
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try huizong(["build", "-o", "empty", "--quiet"], in: dir).status, 0, "an empty folder is filled")
        XCTAssertTrue(FileManager.default.fileExists(atPath: empty.appendingPathComponent("manifest.json").path))
    }

    /// `huizong chek` was `huizong build chek`: it replaced reports/ with an empty brief and exited 0.
    func testATypoIsAUsageErrorThatWritesNothing() throws {
        let dir = try project()
        XCTAssertEqual(try huizong(["build", "-o", "reports", "--quiet"], in: dir).status, 0)
        try expectRefused(["chek"], in: dir, naming: ["chek", "did you mean `check`?"])
        try expectRefused(["build", "seedz"], in: dir, naming: ["seedz", "no such file"])
        try expectRefused(["biuld", "seeds"], in: dir, naming: ["did you mean `build`?"])
    }

    /// A run that finds no article writes nothing: the previous output stays.
    func testARunWithoutAReadableDocumentKeepsThePreviousOutput() throws {
        let dir = try project()
        XCTAssertEqual(try huizong(["build", "-o", "reports", "--quiet"], in: dir).status, 0)
        let pictures = dir.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: pictures.appendingPathComponent("photo.jpg"))
        try expectRefused(["build", "pictures", "-o", "reports"], in: dir, naming: ["no readable", "pictures"])
    }

    func testDPIOutsideItsRangeIsAUsageError() throws {
        let dir = try project()
        for dpi in ["nan", "-5", "0", "601", "inf"] {
            try expectRefused(["build", "-o", "reports", "--dpi=\(dpi)"], in: dir, naming: ["--dpi", "36", "600"])
        }
        XCTAssertEqual(try huizong(["build", "-o", "reports", "--dpi", "36", "--quiet"], in: dir).status, 0)
    }
}
