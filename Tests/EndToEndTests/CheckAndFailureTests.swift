import XCTest
import TestSupport

/// `check`, configuration errors, and failed runs that must leave the previous output alone.
final class CheckAndFailureTests: XCTestCase {
    func build(_ arguments: [String], in directory: URL = ProjectPaths.root) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments, in: directory)
    }

    func testCheckNamesWhatIsStale() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try build(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        XCTAssertEqual(try build(["check", "seeds", "-o", out.path]).status, 0)

        try Data("stale".utf8).write(to: out.appendingPathComponent("facts.csv"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("brief.pdf"))
        let stale = try build(["check", "seeds", "-o", out.path])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("differs: facts.csv"), stale.stderr)
        XCTAssertTrue(stale.stderr.contains("missing: brief.pdf"), stale.stderr)
    }

    func testCheckExplainsAnAddedDocumentInReadersTerms() throws {
        let input = try ProjectPaths.inputFolder([("004", "a.txt")])
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        XCTAssertEqual(try build(["build", input.path, "-o", out.path, "--quiet"]).status, 0)
        try FileManager.default.copyItem(at: ProjectPaths.seeds.appendingPathComponent(try ProjectPaths.seed("000").name),
                                         to: input.appendingPathComponent("b.txt"))
        let stale = try build(["check", input.path, "-o", out.path])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("document added: b.txt"), stale.stderr)
        XCTAssertTrue(stale.stderr.contains("total 赤峰市"), stale.stderr)
    }

    func testMissingFontsFailClearlyAndLeaveThePreviousOutput() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try build(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let before = try Data(contentsOf: out.appendingPathComponent("brief.pdf"))
        let failed = try build(["build", "seeds", "-o", out.path, "--fonts", "/nonexistent/fonts"])
        XCTAssertEqual(failed.status, 2)
        XCTAssertTrue(failed.stderr.contains("/nonexistent/fonts"), failed.stderr)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("brief.pdf")), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["reports"], "no temporary folder left behind")
    }

    /// The facts are kept in temporary files during a run; without a usable temporary folder the
    /// run stops, says what to do, and leaves the previous output and no staging folder behind.
    func testUnusableTemporaryFolderFailsClearlyAndLeavesThePreviousOutput() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try build(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let before = try Data(contentsOf: out.appendingPathComponent("facts.csv"))
        let failed = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", out.path],
                                           environment: ["TMPDIR": "/nonexistent/tmp"])
        XCTAssertEqual(failed.status, 2)
        XCTAssertTrue(failed.stderr.contains("/nonexistent/tmp") && failed.stderr.contains("TMPDIR"), failed.stderr)
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("facts.csv")), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path), ["reports"])
    }

    func testUnknownConfigKeyIsAnErrorNamingKeyAndLine() throws {
        let dir = try CommandRunner.temporaryFolder()
        let config = dir.appendingPathComponent("bad.toml")
        try Data("title = \"简报\"\ntitel = \"typo\"\n".utf8).write(to: config)
        let result = try build(["build", "seeds", "-o", dir.appendingPathComponent("o").path, "--config", config.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bad.toml:2"), result.stderr)
        XCTAssertTrue(result.stderr.contains("titel"), result.stderr)
    }

    func testBadFilesAreWarningsAndTheBriefIsStillWritten() throws {
        let input = try ProjectPaths.inputFolder([("000", "good.txt")])
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: input.appendingPathComponent("noise.txt"))
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try build(["build", input.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("empty.txt"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("brief.pdf").path))
        let strict = try build(["build", input.path, "-o", out.path, "--strict", "--quiet"])
        XCTAssertEqual(strict.status, 1)
    }

    func testFactsCommandStreamsWithoutWriting() throws {
        let dir = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(CommandRunner.huizong,
                                           ["facts", ProjectPaths.seeds.path, "--format", "jsonl"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertGreaterThan(lines.count, 20)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        XCTAssertNotNil(first?["region_code"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    /// `facts` streams each document's facts as it is done; the result is the build's own files.
    /// The same records, but no BOM on standard output: programs read it (Python's csv would take
    /// the BOM for part of the first column's name), while the file is for spreadsheets.
    func testFactsCommandPrintsExactlyTheBuildsFactFilesWithoutTheBOM() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try build(["build", "seeds", "-o", out.path, "--quiet", "--jobs", "1"]).status, 0)
        for (format, file) in [("csv", "facts.csv"), ("jsonl", "facts.jsonl")] {
            let result = try CommandRunner.run(CommandRunner.huizong, ["facts", "seeds", "--format", format, "--jobs", "2"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let written = [UInt8](try Data(contentsOf: out.appendingPathComponent(file)))
            let expected = format == "csv" ? Array(written.dropFirst(3)) : written
            if format == "csv" { XCTAssertEqual(Array(written.prefix(3)), [0xEF, 0xBB, 0xBF], "the file keeps its BOM") }
            XCTAssertEqual(result.stdoutBytes, expected, "\(file) differs from `huizong facts --format \(format)`")
        }
    }

    func testRegionsCommandPrintsPathsAndCodes() throws {
        let result = try build(["regions", "河南县"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("632324"), result.stdout)
        XCTAssertTrue(result.stdout.contains("青海省"), result.stdout)
    }
}

/// Killing a build halfway (issue 8): the previous output stays exactly as it was.
final class InterruptTests: XCTestCase {
    func testInterruptedBuildLeavesThePreviousOutputUnchanged() throws {
        let dir = try CommandRunner.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        // Enough documents that the build is surely still running when the signal comes.
        let seeds = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.seeds.path).sorted()
        for copy in 0..<80 {
            for name in seeds {
                try FileManager.default.copyItem(at: ProjectPaths.seeds.appendingPathComponent(name),
                                                 to: input.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let out = dir.appendingPathComponent("reports")
        XCTAssertEqual(try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let before = try snapshot(out)

        for (signal, delay) in [(SIGTERM, 0.8), (SIGINT, 1.6)] {
            let process = Process()
            process.executableURL = CommandRunner.huizong
            process.arguments = ["build", input.path, "-o", out.path, "--quiet"]
            process.currentDirectoryURL = ProjectPaths.root
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertNotEqual(process.terminationStatus, 0, "the build was still running when signalled")
            XCTAssertEqual(try snapshot(out), before, "signal \(signal) changed the output")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["in", "reports"],
                           "no temporary folder is left behind")
        }
    }

    /// Every file under `folder` with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        while let path = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
