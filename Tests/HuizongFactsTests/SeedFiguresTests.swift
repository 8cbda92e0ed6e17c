import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import TestSupport

/// Every figure of the Simplified seeds against the hand-checked list (Fixtures/seed_figures.tsv).
final class SeedFiguresTests: XCTestCase {
    func testPrecisionRecallAndMetricsOnSeeds() throws {
        let expectedRows = try Fixtures.rows("seed_figures.tsv")
        let extractor = FactExtractor()
        var expected: [String: [String]] = [:]   // key seed|line|value|unit → metrics
        for r in expectedRows { expected["\(r[0])|\(r[1])|\(r[2])|\(r[4])", default: []].append(r[5]) }
        var found = 0, matched = 0, metricRight = 0
        var misses: [String] = []
        for prefix in ["000", "002", "003", "004"] {
            let seed = try ProjectPaths.seed(prefix)
            let doc = TestDocument.make(String(decoding: seed.bytes, as: UTF8.self), path: seed.name)
            let facts = extractor.extract(from: doc) { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }
            for f in facts {
                found += 1
                let key = "\(prefix)|\(f.line)|\(Fact.plain(f.value))|\(f.unit)"
                if var metrics = expected[key], !metrics.isEmpty {
                    matched += 1
                    if let k = metrics.firstIndex(of: f.metric) {
                        metricRight += 1
                        metrics.remove(at: k)
                    } else {
                        misses.append("metric \(key): got \(f.metric), expected \(metrics[0]) — \(f.quote)")
                        metrics.removeFirst()
                    }
                    expected[key] = metrics
                } else {
                    misses.append("extra \(key) \(f.metric) — \(f.quote)")
                }
            }
        }
        for (key, metrics) in expected.sorted(by: { $0.key < $1.key }) where !metrics.isEmpty {
            misses.append("missed \(key) \(metrics)")
        }
        let precision = Double(matched) / Double(max(found, 1))
        let recall = Double(matched) / Double(expectedRows.count)
        let metricRate = Double(metricRight) / Double(max(matched, 1))
        print(String(format: "seed figures: %d expected, %d found, %d matched; precision %.3f, recall %.3f, metric right %.3f",
                     expectedRows.count, found, matched, precision, recall, metricRate))
        for m in misses { print("  " + m) }
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
        XCTAssertGreaterThanOrEqual(metricRate, 0.90)
    }
}

/// The same measure on held-out report text (Fixtures/heldout.txt, sources in its header), labelled by hand.
final class HeldOutFiguresTests: XCTestCase {
    func testPrecisionRecallAndMetricsOnHeldOutReports() throws {
        let text = try String(contentsOf: Fixtures.directory.appendingPathComponent("heldout.txt"), encoding: .utf8)
        let rows = try Fixtures.rows("heldout_figures.tsv")
        var expected: [String: [String]] = [:]
        for r in rows { expected["\(r[0])|\(r[1])|\(r[3])", default: []].append(r[4]) }
        let facts = FactExtractor().extract(from: TestDocument.make(text)) { _, _, _, _ in
            Attribution(region: nil, place: nil, reason: "")
        }
        var matched = 0, metricRight = 0
        var notes: [String] = []
        for f in facts {
            let key = "\(f.line)|\(Fact.plain(f.value))|\(f.unit)"
            guard var metrics = expected[key], !metrics.isEmpty else { notes.append("extra \(key) — \(f.quote)"); continue }
            matched += 1
            if let k = metrics.firstIndex(of: f.metric) { metricRight += 1; metrics.remove(at: k) } else {
                notes.append("metric \(key): got \(f.metric), expected \(metrics[0])")
                metrics.removeFirst()
            }
            expected[key] = metrics
        }
        for (key, metrics) in expected.sorted(by: { $0.key < $1.key }) where !metrics.isEmpty { notes.append("missed \(key)") }
        let precision = Double(matched) / Double(max(facts.count, 1))
        let recall = Double(matched) / Double(rows.count)
        let metricRate = Double(metricRight) / Double(max(matched, 1))
        print(String(format: "held-out figures: %d expected, %d found; precision %.3f, recall %.3f, metric right %.3f",
                     rows.count, facts.count, precision, recall, metricRate))
        for n in notes { print("  " + n) }
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
        XCTAssertGreaterThanOrEqual(metricRate, 0.90)
    }
}
