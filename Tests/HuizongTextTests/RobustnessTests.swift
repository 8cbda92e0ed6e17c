import XCTest
import TestSupport
@testable import HuizongText

/// Inputs that are not text at all: diagnostics, never a crash.
final class RobustnessTests: XCTestCase {
    func testEmptyFileGivesADiagnostic() {
        let doc = Helpers.reader.document(bytes: [], path: "empty.txt")
        XCTAssertEqual(doc.text, "")
        XCTAssertTrue(doc.paragraphs.isEmpty)
        XCTAssertTrue(doc.sentences.isEmpty)
        XCTAssertEqual(doc.source.byteCount, 0)
        XCTAssertEqual(doc.source.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(doc.diagnostics.map(\.path), ["empty.txt"])
        XCTAssertEqual(doc.line(at: 0), 1)
    }

    func testRandomBytesGiveADiagnosticAndNoCrash() {
        var generator = SplitMix64(seed: 20211122)
        for size in [17, 256, 1000, 65_537] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let doc = Helpers.reader.document(bytes: bytes, path: "noise.bin")
            XCTAssertFalse(doc.diagnostics.isEmpty, "size \(size)")
            XCTAssertTrue(doc.diagnostics.contains { $0.message.contains("left out") }, "size \(size)")
            XCTAssertEqual(doc.text, "", "noise must not reach fact extraction")
            XCTAssertEqual(doc.source.byteCount, size)
            for s in doc.sentences { XCTAssertLessThanOrEqual(s.range.upperBound, doc.scalars.count) }
            XCTAssertEqual(doc.text.unicodeScalars.count, doc.scalars.count)
        }
    }

    func testNulAndControlBytesAreDropped() {
        let doc = Helpers.document(text: "办结\u{0}实事\u{7}12件。")
        XCTAssertEqual(doc.text, "办结实事12件。")
    }

    func testLineEndsCRLFAndCRAllCount() {
        let doc = Helpers.document(text: "第一段写完了。\r\n第二段也写完了。\r第三段。\n\n第五行。")
        XCTAssertEqual(doc.text, "第一段写完了。\n第二段也写完了。\n第三段。\n第五行。")
        XCTAssertEqual(doc.paragraphs.count, 4)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "第二段", in: doc)!), 2)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "第三段", in: doc)!), 3)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "第五行", in: doc)!), 5)
    }
}
