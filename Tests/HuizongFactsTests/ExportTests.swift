import XCTest
import Foundation
import HuizongFacts

/// The facts.csv / facts.jsonl field encodings.
final class ExportTests: XCTestCase {
    private func sample(valueHigh: Decimal? = nil, quote: String = "授信金额达57.9亿元") -> Fact {
        Fact(document: "a/b.txt", line: 77, regionCode: "150400", region: "赤峰市", place: "", metric: "funds",
             value: Decimal(string: "5790000000")!, valueHigh: valueHigh, unit: "元", qualifier: .exact,
             scope: .wholeArea, status: .result, quote: quote)
    }

    func testCSVFieldsFollowTheHeader() {
        XCTAssertEqual(Fact.csvHeader, "document,line,region_code,region,place,metric,value,value_high,unit,qualifier,scope,status,quote")
        let f = sample()
        XCTAssertEqual(f.csvFields, ["a/b.txt", "77", "150400", "赤峰市", "", "funds", "5790000000", "", "元", "exact",
                                     "whole_area", "result", "授信金额达57.9亿元"])
        XCTAssertEqual(f.csvFields.count, Fact.fieldNames.count)
    }

    func testPlainDecimals() {
        XCTAssertEqual(Fact.plain(Decimal(string: "72.4")!), "72.4")
        XCTAssertEqual(Fact.plain(Decimal(string: "28000")!), "28000")
        XCTAssertEqual(Fact.plain(Decimal(string: "0.75")!), "0.75")
        XCTAssertEqual(Fact.plain(Decimal(string: "127418000")!), "127418000")
    }

    func testJSONLineKeepsOrderAndEscapes() throws {
        let f = sample(valueHigh: Decimal(20), quote: "他说：\"好\"\\\n")
        let line = f.jsonLine
        XCTAssertTrue(line.hasPrefix("{\"document\":\"a/b.txt\",\"line\":77,\"region_code\":\"150400\""))
        XCTAssertTrue(line.contains("\"value\":5790000000,\"value_high\":20,\"unit\":\"元\""))
        XCTAssertTrue(line.contains("\\\"好\\\"\\\\\\n"))
        let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["quote"] as? String, "他说：\"好\"\\\n")
        XCTAssertEqual(parsed?["line"] as? Int, 77)
        XCTAssertEqual((parsed?["value"] as? NSNumber)?.int64Value, 5790000000)
        XCTAssertEqual(parsed?.count, Fact.fieldNames.count)
        XCTAssertTrue(sample().jsonLine.contains("\"value_high\":null"))
    }
}
