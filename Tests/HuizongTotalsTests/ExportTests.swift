import XCTest
import HuizongFacts
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
        let csv = String(decoding: TotalsExport.csv(totals, facts: facts).dropFirst(3), as: UTF8.self)
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
