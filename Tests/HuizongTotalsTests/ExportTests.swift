import XCTest
import HuizongFacts
import TestSupport
@testable import HuizongTotals

final class ExportTests: XCTestCase {
    func testDisplayUsesWanAndYiWithMarks() {
        XCTAssertEqual(DisplayNumber.format(5_790_000_000, unit: "元"), "57.9亿元")
        XCTAssertEqual(DisplayNumber.format(28_000, unit: "条", qualifier: .atLeast), "≥2.8万条")
        XCTAssertEqual(DisplayNumber.format(1459, unit: "件"), "1459件")
        XCTAssertEqual(DisplayNumber.format(10_732, unit: "个"), "10732个", "rounding would hide a stated figure")
        XCTAssertEqual(DisplayNumber.format(127_418_000, unit: "元", qualifier: .approx), "≈1.27亿元")
        XCTAssertEqual(DisplayNumber.format(Decimal(string: "72.4")!, unit: "%"), "72.4%")
        XCTAssertEqual(DisplayNumber.format(161_900_000, unit: "元"), "1.62亿元")
        // From 1万亿 on, 万亿: never 26307.81亿元.
        XCTAssertEqual(DisplayNumber.format(Decimal(string: "2630781000000")!, unit: "元"), "2.63万亿元")
        XCTAssertEqual(DisplayNumber.format(1_000_000_000_000, unit: "元", qualifier: .atLeast), "≥1万亿元")
        XCTAssertEqual(DisplayNumber.format(Decimal(string: "999999000000")!, unit: "元"), "9999.99亿元")
    }

    func testCSVHasBOMQuotesAndNeutralisesFormulas() throws {
        var w = CSVWriter(header: ["a", "b", "c"])
        try w.appendRow(["=SUM(A1)", "说\"好\",的", "-3"], numeric: [2])
        let text = String(decoding: w.data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(Array(w.data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(text, "a,b,c\r\n'=SUM(A1),\"说\"\"好\"\",的\",-3\r\n")
        XCTAssertEqual(CSVWriter.field("@cmd", numeric: false), "'@cmd")
        XCTAssertEqual(CSVWriter.field("\tx", numeric: false), "'\tx")
    }

    func testTotalsExportsListTheFactsBehindEachTotal() {
        let facts = [fact("150404", 300, document: "a.txt", line: 4), fact("150402", 200, document: "b.txt", line: 7)]
        let totals = TotalsBuilder(directory: FixtureDirectory()).build(facts)
        let csv = String(decoding: TotalsExport.csv(totals).dropFirst(3), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "region_code,region,level,parent_code,metric,value,unit,qualifier,facts,documents")
        XCTAssertTrue(lines.contains("150400,赤峰市,prefecture,150000,opinions_collected,500,条,exact,2,2"), "\(lines)")
        let json = String(decoding: TotalsExport.json(totals, facts: facts), as: UTF8.self)
        let parsed = try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        XCTAssertEqual(parsed.count, 4)
        XCTAssertEqual(parsed.first?["facts"] as? [String], ["a.txt:4", "b.txt:7"])
        XCTAssertEqual(JSONText.string("a\"b\\\n\u{1}"), "\"a\\\"b\\\\\\n\\u0001\"")
    }
}

/// The byte writers of facts.csv and facts.jsonl give exactly the text of the field-by-field
/// definitions in `Fact` (`csvFields` through `CSVWriter`, and `jsonLine`), for awkward facts too.
final class FactRowBytesTests: XCTestCase {
    func awkwardFacts() -> [Fact] {
        let texts = ["", "赤峰市", "=HYPERLINK(\"x\")", "+1", "-", "@a", "\tx", " padded ", "a,b", "say \"hi\"",
                     "line\nbreak", "cr\rhere", "back\\slash", "\u{1}ctl", "sep\u{2028}arator", "–dash", "𰻞𰻞面"]
        let values: [Decimal] = [0, 1, 57.9, Decimal(string: "5790000000")!, Decimal(string: "0.0000001")!,
                                 Decimal(string: "0.123456789123")!, Decimal(string: "-3.5")!,
                                 Decimal(string: "99999999999999000000000000")!, Decimal(string: "72.40")!]
        var facts: [Fact] = []
        for (k, text) in texts.enumerated() {
            for (j, value) in values.enumerated() {
                facts.append(Fact(document: texts[(k + 1) % texts.count] + ".txt", line: k * 10 + j, regionCode: k % 2 == 0 ? "150400" : "",
                                  region: text, place: texts[(k + j) % texts.count], metric: "funds", value: value,
                                  valueHigh: j % 3 == 0 ? value + 1 : nil, unit: texts[(k + 2 * j) % texts.count],
                                  qualifier: Qualifier.allCases[j % 4], scope: .part, status: .result, quote: text + "。"))
            }
        }
        return facts
    }

    func testCSVRowsEqualTheFieldDefinition() {
        for f in awkwardFacts() {
            var expected: [UInt8] = []
            CSVWriter.appendRow(f.csvFields, numeric: [1, 6, 7], to: &expected)
            var got: [UInt8] = []
            FactRowBytes.appendCSV(f, to: &got)
            XCTAssertEqual(String(decoding: got, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        }
    }

    func testJSONLinesEqualTheFieldDefinition() throws {
        for f in awkwardFacts() {
            var got: [UInt8] = []
            FactRowBytes.appendJSON(f, to: &got)
            XCTAssertEqual(String(decoding: got, as: UTF8.self), f.jsonLine + "\n")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(got.dropLast())))
        }
    }
}

/// The fast decimal text is exactly Foundation's, for every shape of Decimal the stages make.
final class DecimalTextTests: XCTestCase {
    func testSameTextAsFoundation() {
        var random = SplitMix64(seed: 42)
        var values: [Decimal] = ["0", "-0", "1", "72.40", "0.5", "0.001", "57.9", "5790000000", "-3.25", "1e-8",
                                 "0.0000001", "99999999999999000000000000", "18446744073709551615", "4611686018427387904",
                                 "123456789.987654321", "1000000000000000000000"].map { Decimal(string: $0)! }
        for _ in 0..<5000 {
            let mantissa = random.next() >> (random.next() % 64)
            let exponent = Int(random.next() % 30) - 15
            values.append(Decimal(sign: random.next() % 5 == 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa)))
            // Sums and products, as totals and unit conversion make them.
            values.append(Decimal(mantissa % 100_000) / 10 + Decimal(string: "0.05")!)
            values.append(Decimal(mantissa % 1000) * 10_000)
        }
        for v in values { XCTAssertEqual(DecimalText.description(v), v.description, "\(v)") }
        XCTAssertEqual(DecimalText.description(Decimal.nan), Decimal.nan.description)
    }
}
