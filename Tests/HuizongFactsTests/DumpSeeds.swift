import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import TestSupport

/// Writes every fact of the Simplified seeds to a file (run with HUIZONG_DUMP=/path, and HUIZONG_DUMP_INPUT=/file for
/// another text than the seeds; for hand-checking).
final class DumpSeedsTests: XCTestCase {
    func testDumpSeeds() throws {
        guard let out = ProcessInfo.processInfo.environment["HUIZONG_DUMP"] else { return }
        let ex = FactExtractor()
        var lines: [String] = []
        var inputs: [(String, String)] = []
        if let path = ProcessInfo.processInfo.environment["HUIZONG_DUMP_INPUT"] {
            inputs.append(("in", try String(contentsOfFile: path, encoding: .utf8)))
        } else {
            for prefix in ["000", "002", "003", "004"] {
                inputs.append((prefix, String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)))
            }
        }
        for (prefix, text) in inputs {
            let doc = TestDocument.make(text, path: prefix)
            for f in ex.extract(from: doc, attribute: { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }) {
                let cols = [prefix, String(f.line), Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit,
                            f.metric, f.qualifier.rawValue, f.status.rawValue, f.scope.rawValue, f.quote]
                lines.append(cols.joined(separator: "\t"))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}
