import XCTest
import HuizongPlaces
import HuizongFacts
import HuizongTotals
@testable import HuizongPipeline

/// The corrections file as spreadsheets save it, and what a correction does to a document's figures.
final class CorrectionsTests: XCTestCase {
    nonisolated(unsafe) static var gazetteer: Gazetteer?
    func gazetteer() throws -> Gazetteer {
        if let g = Self.gazetteer { return g }
        let g = try Gazetteer.bundled()
        Self.gazetteer = g
        return g
    }

    func testCSVReaderReadsQuotedCellsLineBreaksAndBothLineEnds() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\",\"two\nlines\",\"\"\n\nlast,row,no-newline"
        let records = try CSVReader.records(Array(text.utf8))
        XCTAssertEqual(records.map(\.cells), [["a", "b", "c"], ["x, \"y\"", "two\nlines", ""], ["last", "row", "no-newline"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 5], "a record's line is where it starts; the blank line is skipped")
        XCTAssertThrowsError(try CSVReader.records(Array("a,\"b\"c\n".utf8))) { XCTAssertEqual(($0 as? CSVReader.Malformed)?.line, 1) }
        XCTAssertThrowsError(try CSVReader.records(Array("a\nb\"c\n".utf8))) { XCTAssertEqual(($0 as? CSVReader.Malformed)?.line, 2) }
    }

    func testWhatCSVWriterWritesReadsBackWithItsFormulaGuardsRemoved() throws {
        let facts = [Fact(document: "=a.txt", line: 3, regionCode: "150400", region: "赤峰市", place: "", metric: "funds",
                          value: Decimal(string: "5790000000")!, valueHigh: nil, unit: "元", qualifier: .exact, scope: .wholeArea,
                          status: .result, quote: "-，\"引号\"\n次行")]
        let read = try FactsInput.csv(FactsExport.csv(facts), file: "f.csv")
        XCTAssertEqual(read, facts)
        let jsonl = try FactsInput.jsonLines(FactsExport.jsonlRows(facts, corrected: [true]), file: "f.jsonl")
        XCTAssertEqual(jsonl, facts)
    }

    func fact(_ line: Int, _ value: Decimal, metric: String = "funds", place: String = "中塘镇") -> Fact {
        Fact(document: "d.txt", line: line, regionCode: "120116", region: "滨海新区", place: place, metric: metric, value: value,
             valueHigh: nil, unit: "元", qualifier: .exact, scope: .part, status: .result, quote: "q")
    }

    func testACorrectionChangesEveryFigureItNamesAndNothingElse() throws {
        let csv = """
        document,line,value,region_code,place,status,new_value,drop
        d.txt,15,1113000,632324,中塘镇,,,
        d.txt,15,58,,,target,60,
        d.txt,16,7,,,,,x
        d.txt,99,1,,,,,x
        gone.txt,1,1,,,,,x

        """
        let corrections = try Corrections.parse(Array(csv.utf8), file: "c.csv", gazetteer: gazetteer())
        let facts = [fact(15, 1113000), fact(15, 58, metric: "other", place: ""), fact(15, 58, metric: "other", place: ""),
                     fact(16, 7), fact(16, 8)]
        let result = corrections.apply(facts, document: "d.txt")
        XCTAssertEqual(result.facts.count, 4, "line 16's 7 dropped")
        XCTAssertEqual(result.corrected, [true, true, true, false])
        XCTAssertEqual(result.facts[0].regionCode, "632324")
        XCTAssertEqual(result.facts[0].region, "河南蒙古族自治县")
        XCTAssertEqual(result.facts[0].place, "", "the old region's township goes with it, even when the row still names it")
        XCTAssertEqual(result.facts[1].value, 60)
        XCTAssertEqual(result.facts[1].status, .target)
        XCTAssertEqual(result.facts[3], fact(16, 8))
        XCTAssertEqual(result.applied.map(\.index), [0, 1, 2])
        XCTAssertEqual(result.applied[1].figures, 2, "the same value twice on a line: both")
        XCTAssertEqual(result.applied[0].changes.map(\.field), ["region", "place"])
        XCTAssertEqual(corrections.stale(applied: Set(result.applied.map(\.index))).count, 2)
        XCTAssertTrue(corrections.stale(applied: [0, 1, 2])[0].hasPrefix("c.csv:5 (d.txt:99, 1)"))
        XCTAssertEqual(corrections.apply(facts, document: "other.txt").facts, facts)
    }
}
