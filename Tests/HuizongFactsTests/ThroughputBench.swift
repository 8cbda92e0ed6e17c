import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText
import TestSupport

/// Prints extraction throughput on the seeds, each read 100 times as separate documents (run with HUIZONG_BENCH=1,
/// ideally `swift test -c release`). Prints only: no timing assertions.
final class ThroughputBench: XCTestCase {
    func testThroughput() throws {
        guard ProcessInfo.processInfo.environment["HUIZONG_BENCH"] != nil else { return }
        var docs: [Document] = []
        var bytes = 0
        for prefix in ["000", "002", "003", "004"] {
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            let doc = TestDocument.make(text)
            for _ in 0..<100 { docs.append(doc); bytes += text.utf8.count }
        }
        let extractor = FactExtractor()
        let none: Attributor = { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }
        let start = Date()
        var count = 0
        for _ in 0..<3 { for doc in docs { count += extractor.extract(from: doc, attribute: none).count } }
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(bytes * 3) / 1_000_000
        print(String(format: "throughput: %.1f MB in %.3f s = %.1f MB/s (%d facts)", mb, seconds, mb / seconds, count))
    }
}
