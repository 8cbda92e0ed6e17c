import XCTest
import TestSupport

/// Issue 13: what a killed run leaves is reclaimed, a closed pipe never fails a build, article
/// names cannot forge terminal lines, and oversize input is drawn rather than crashing.
final class RunSafetyTests: XCTestCase {
    func huizong(_ arguments: [String], in dir: URL = ProjectPaths.root, timeout: Double = 300) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments, in: dir,
                              environment: ["HUIZONG_FONTS": ProjectPaths.fonts.path], timeout: timeout)
    }

    /// The PID of a process that has finished.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func entries(_ dir: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() }

    /// Leftovers of killed runs are removed by the next build; a folder of the user's that merely
    /// looks like one stays; a previous output set aside mid-swap is put back by `check`.
    func testLeftoversOfKilledRunsAreSweptAndASetAsideOutputPutBack() throws {
        let dir = try CommandRunner.temporaryFolder()
        let out = dir.appendingPathComponent("reports")
        XCTAssertEqual(try huizong(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let pid = try deadPID()
        let staging = dir.appendingPathComponent(".reports.new-\(pid)")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("charts"), withIntermediateDirectories: true)
        try Data("document,line\n".utf8).write(to: staging.appendingPathComponent("facts.csv"))
        try Data("PNG".utf8).write(to: staging.appendingPathComponent("charts/funds.png"))
        // totals.xlsx is written early, beside the brief (a run killed then leaves it too).
        try Data("PK".utf8).write(to: staging.appendingPathComponent("totals.xlsx"))
        // A folder of the user's that only looks like a leftover (its name, not its contents).
        let mine = dir.appendingPathComponent(".reports.old-\(pid)")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        try Data("canary".utf8).write(to: dir.appendingPathComponent("canary.txt"))

        let built = try huizong(["build", "seeds", "-o", out.path])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(built.stderr.contains(".reports.new-\(pid)"), "the sweep says what it removed: \(built.stderr)")
        XCTAssertEqual(try entries(dir), [".reports.old-\(pid)", "canary.txt", "reports"])

        // A kill between the two renames of a swap: the output sits in .reports.old-PID, nothing under its name.
        let before = try Data(contentsOf: out.appendingPathComponent("facts.csv"))
        let other = try deadPID()
        try FileManager.default.moveItem(at: out, to: dir.appendingPathComponent(".reports.old-\(other)"))
        let check = try huizong(["check", "seeds", "-o", out.path])
        XCTAssertEqual(check.status, 0, "the previous output is back and up to date: \(check.stderr)")
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent("facts.csv")), before)
        XCTAssertEqual(try entries(dir), [".reports.old-\(pid)", "canary.txt", "reports"])
    }

    /// SIGKILL at any moment: the output name holds a whole output (the previous or the new one),
    /// and the next run leaves nothing else behind.
    func testAKillAtAnyMomentLeavesAWholeOutput() throws {
        let dir = try CommandRunner.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try entries(ProjectPaths.seeds)
        for copy in 0..<40 {
            for name in seeds {
                try FileManager.default.copyItem(at: ProjectPaths.seeds.appendingPathComponent(name),
                                                 to: input.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let out = dir.appendingPathComponent("reports")
        XCTAssertEqual(try huizong(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        for delay in [0.2, 0.6, 1.0, 1.5, 2.0, 3.0] {
            let process = Process()
            process.executableURL = CommandRunner.huizong
            process.arguments = ["build", input.path, "-o", out.path, "--quiet", "--fonts", ProjectPaths.fonts.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let manifest = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
            let listed = try XCTUnwrap((try JSONSerialization.jsonObject(with: manifest) as? [String: Any])?["outputs"] as? [String])
            for file in listed {
                XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path),
                              "killed after \(delay) s: \(file) missing from the output")
            }
        }
        let next = try huizong(["build", "seeds", "-o", out.path, "--quiet"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(try entries(dir), ["in", "reports"], "no staging or set-aside folder is left")
    }

    /// `huizong build … 2>&1 | head -c 10`: warnings written to a closed pipe once killed the build.
    func testAClosedStderrPipeNeverFailsABuild() throws {
        let input = try ProjectPaths.inputFolder([("000", "good.txt")])
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let process = Process()
        process.executableURL = CommandRunner.huizong
        process.arguments = ["build", input.path, "-o", out.path, "--verbose", "--fonts", ProjectPaths.fonts.path]
        let pipe = Pipe()
        process.standardError = pipe
        try pipe.fileHandleForReading.close()
        try process.run()
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
    }

    /// A file name with a newline forged a line `warning: all good`; U+202E, U+2028 and ESC passed
    /// raw to the terminal and into facts.csv.
    func testControlAndBidiCharactersInNamesAreEscapedEverywhere() throws {
        let input = try ProjectPaths.inputFolder([("000", "a\u{1B}[31mred\u{202E}txt.exe\u{2028}.txt")])
        try Data().write(to: input.appendingPathComponent("x\nwarning: all good.txt"))
        let out = input.deletingLastPathComponent().appendingPathComponent("reports")
        let result = try huizong(["build", input.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        for line in result.stderr.split(separator: "\n", omittingEmptySubsequences: false) {
            XCTAssertFalse(line.hasPrefix("warning: all good"), "a forged line: \(result.stderr)")
        }
        XCTAssertTrue(result.stderr.contains("x\\u{a}warning: all good.txt"), result.stderr)
        for bad in ["\u{1B}", "\u{202E}", "\u{2028}"] {
            XCTAssertFalse(result.stderr.contains(bad), "raw \(bad.unicodeScalars.first!.value) on stderr")
        }
        let shown = "a\\u{1b}[31mred\\u{202e}txt.exe\\u{2028}.txt"
        let csv = try String(contentsOf: out.appendingPathComponent("facts.csv"), encoding: .utf8)
        XCTAssertTrue(csv.contains("\n" + shown + ","), "facts.csv shows the name escaped")
        let jsonl = try String(contentsOf: out.appendingPathComponent("facts.jsonl"), encoding: .utf8)
        let first = try JSONSerialization.jsonObject(with: Data(jsonl.prefix { $0 != "\n" }.utf8)) as? [String: Any]
        XCTAssertEqual(first?["document"] as? String, shown)
        for (file, text) in [("facts.csv", csv), ("facts.jsonl", jsonl)] {
            for bad in ["\u{1B}", "\u{202E}", "\u{2028}"] { XCTAssertFalse(text.contains(bad), "raw character in \(file)") }
        }
    }

    /// A quote taller than a page, and a 28-digit figure: the brief is written, the figure's bar
    /// label reads right, and no axis label shows floating-point noise.
    func testATallQuoteAndAHugeFigureAreDrawn() throws {
        let dir = try CommandRunner.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(("赤峰市" + String(repeating: "群众", count: 400) + "解决问题100件。\n").utf8)
            .write(to: input.appendingPathComponent("long.txt"))
        try Data("赤峰市征求意见10000000000000000000000000000条。\n".utf8).write(to: input.appendingPathComponent("big.txt"))
        let out = dir.appendingPathComponent("reports")
        let result = try huizong(["build", input.path, "-o", out.path, "--quiet"], timeout: 120)
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", out.appendingPathComponent("brief.pdf").path, "-"]).stdout
        XCTAssertTrue(text.contains("10000000000000000万亿条"), "the figure in 万亿 (issue 18)")
        XCTAssertFalse(text.contains("8192"), "an axis label with floating-point noise")
        XCTAssertTrue(text.contains("解决问题100件"), "the long quote's end is in the brief")
    }
}
