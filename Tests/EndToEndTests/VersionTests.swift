import XCTest
import TestSupport

/// `huizong --version` and the version and options manifest.json records (issue 19).
final class VersionTests: XCTestCase {
    /// The version as Sources/HuizongPipeline/Version.swift sets it (the one place).
    func declaredVersion() throws -> String {
        let source = try String(contentsOf: ProjectPaths.root.appendingPathComponent("Sources/HuizongPipeline/Version.swift"),
                                encoding: .utf8)
        let line = try XCTUnwrap(source.split(separator: "\n").first { $0.contains("static let number") })
        return String(try XCTUnwrap(line.split(separator: "\"").dropFirst().first))
    }

    func testVersionPrintsTheDeclaredNumberAndExitsZero() throws {
        let result = try CommandRunner.run(CommandRunner.huizong, ["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("huizong \(try declaredVersion())"), result.stdout)
        XCTAssertEqual(result.stdout.filter { $0 == "\n" }.count, 1, "one line: \(result.stdout)")
    }

    /// A CI log can tell which Huizong, and which options, built a brief; a second build with the
    /// same options writes the same manifest (no commit, time or path in it).
    func testManifestRecordsVersionAndTheOptionsThatChangeOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let built = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", out.path, "--quiet", "--dpi", "72", "--lang", "en"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let bytes = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        XCTAssertEqual(manifest["version"] as? String, try declaredVersion())
        let options = try XCTUnwrap(manifest["options"] as? [String: Any])
        XCTAssertEqual(options["dpi"] as? Int, 72)
        XCTAssertEqual(options["lang"] as? String, "en")
        XCTAssertEqual(options["top_n"] as? Int, 15)
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains(folder.path), "no absolute path")

        let again = folder.appendingPathComponent("again")
        XCTAssertEqual(try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", again.path, "--quiet", "--dpi", "72", "--lang", "en"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: again.appendingPathComponent("manifest.json")), bytes)
    }
}
