import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText
import TestSupport

/// Extraction is deterministic and per document: the seeds read many times over, as separate
/// documents by one extractor, give the same facts every time (no state leaks from one document
/// into the next). Speed is measured by `huizong-bench`, never here.
final class RepeatedExtractionTests: XCTestCase {
    func testTheSameDocumentGivesTheSameFactsEveryTime() throws {
        var docs: [Document] = []
        for prefix in ["000", "002", "003", "004"] {
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            let doc = TestDocument.make(text)
            docs += [doc, doc, doc]
        }
        let extractor = FactExtractor()
        let none: Attributor = { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }
        var first: [[Fact]] = []
        for round in 0..<3 {
            for (k, doc) in docs.enumerated() {
                let facts = extractor.extract(from: doc, attribute: none)
                if round == 0 && k % 3 == 0 { first.append(facts) }
                XCTAssertFalse(facts.isEmpty)
                XCTAssertEqual(facts, first[k / 3], "document \(k) differs in round \(round)")
            }
        }
    }
}
