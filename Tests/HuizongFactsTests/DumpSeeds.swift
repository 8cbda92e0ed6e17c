import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import TestSupport

/// Provenance of every seed fact: its line holds text of its quote, and its quote is text of the
/// document. With HUIZONG_DUMP=/path the facts are also written out for hand-checking
/// (HUIZONG_DUMP_INPUT=/file reads another text than the seeds).
final class DumpSeedsTests: XCTestCase {
    func testProvenanceAndDump() throws {
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
            let original = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for f in ex.extract(from: doc, attribute: { _, _, _, _ in Attribution(region: nil, place: nil, reason: "") }) {
                XCTAssertTrue(doc.text.contains(f.quote), "quote not in text: \(f.quote)")
                XCTAssertTrue((1...original.count).contains(f.line))
                // The figure's own line shares text with the quote (the quote may run onto a joined line).
                let head = String(f.quote.unicodeScalars.prefix(2).map(Character.init))
                let tail = String(f.quote.unicodeScalars.suffix(2).map(Character.init))
                XCTAssertTrue(original[f.line - 1].contains(head) || original[f.line - 1].contains(tail),
                              "line \(f.line) vs \(f.quote)")
                let cols = [prefix, String(f.line), Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit,
                            f.metric, f.qualifier.rawValue, f.status.rawValue, f.scope.rawValue, f.quote]
                lines.append(cols.joined(separator: "\t"))
            }
        }
        XCTAssertFalse(lines.isEmpty)
        if let out = ProcessInfo.processInfo.environment["HUIZONG_DUMP"] {
            try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
    }
}
