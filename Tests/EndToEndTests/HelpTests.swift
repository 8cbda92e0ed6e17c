import XCTest
import TestSupport

/// Help as ArgumentParser tools give it (issue 19): each default said once, unknown topics are
/// errors, options offered only where they do something, exit codes in the root help.
final class HelpTests: XCTestCase {
    func huizong(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments)
    }

    func testNoDefaultIsSaidTwice() throws {
        for command in ["build", "check", "facts", "regions"] {
            let help = try huizong(["help", command])
            XCTAssertEqual(help.status, 0, help.stderr)
            // One entry per option or argument: its first line starts `  -` or `  <`, the rest are
            // wrapped continuation lines.
            var entries: [String] = []
            for line in help.stdout.split(separator: "\n") {
                if line.hasPrefix("  -") || line.hasPrefix("  <") || entries.isEmpty { entries.append(String(line)) }
                else { entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) }
            }
            for entry in entries where entry.components(separatedBy: "(default").count > 2 {
                XCTFail("\(command): a default said twice: \(entry)")
            }
            if command != "regions" { XCTAssertTrue(entries.contains { $0.contains("(default") }, "defaults are shown at all: \(help.stdout)") }
        }
    }

    func testAnUnknownHelpTopicIsAnErrorNamingTheTopics() throws {
        let result = try huizong(["help", "nosuch"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nosuch") && result.stderr.contains("build, check, facts, regions"), result.stderr)
        XCTAssertEqual(result.stdout, "", "no help printed as if all were well")
    }

    func testRootHelpGivesTheExitCodes() throws {
        let help = try huizong(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("EXIT CODES"), help.stdout)
        for code in ["0  ", "1  ", "2  "] { XCTAssertTrue(help.stdout.contains(code), help.stdout) }
    }

    /// `facts` writes no brief: --lang and --fonts would do nothing there, so they are refused
    /// (and not offered), while build still takes them.
    func testBriefOptionsAreOfferedOnlyWhereTheyApply() throws {
        let facts = try huizong(["help", "facts"])
        XCTAssertFalse(facts.stdout.contains("--lang") || facts.stdout.contains("--fonts"), facts.stdout)
        XCTAssertTrue(facts.stdout.contains("--config"), facts.stdout)
        let refused = try huizong(["facts", "seeds", "--lang", "en"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--lang"), refused.stderr)
        let build = try huizong(["help", "build"])
        XCTAssertTrue(build.stdout.contains("--lang") && build.stdout.contains("--fonts"), build.stdout)
    }
}
