import XCTest
import TestSupport

/// totals.xlsx beside totals.csv (issue 18): a sheet per level, numbers as numbers in 万/亿.
extension BuildTests {
    func unzipped(_ xlsx: URL, _ part: String) throws -> String {
        try CommandRunner.tool("unzip", ["-p", xlsx.path, part]).stdout
    }

    func testTotalsWorkbookHoldsEveryTotalAsANumberOnASheetPerLevel() throws {
        let out = try seedsBuild()
        let xlsx = out.appendingPathComponent("totals.xlsx")
        let workbook = try unzipped(xlsx, "xl/workbook.xml")
        for sheet in ["省级", "地级", "县级"] { XCTAssertTrue(workbook.contains("name=\"\(sheet)\""), workbook) }
        let styles = try unzipped(xlsx, "xl/styles.xml")
        XCTAssertTrue(styles.contains("万") && styles.contains("亿"), "a 万/亿 number format")
        let strings = try unzipped(xlsx, "xl/sharedStrings.xml")
        XCTAssertTrue(strings.contains("<t>地区</t>") && strings.contains("<t>数值</t>"), "Chinese headers")
        // As many rows as totals.csv, each value a number cell (no t="s") equal to the CSV's.
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("totals.csv")).dropFirst(3), as: UTF8.self)
        let csvRows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        var values: [Double] = []
        for sheet in 1...3 {
            let xml = try unzipped(xlsx, "xl/worksheets/sheet\(sheet).xml")
            let pattern = try NSRegularExpression(pattern: #"<c r="E(\d+)" s="2"><v>([^<]+)</v></c>"#)
            for match in pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
                values.append(Double(xml[Range(match.range(at: 2), in: xml)!])!)
            }
        }
        XCTAssertEqual(values.count, csvRows.count)
        let csvValues = csvRows.map { Double($0.components(separatedBy: ",")[5])! }
        XCTAssertEqual(values.sorted(), csvValues.sorted())
    }
}
