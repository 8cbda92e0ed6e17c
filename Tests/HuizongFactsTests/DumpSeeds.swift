import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import TestSupport

/// Writes every fact of the Simplified seeds to a file (run with HUIZONG_DUMP=/path; for hand-checking).
final class DumpSeedsTests: XCTestCase {
    func testDumpSeeds() throws {
        guard let out = ProcessInfo.processInfo.environment["HUIZONG_DUMP"] else { return }
        let ex = FactExtractor()
        var lines: [String] = []
        for prefix in ["000", "002", "003", "004"] {
            let seed = try ProjectPaths.seed(prefix)
            let doc = TestDocument.make(String(decoding: seed.bytes, as: UTF8.self), path: seed.name)
            for f in ex.extract(from: doc, attribute: { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }) {
                let cols = [prefix, String(f.line), Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit,
                            f.metric, f.qualifier.rawValue, f.status.rawValue, f.scope.rawValue, f.quote]
                lines.append(cols.joined(separator: "\t"))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}
