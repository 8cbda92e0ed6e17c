import FuzzBuildHarness
import TestSupport
import XCTest

/// The whole-build fuzz target's corpus (`Fuzz/corpus/build`, crash inputs included) replayed
/// through the same invariants on every test run.
final class BuildFuzzCorpusTests: XCTestCase {
    func testEveryCorpusInputKeepsTheBuildInvariants() throws {
        let folder = ProjectPaths.root.appendingPathComponent("Fuzz/corpus/build")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(names.count, 5)
        defer { BuildHarness.cleanUp() }
        for name in names {
            BuildHarness.check([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }
}
