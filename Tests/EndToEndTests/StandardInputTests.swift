import XCTest
import TestSupport

/// `-` as an input reads standard input as one document named `-` (issue 19).
final class StandardInputTests: XCTestCase {
    func testDashReadsStandardInputAsOneDocumentNamedDash() throws {
        let seed = try ProjectPaths.seed("000")
        let work = try CommandRunner.temporaryFolder()
        try Data(seed.bytes).write(to: work.appendingPathComponent("a.txt"))
        let fromFile = try CommandRunner.run(CommandRunner.huizong, ["facts", "a.txt", "--format", "jsonl"], in: work)
        let fromStdin = try CommandRunner.run(CommandRunner.huizong, ["facts", "-", "--format", "jsonl"], in: work,
                                              standardInput: seed.bytes)
        XCTAssertEqual(fromStdin.status, 0, fromStdin.stderr)
        let lines = fromStdin.stdout.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty, "figures found in standard input")
        XCTAssertTrue(lines.allSatisfy { $0.contains("\"document\":\"-\"") }, fromStdin.stdout)
        // The same figures as the same text read from a file, only the document's name differs.
        XCTAssertEqual(fromStdin.stdout, fromFile.stdout.replacingOccurrences(of: "\"document\":\"a.txt\"", with: "\"document\":\"-\""))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["a.txt"], "nothing left behind")
    }

    func testDashCanBeBuiltBesideOtherInputs() throws {
        let seed = try ProjectPaths.seed("000")
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("out")
        let result = try CommandRunner.run(CommandRunner.huizong, ["build", "-", "seeds/" + (try ProjectPaths.seed("004")).name,
                                                                   "-o", out.path, "--quiet"], standardInput: seed.bytes)
        XCTAssertEqual(result.status, 0, result.stderr)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\"path\":\"-\""), manifest)
    }

    func testDashTwiceIsAUsageError() throws {
        let result = try CommandRunner.run(CommandRunner.huizong, ["facts", "-", "-"], standardInput: [])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("-: standard input"), result.stderr)
    }
}
