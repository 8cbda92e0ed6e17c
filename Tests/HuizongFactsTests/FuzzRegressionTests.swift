import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText
import TestSupport

/// Inputs found by the fuzz targets (Fuzz/README.md) that once broke an invariant.
final class FuzzRegressionTests: XCTestCase {
    /// fuzz-numbers: a 130-digit run overflowed Decimal to NaN, which reached facts.csv as `NaN`.
    /// Such a run is no figure; the real figures of the sentence are still found.
    func testHundredDigitRunIsNoFigure() {
        let text = "已完成5项，新建项目1" + String(repeating: "0", count: 128) + "9项，总投资16.19亿元。"
        let facts = FactExtractor().extract(text: text)
        XCTAssertFalse(facts.contains { $0.value.isNaN || ($0.valueHigh?.isNaN ?? false) }, "\(facts.map(\.csvFields))")
        XCTAssertTrue(facts.contains { $0.unit == "元" && $0.value == Decimal(string: "1619000000") }, "\(facts.map(\.csvFields))")
        XCTAssertTrue(facts.contains { $0.unit == "项" && $0.value == 5 }, "\(facts.map(\.csvFields))")
    }

    /// The same overflow through the Chinese grammar: 亿 stacked past Decimal's range.
    func testStackedLargeUnitsDoNotOverflowToNaN() {
        let text = "共有一" + String(repeating: "亿", count: 25) + "人，改造住宅35户。"
        let facts = FactExtractor().extract(text: text)
        XCTAssertFalse(facts.contains { $0.value.isNaN }, "\(facts.map(\.csvFields))")
        XCTAssertTrue(facts.contains { $0.unit == "户" && $0.value == 35 }, "\(facts.map(\.csvFields))")
    }

    /// Every input of the committed fuzz-numbers corpus keeps the invariants the fuzz target checks,
    /// so the corpus guards the number grammar in every test run, not only while fuzzing.
    func testNumbersCorpusKeepsInvariants() throws {
        let folder = ProjectPaths.root.appendingPathComponent("Fuzz/corpus/numbers")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(names.count, 100)
        let extractor = FactExtractor()
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            for f in extractor.extract(text: text) {
                XCTAssertFalse(f.value.isNaN, name)
                XCTAssertGreaterThanOrEqual(f.value, 0, name)
                if let high = f.valueHigh { XCTAssertGreaterThanOrEqual(high, f.value, name) }
                XCTAssertEqual(f.csvFields.count, 13, name)
            }
        }
    }

    /// Every input of the committed fuzz-document corpus (odd encodings, broken Markdown, binary
    /// noise) goes through reading, place resolution and extraction as the pipeline does, and each
    /// fact keeps a line inside the input, in order, with its value invariants.
    func testDocumentCorpusKeepsInvariants() throws {
        let folder = ProjectPaths.root.appendingPathComponent("Fuzz/corpus/document")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertGreaterThan(names.count, 100)
        let resolver = PlaceResolver(gazetteer: try Gazetteer.bundled())
        let extractor = FactExtractor()
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let doc = DocumentReader().document(bytes: bytes, path: name)
            let places = resolver.resolve(scalars: doc.scalars, paragraphs: doc.paragraphs.map(\.range), override: nil)
            for m in places.mentions { XCTAssertLessThanOrEqual(m.range.upperBound, doc.scalars.count, name) }
            let facts = extractor.extract(from: doc) { offset, clause, sentence, paragraph in
                places.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
            }
            // Every line break holds a CR or LF byte in each supported encoding.
            let lines = bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
            var previous = 1
            for f in facts {
                XCTAssertFalse(f.value.isNaN, name)
                XCTAssertGreaterThanOrEqual(f.value, 0, name)
                if let high = f.valueHigh { XCTAssertGreaterThanOrEqual(high, f.value, name) }
                XCTAssertTrue((previous...lines).contains(f.line), "\(name): line \(f.line) after \(previous), \(lines) lines")
                previous = f.line
            }
        }
    }
}
