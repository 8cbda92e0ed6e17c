import XCTest
import TestSupport

/// Inputs nobody cleaned (issue 8): each gives a message naming the file and the problem, the rest
/// of the corpus is still processed, and the brief is still written (exit 1 only with --strict).
final class BadInputTests: XCTestCase {
    /// A folder holding seed 000 as `good.txt` plus whatever `add` puts there.
    func corpus(_ add: (URL) throws -> Void) throws -> URL {
        let input = try ProjectPaths.inputFolder([("000", "good.txt")])
        try add(input)
        return input
    }

    /// Builds `input`, expects success, a warning naming `file` and the good document's figures.
    @discardableResult
    func expectWarning(_ input: URL, naming file: String, containing words: String? = nil,
                       line: UInt = #line) throws -> CommandResult {
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr, line: line)
        XCTAssertTrue(result.stderr.contains(file), "no warning names \(file): \(result.stderr)", line: line)
        if let words { XCTAssertTrue(result.stderr.contains(words), result.stderr, line: line) }
        let facts = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        XCTAssertTrue(facts.contains("good.txt,"), "the good document was still processed", line: line)
        return result
    }

    func testEmptyFile() throws {
        try expectWarning(corpus { try Data().write(to: $0.appendingPathComponent("empty.txt")) },
                          naming: "empty.txt", containing: "empty")
    }

    func testRandomBytesAndAPNGNamedTxt() throws {
        let input = try corpus { dir in
            var rng = SystemRandomNumberGenerator()
            try Data((0..<20_000).map { _ in UInt8.random(in: 0...255, using: &rng) }).write(to: dir.appendingPathComponent("noise.txt"))
            let png = try Data(contentsOf: ProjectPaths.root.appendingPathComponent("reports/charts/funds.png"))
            try png.write(to: dir.appendingPathComponent("image.txt"))
        }
        let result = try expectWarning(input, naming: "noise.txt")
        XCTAssertTrue(result.stderr.contains("image.txt"), result.stderr)
    }

    func testInvalidUTF8InTheMiddleOfARealArticle() throws {
        let input = try corpus { dir in
            var bytes = try ProjectPaths.seed("004").bytes
            bytes.replaceSubrange(4000..<4003, with: [0xFF, 0xFE, 0xC0])
            try Data(bytes).write(to: dir.appendingPathComponent("broken.txt"))
        }
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        try expectWarning(input, naming: "broken.txt")
        let facts = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        XCTAssertGreaterThan(facts.components(separatedBy: "broken.txt,").count - 1, 30, "the rest of the article still counts")
    }

    func testFiveMegabytesOnOneLine() throws {
        let input = try corpus { dir in
            let sentence = "全县共投入资金300万元，解决群众反映的问题12件。"
            try Data(String(repeating: sentence, count: 5_000_000 / sentence.utf8.count).utf8)
                .write(to: dir.appendingPathComponent("oneline.txt"))
        }
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", out.path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"path\":\"oneline.txt\""))
    }

    func testAFileTooLargeToBeAnArticleIsSkippedWithoutReadingIt() throws {
        let input = try corpus { dir in
            let url = dir.appendingPathComponent("dump.txt")
            XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 200 << 20)   // a sparse 200 MB file
            try handle.close()
        }
        try expectWarning(input, naming: "dump.txt", containing: "200 MB")
    }

    func testUnreadableEntriesBrokenLinksAndLoops() throws {
        let input = try corpus { dir in
            // Permissions do not stop root (CI runs as root), so unreadable entries are made in ways
            // that fail for everyone: a folder named like an article, a dangling link, a link loop.
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.txt").path,
                                                       withDestinationPath: "/nonexistent/article.txt")
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path,
                                                       withDestinationPath: dir.path)
        }
        let result = try expectWarning(input, naming: "dangling.txt")
        XCTAssertTrue(result.stderr.contains("loop"), result.stderr)
    }

    /// The runner kills a command that hangs, so such a regression fails its test instead of CI's clock.
    func testTheTestRunnerKillsAHungCommand() throws {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/sleep"), ["30"], timeout: 1)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("killed by the test"), result.stderr)
    }

    /// A named pipe called like an article would make a plain open wait for a writer forever.
    func testANamedPipeIsAWarningNotAHang() throws {
        let input = try corpus { dir in
            XCTAssertEqual(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o644), 0)
        }
        try expectWarning(input, naming: "pipe.txt", containing: "not a regular file")
    }

    /// A missing input is a slip (exit 2 before anything is read); a folder with no article gives
    /// no brief (exit 2, nothing written), never an empty brief over the previous one.
    func testMissingPathAndAFolderWithoutArticles() throws {
        let dir = try CommandRunner.temporaryFolder()
        let empty = dir.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: empty.appendingPathComponent("photo.jpg"))
        let out = dir.appendingPathComponent("reports")
        let missing = try CommandRunner.run(CommandRunner.huizong,
                                            ["build", empty.path, dir.appendingPathComponent("nowhere").path, "-o", out.path])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("nowhere: no such file or folder"), missing.stderr)
        let none = try CommandRunner.run(CommandRunner.huizong, ["build", empty.path, "-o", out.path])
        XCTAssertEqual(none.status, 2, none.stderr)
        XCTAssertTrue(none.stderr.contains("no readable document"), none.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["pictures"], "nothing written")
    }

    func testAbsurdNumbersDoNotCrash() throws {
        let input = try corpus { dir in
            let text = "全市投入资金99999999999999亿元，发放补贴0.0000001万元，编号" + String(repeating: "7", count: 300) + "件。\n"
            try Data(text.utf8).write(to: dir.appendingPathComponent("absurd.txt"))
        }
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", out.path, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let facts = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        XCTAssertFalse(facts.contains("e+"), "values stay plain decimals")
    }
}

/// What article text can do to the terminal and to the brief's fonts.
final class OutputSafetyTests: XCTestCase {
    func testEscapeSequencesInFileNamesAreShownNotSent() throws {
        let dir = try CommandRunner.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data().write(to: input.appendingPathComponent("red\u{1B}[31malert\u{07}.txt"))
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", dir.appendingPathComponent("o").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("\u{1B}"), "raw ESC reached the terminal")
        XCTAssertFalse(result.stderr.contains("\u{07}"))
        XCTAssertTrue(result.stderr.contains("\\u{1b}[31malert"), result.stderr)
    }

    func testACharacterTheFontsLackIsNamedWithItsDocument() throws {
        let dir = try CommandRunner.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // U+31CEA is a place-name character outside Noto Sans CJK; it stands in a figure's quote.
        try Data("赤峰市松山区𱳪村共投入资金300万元。\n".utf8).write(to: input.appendingPathComponent("rare.txt"))
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", input.path, "-o", dir.appendingPathComponent("o").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let warning = result.stderr.split(separator: "\n").first { $0.contains("U+31CEA") }
        XCTAssertNotNil(warning, result.stderr)
        XCTAssertTrue(warning?.contains("rare.txt") ?? false, "the warning names the document: \(result.stderr)")
    }
}
