import XCTest
import TestSupport

/// The rendered brief read back as text (issue 18): page 1 a summary, an overview with a 合计 row.
extension BuildTests {
    func testPageOneReadsAsTheCampaignSummary() throws {
        let pdf = try seedsBuild().appendingPathComponent("brief.pdf").path
        let page1 = try CommandRunner.tool("pdftotext", ["-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"]).stdout
            .filter { !$0.isWhitespace }
        XCTAssertTrue(page1.contains("征集意见建议合计") && page1.contains("资金合计"), page1)
        XCTAssertTrue(page1.contains("≥"), "a lower-bound total is marked: \(page1)")
        XCTAssertTrue(page1.contains("报告了可汇总的数字") && page1.contains("最多"), "the lead: \(page1)")
        XCTAssertFalse(page1.contains("文档"), "bookkeeping belongs to the appendix: \(page1)")
        let all = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout.filter { !$0.isWhitespace }
        XCTAssertTrue(all.contains("说明：合计只计已完成的数字"))
        XCTAssertTrue(all.contains("河北省小计") && all.contains("合计"), "subtotals and the 合计 row")
        // The unit stands whole in the column head, never split over two lines.
        XCTAssertTrue(all.contains("资金（亿元）"), "unit in the column head")
    }
}
