import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText
import TestSupport

/// Extraction is deterministic and per document: the seeds read many times as separate documents give
/// the same facts every time. With HUIZONG_BENCH=1 (ideally `swift test -c release`) the corpus is larger
/// and the throughput is printed; timing is never asserted.
final class ThroughputBench: XCTestCase {
    func testThroughput() throws {
        let bench = ProcessInfo.processInfo.environment["HUIZONG_BENCH"] != nil
        let copies = bench ? 100 : 3
        var docs: [Document] = []
        var bytes = 0
        for prefix in ["000", "002", "003", "004"] {
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            let doc = TestDocument.make(text)
            for _ in 0..<copies { docs.append(doc); bytes += text.utf8.count }
        }
        let extractor = FactExtractor()
        let none: Attributor = { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }
        let start = Date()
        var count = 0
        var perDocument: [[Fact]] = []
        for round in 0..<3 {
            for (k, doc) in docs.enumerated() {
                let facts = extractor.extract(from: doc, attribute: none)
                count += facts.count
                if round == 0 && k % copies == 0 { perDocument.append(facts) }
                // Whole-fact comparison is slow; when timing, compare counts only.
                if bench {
                    XCTAssertEqual(facts.count, perDocument[k / copies].count)
                } else {
                    XCTAssertEqual(facts, perDocument[k / copies], "document \(k) differs in round \(round)")
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(bytes * 3) / 1_000_000
        guard bench else { return }
        print(String(format: "throughput: %.1f MB in %.3f s = %.1f MB/s (%d facts)", mb, seconds, mb / seconds, count))
    }
}
