import XCTest
import TestSupport

/// An installed huizong (PREFIX/bin/huizong with PREFIX/share/huizong, as scripts/install lays it
/// out) finds its data from its own path: run from any folder, it builds the same brief.
final class InstalledCopyTests: XCTestCase {
    /// PREFIX/bin/huizong and PREFIX/share/huizong/{data files, Fonts}, copied from the project.
    func install(into prefix: URL) throws -> URL {
        let fm = FileManager.default
        let bin = prefix.appendingPathComponent("bin"), share = prefix.appendingPathComponent("share/huizong")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.createDirectory(at: share, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("huizong")
        try fm.copyItem(at: CommandRunner.huizong, to: binary)
        for path in ["Sources/HuizongPlaces/Data/gazetteer.tsv", "Sources/HuizongPlaces/Data/gazetteer.index",
                     "Sources/HuizongPlaces/Data/newspapers.tsv",
                     "Sources/HuizongFacts/Data/metrics.tsv", "Sources/HuizongFacts/Data/metric_order.tsv"] {
            let source = ProjectPaths.root.appendingPathComponent(path)
            try fm.copyItem(at: source, to: share.appendingPathComponent(source.lastPathComponent))
        }
        try fm.copyItem(at: ProjectPaths.fonts, to: share.appendingPathComponent("Fonts"))
        return binary
    }

    func testAnInstalledCopyRunFromAnyFolderBuildsTheSameBrief() throws {
        let work = try CommandRunner.temporaryFolder()
        let binary = try install(into: work.appendingPathComponent("prefix"))
        let elsewhere = work.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let config = ProjectPaths.root.appendingPathComponent("huizong.toml").path
        let installed = try CommandRunner.run(binary, ["build", ProjectPaths.seeds.path, "--config", config, "-o", "out", "--quiet"],
                                              in: elsewhere)
        XCTAssertEqual(installed.status, 0, installed.stderr)
        let project = work.appendingPathComponent("project-out")
        let built = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", project.path, "--quiet"])
        XCTAssertEqual(built.status, 0, built.stderr)
        let check = try CommandRunner.run(CommandRunner.huizong, ["check", "seeds", "-o", elsewhere.appendingPathComponent("out").path])
        XCTAssertEqual(check.status, 0, check.stderr)
        for name in ["brief.pdf", "facts.csv", "totals.csv", "manifest.json"] {
            XCTAssertEqual(try Data(contentsOf: elsewhere.appendingPathComponent("out/\(name)")),
                           try Data(contentsOf: project.appendingPathComponent(name)), name)
        }
    }

    /// The copy reads share/huizong, not the resource bundles in .build/ (which a copied binary can
    /// still reach by their absolute path): a broken rules file there is what it reports.
    func testAnInstalledCopyReadsItsOwnShareFolder() throws {
        let work = try CommandRunner.temporaryFolder()
        let binary = try install(into: work.appendingPathComponent("prefix"))
        try Data("not\ta rules file\n@@@\n".utf8).write(to: work.appendingPathComponent("prefix/share/huizong/metrics.tsv"))
        let result = try CommandRunner.run(binary, ["facts", ProjectPaths.seeds.path], in: work)
        XCTAssertNotEqual(result.status, 0, "a broken share/huizong/metrics.tsv went unnoticed")
    }
}
