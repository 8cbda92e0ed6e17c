import XCTest
import TestSupport

/// Issue 17's map/reduce split: `huizong facts` per shard of a corpus, then `huizong build --facts`
/// over the union, gives the same totals and brief as one run over the whole corpus.
final class ShardReduceTests: XCTestCase {
    func huizong(_ arguments: [String], in directory: URL) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.huizong, arguments, in: directory,
                              environment: ["HUIZONG_FONTS": ProjectPaths.fonts.path])
    }

    /// A corpus in two folders: the seeds, and some of them again under other names.
    func makeCorpus(in work: URL) throws -> (corpus: URL, files: [String]) {
        let corpus = work.appendingPathComponent("corpus")
        let fm = FileManager.default
        for folder in ["a", "b"] { try fm.createDirectory(at: corpus.appendingPathComponent(folder), withIntermediateDirectories: true) }
        let seeds = try fm.contentsOfDirectory(atPath: ProjectPaths.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var files: [String] = []
        for name in seeds {
            try fm.copyItem(at: ProjectPaths.seeds.appendingPathComponent(name), to: corpus.appendingPathComponent("a/" + name))
            files.append("a/" + name)
        }
        for (k, name) in seeds.enumerated() where k % 2 == 0 {
            try fm.copyItem(at: ProjectPaths.seeds.appendingPathComponent(name), to: corpus.appendingPathComponent("b/copy-\(k).txt"))
            files.append("b/copy-\(k).txt")
        }
        return (corpus, files.sorted())
    }

    func testShardsThenReduceGiveOneRunsTotalsAndBrief() throws {
        let work = try CommandRunner.temporaryFolder()
        let (corpus, files) = try makeCorpus(in: work)
        try Data("document,line,value,region_code\na/004_1f6891cf0bc37d1b.txt,15,1113000,632324\n".utf8)
            .write(to: work.appendingPathComponent("fix.csv"))
        let fm = FileManager.default

        // Shards as the README's recipe makes them: folders of links at the corpus's relative paths.
        var shardFacts: [String] = []
        for shard in 0..<3 {
            let folder = work.appendingPathComponent("shard\(shard)")
            for (k, file) in files.enumerated() where k % 3 == shard {
                let link = folder.appendingPathComponent(file)
                try fm.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.createSymbolicLink(at: link, withDestinationURL: corpus.appendingPathComponent(file))
            }
            // Shards may be written in either format.
            let format = shard == 1 ? "csv" : "jsonl"
            let facts = try huizong(["facts", folder.path, "--format", format, "--jobs", "1"], in: work)
            XCTAssertEqual(facts.status, 0, facts.stderr)
            let name = "shard\(shard).\(format)"
            try Data(facts.stdoutBytes).write(to: work.appendingPathComponent(name))
            shardFacts.append(name)
        }
        let whole = try huizong(["facts", corpus.path, "--format", "jsonl"], in: work)
        XCTAssertEqual(whole.status, 0, whole.stderr)
        try Data(whole.stdoutBytes).write(to: work.appendingPathComponent("whole.jsonl"))

        let fix = ["--corrections", "fix.csv", "--quiet"]
        let reduced = try huizong(["build", "--facts"] + shardFacts.reversed() + ["-o", "reduced"] + fix, in: work)
        XCTAssertEqual(reduced.status, 0, reduced.stderr)
        XCTAssertEqual(try huizong(["build", "--facts", "whole.jsonl", "-o", "one-facts-run"] + fix, in: work).status, 0)
        XCTAssertEqual(try huizong(["build", corpus.path, "-o", "direct"] + fix, in: work).status, 0)

        func bytes(_ folder: String, _ file: String) throws -> Data {
            try Data(contentsOf: work.appendingPathComponent(folder).appendingPathComponent(file))
        }
        let charts = try fm.contentsOfDirectory(atPath: work.appendingPathComponent("direct/charts").path).sorted()
        XCTAssertFalse(charts.isEmpty)
        // The reduce of the shards and of one facts run over everything: every output the same.
        for file in ["totals.csv", "totals.json", "brief.pdf", "facts.csv", "facts.jsonl", "manifest.json"] + charts.map({ "charts/" + $0 }) {
            XCTAssertEqual(try bytes("reduced", file), try bytes("one-facts-run", file), file)
        }
        // And the figures, totals and charts of a build from the articles themselves (the brief
        // differs only in its list of documents: facts files hold no encodings or regions).
        for file in ["totals.csv", "totals.json", "facts.csv", "facts.jsonl"] + charts.map({ "charts/" + $0 }) {
            XCTAssertEqual(try bytes("reduced", file), try bytes("direct", file), file)
        }
        let jsonl = String(decoding: try bytes("reduced", "facts.jsonl"), as: UTF8.self)
        XCTAssertTrue(jsonl.contains("\"document\":\"a/004_1f6891cf0bc37d1b.txt\",\"line\":15,\"region_code\":\"632324\""),
                      "the correction applies in the reduce step too")
        let brief = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", work.appendingPathComponent("reduced/brief.pdf").path, "-"]).stdout
        XCTAssertTrue(brief.filter { !$0.isWhitespace }.contains("huizongbuild--facts"), "the brief says it was built from facts files")

        // A shard given twice (or overlapping shards) is named, and nothing is counted twice.
        let overlap = try huizong(["build", "--facts", "whole.jsonl", shardFacts[0], "-o", "overlap", "--corrections", "fix.csv"], in: work)
        XCTAssertEqual(overlap.status, 0, overlap.stderr)
        XCTAssertTrue(overlap.stderr.contains("shard0.jsonl") && overlap.stderr.contains("whole.jsonl"), overlap.stderr)
        XCTAssertEqual(try bytes("overlap", "totals.csv"), try bytes("direct", "totals.csv"))
    }

    func testFactsOnStandardOutputHaveNoBOMAndReduceRejectsBadInput() throws {
        let work = try CommandRunner.temporaryFolder()
        let facts = try huizong(["facts", ProjectPaths.seeds.path], in: work)
        XCTAssertEqual(facts.status, 0, facts.stderr)
        XCTAssertTrue(facts.stdout.hasPrefix("document,line,region_code,"), "no BOM before the header")

        let both = try huizong(["build", ProjectPaths.seeds.path, "--facts", "x.jsonl", "-o", "out"], in: work)
        XCTAssertEqual(both.status, 2, both.stderr)
        try Data("{\"document\":\"a.txt\",\"line\":1}\n".utf8).write(to: work.appendingPathComponent("bad.jsonl"))
        let bad = try huizong(["build", "--facts", "bad.jsonl", "-o", "out"], in: work)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("bad.jsonl:1"), bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("out").path))
    }
}
