import XCTest
import Foundation
@testable import HuizongText
import TestSupport

final class DumpSeedsTests: XCTestCase {
    func testDump() throws {
        guard ProcessInfo.processInfo.environment["DUMP_SEEDS"] != nil else { return }
        for p in ["000", "001", "002", "003", "004"] {
            let seed = try ProjectPaths.seed(p)
            let doc = DocumentReader().document(bytes: seed.bytes, path: seed.name)
            var out = "\(doc.source)\n\(doc.diagnostics)\n"
            for para in doc.paragraphs {
                out += "[\(para.kind.rawValue) L\(doc.line(at: para.range.lowerBound))] \(doc.string(para.range))\n"
            }
            for s in doc.sentences { out += "S L\(doc.line(at: s.range.lowerBound))-\(doc.line(at: s.range.upperBound - 1)) \(doc.string(s.range))\n" }
            try out.write(toFile: "/tmp/dump_\(p).txt", atomically: true, encoding: .utf8)
        }
    }
}
