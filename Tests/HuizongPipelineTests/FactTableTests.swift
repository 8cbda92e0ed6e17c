import XCTest
import Foundation
import HuizongFacts
import HuizongTotals
import TestSupport
@testable import HuizongPipeline

/// The compact fact table gives back every field of every fact, and every quote, exactly.
final class FactTableTests: XCTestCase {
    /// Facts with varied strings, values, ranges and quotes of every length, including quotes
    /// that straddle the store's 1 MB write buffer and ones that are empty or non-BMP.
    func makeFacts(_ count: Int) -> [Fact] {
        var random = SplitMix64(seed: 7)
        let regions = [("", ""), ("150400", "赤峰市"), ("130682", "定州市"), ("632324", "河南蒙古族自治县")]
        let metrics = [("funds", "元"), ("opinions_collected", "条"), ("people_served", "人次")]
        return (0..<count).map { i in
            let region = regions[Int(random.next() % UInt64(regions.count))]
            let metric = metrics[Int(random.next() % UInt64(metrics.count))]
            let quoteLength = Int(random.next() % 400)
            let quote = i % 97 == 0 ? "" : String(repeating: i % 5 == 0 ? "𰻞" : "授信金额达57.9亿元，", count: quoteLength / 10 + 1)
            let value = Decimal(Int(random.next() % 1_000_000)) / 10
            return Fact(document: "dir/\(i / 40).txt", line: i % 300 + 1, regionCode: region.0, region: region.1,
                        place: i % 3 == 0 ? "新城镇" : "", metric: metric.0, value: value,
                        valueHigh: i % 11 == 0 ? value + 5 : nil, unit: metric.1,
                        qualifier: Qualifier.allCases[i % Qualifier.allCases.count],
                        scope: i % 2 == 0 ? .wholeArea : .part, status: i % 7 == 0 ? .target : .result,
                        quote: quote + "\(i)")
        }
    }

    func testEveryFactAndQuoteComesBackExactly() throws {
        let facts = makeFacts(20_000)
        var table = try FactTable()
        // Appended a document at a time, as the extraction does.
        for start in stride(from: 0, to: facts.count, by: 40) {
            try table.append(Array(facts[start..<min(start + 40, facts.count)]))
        }
        XCTAssertEqual(table.count, facts.count)
        XCTAssertGreaterThan(facts.reduce(0) { $0 + $1.quote.utf8.count }, 2 << 20, "the quotes pass the write buffer")
        for i in facts.indices {
            XCTAssertEqual(table.complete(i), facts[i], "fact \(i)")
            var withoutQuote = facts[i]
            withoutQuote.quote = ""
            XCTAssertEqual(table[i], withoutQuote)
        }
        // Out of order, as the brief reads them.
        for i in [19_999, 0, 10_000, 4_321, 19_998] { XCTAssertEqual(table.quote(at: i), facts[i].quote) }
    }

    func testTheStreamedExportsEqualTheExportsOfTheWholeList() throws {
        let facts = makeFacts(500)
        XCTAssertEqual(FactsExport.csvStart + FactsExport.csvRows(facts), FactsExport.csv(facts))
        XCTAssertEqual(FactsExport.jsonlRows(Array(facts[..<200])) + FactsExport.jsonlRows(Array(facts[200...])), FactsExport.jsonl(facts))
    }
}
