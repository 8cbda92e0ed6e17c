import XCTest
import TestSupport

/// `huizong check` says why each file differs, and has a JSON form for CI (issue 19).
final class CheckReasonsTests: XCTestCase {
    func huizong(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments)
    }

    func testAChangedOptionIsNamedAsTheReason() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try huizong(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let stale = try huizong(["check", "seeds", "-o", out.path, "--dpi", "72"])
        XCTAssertEqual(stale.status, 1)
        XCTAssertTrue(stale.stderr.contains("option dpi: 144 → 72"), stale.stderr)
        XCTAssertTrue(stale.stderr.contains("differs: manifest.json (options changed: dpi)"), stale.stderr)
        XCTAssertFalse(stale.stderr.contains("differs: brief.pdf"), "the PDF does not depend on --dpi: \(stale.stderr)")
    }

    func testJSONSaysWhatDiffersAndWhy() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("reports")
        XCTAssertEqual(try huizong(["build", "seeds", "-o", out.path, "--quiet"]).status, 0)
        let fresh = try huizong(["check", "seeds", "-o", out.path, "--format", "json"])
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        let upToDate = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(fresh.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(upToDate["up_to_date"] as? Bool, true)
        XCTAssertEqual((upToDate["files"] as? [Any])?.count, 0)

        try Data("edited".utf8).write(to: out.appendingPathComponent("facts.csv"))
        let edited = try huizong(["check", "seeds", "-o", out.path, "--format", "json"])
        XCTAssertEqual(edited.status, 1)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(edited.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["up_to_date"] as? Bool, false)
        let files = try XCTUnwrap(report["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, ["facts.csv"])
        XCTAssertEqual(files.first?["state"] as? String, "differs")
        let reasons = try XCTUnwrap(files.first?["reasons"] as? [String])
        XCTAssertTrue(reasons.contains { $0.contains("edited") }, "same inputs and options: \(reasons)")
        XCTAssertEqual((report["options"] as? [Any])?.count, 0)
    }
}
