import XCTest
import Foundation
import HuizongFacts
import HuizongPlaces
import HuizongText

/// Every way of writing a quantity in Fixtures/number_forms.tsv: alone, inside a report sentence, and in
/// Traditional script through the document reader, read as value, value_high, unit and qualifier.
final class NumberFormsTests: XCTestCase {
    struct Row {
        var form: String, expected: String, traditional: String?, sentence: String
    }

    private func rows() throws -> [Row] {
        try Fixtures.rows("number_forms.tsv").map { c in
            XCTAssertEqual(c.count, 7, "\(c)")
            return Row(form: c[0], expected: [c[1], c[2], c[3], c[4]].joined(separator: "|"),
                       traditional: c[5] == "-" ? nil : c[5], sentence: c[6])
        }
    }

    private static func reading(_ f: Fact) -> String {
        [Fact.plain(f.value), f.valueHigh.map(Fact.plain) ?? "", f.unit, f.qualifier.rawValue].joined(separator: "|")
    }

    /// The facts of `text` read the way `huizong build` reads a file (decoding, Traditional → Simplified).
    private func readAsDocument(_ text: String) -> [Fact] {
        let document = DocumentReader().document(bytes: Array(text.utf8), path: "form.txt")
        return FactExtractor().extract(from: document) { _, _, _, _ in Attribution(region: nil, place: nil, reason: "none") }
    }

    func testEachFormAlone() throws {
        let extractor = FactExtractor()
        let rows = try rows()
        XCTAssertGreaterThan(rows.count, 80)
        for row in rows {
            XCTAssertEqual(extractor.extract(text: row.form).map(Self.reading), [row.expected], row.form)
        }
    }

    func testEachFormInARunningSentence() throws {
        let extractor = FactExtractor()
        for row in try rows() {
            XCTAssertTrue(row.sentence.contains(row.form), "sentence must hold the form: \(row.sentence)")
            let got = extractor.extract(text: row.sentence).map(Self.reading)
            XCTAssertTrue(got.contains(row.expected), "\(row.sentence): \(got) lacks \(row.expected)")
            // No second reading of the same words: the figure is read once, not as its pieces.
            let value = row.expected.split(separator: "|", omittingEmptySubsequences: false)[0]
            XCTAssertEqual(got.filter { $0.hasPrefix(value + "|") }.count, 1, "\(row.sentence): \(got)")
        }
    }

    func testTraditionalTwinsReadTheSame() throws {
        var checked = 0
        for row in try rows() {
            guard let traditional = row.traditional else { continue }
            checked += 1
            let sentence = row.sentence.replacingOccurrences(of: row.form, with: traditional)
            let got = readAsDocument(sentence).map(Self.reading)
            XCTAssertTrue(got.contains(row.expected), "\(sentence): \(got) lacks \(row.expected)")
        }
        XCTAssertGreaterThan(checked, 40)
    }

    /// The Traditional numerals and counters are in the grammar's own tables, so text that reaches the
    /// scanner unconverted (a stray line) reads the same.
    func testTraditionalNumeralsReadWithoutConversion() {
        let extractor = FactExtractor()
        XCTAssertEqual(extractor.extract(text: "兩點零零八萬人").map(Self.reading), ["20080||人|exact"])
        XCTAssertEqual(extractor.extract(text: "提高4.8個百分點").map(Self.reading), ["4.8||%|exact"])
        XCTAssertEqual(extractor.extract(text: "走訪1.2萬戶").map(Self.reading), ["12000||户|exact"])
        XCTAssertEqual(extractor.extract(text: "發放300餘份").map(Self.reading), ["300||份|at_least"])
    }
}
