import XCTest
import TestSupport

/// Short at any scale (issue 18, item 3): a brief of 1,000 documents from all over the country fits
/// in 40 pages. The corpus is generated here (seeded, so the same on every run): short reports,
/// each from a county named with its prefecture, stating figures of every summable metric. The
/// brief's length follows the regions and metrics it covers, not the bytes of its documents, so
/// short documents give a brief as long as huizong-bench's 4–20 KB ones and keep the test quick.
final class LargeBriefLengthTests: XCTestCase {
    /// (prefecture, county) names of every county in the committed gazetteer.
    func counties() throws -> [(String, String)] {
        let url = ProjectPaths.root.appendingPathComponent("Sources/HuizongPlaces/Data/gazetteer.tsv")
        var names: [String: String] = [:], parents: [(code: String, parent: String, name: String)] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where line.hasPrefix("R\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            names[f[1]] = f[4]
            if f[2] == "k" { parents.append((f[1], f[3], f[4])) }
        }
        // Counties under a prefecture (a municipality's districts stand under their province).
        return parents.compactMap { k in names[k.parent].flatMap { $0.hasSuffix("省") || $0.hasSuffix("自治区") ? nil : ($0, k.name) } }
    }

    /// One report: two to four paragraphs, each naming its county and stating three figures.
    func report(_ place: (String, String), _ rng: inout SplitMix64) -> String {
        func n(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        let sentences = [
            "累计征求意见建议\(n(50...90000))条，解决群众急难愁盼问题\(n(20...5000))件",
            "办理民生实事\(n(5...900))件，投入资金\(n(10...90000))万元",
            "组织党员干部\(n(100...9000))名深入基层，开展志愿服务活动\(n(5...900))场",
            "服务群众\(n(100...90000))人次，帮助困难家庭\(n(10...3000))户",
            "出台惠民政策\(n(2...60))项，\(n(50...5000))名志愿者参与",
        ]
        var paragraphs = ["\(place.0)\(place.1)“我为群众办实事”实践活动情况", ""]
        for _ in 0..<n(2...4) {
            let first = n(0...4), second = (first + n(1...4)) % 5
            paragraphs.append("\(place.0)\(place.1)开展“我为群众办实事”实践活动以来，\(sentences[first])，\(sentences[second])。")
        }
        return paragraphs.joined(separator: "\n")
    }

    /// Both languages from one corpus: English words take about twice the width of Chinese ones,
    /// so the English brief is the one that overflows first (46 pages before its tables were fitted).
    func testAThousandDocumentBriefFitsInFortyPagesInEitherLanguage() throws {
        let places = try counties()
        XCTAssertGreaterThan(places.count, 2000)
        let folder = try CommandRunner.temporaryFolder("huizong-thousand")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var rng = SplitMix64(seed: 18)
        for i in 0..<1000 {
            let place = places[Int(rng.next() % UInt64(places.count))]
            try Data(report(place, &rng).utf8).write(to: corpus.appendingPathComponent(String(format: "report%04d.txt", i)))
        }
        for lang in ["zh", "en"] {
            let out = folder.appendingPathComponent("brief-" + lang)
            let result = try CommandRunner.run(CommandRunner.huizong, ["build", corpus.path, "-o", out.path, "--lang", lang, "--quiet"])
            XCTAssertEqual(result.status, 0, result.stderr)
            if lang == "zh" { try checkBreadth(out) }

            let pdf = out.appendingPathComponent("brief.pdf").path
            let info = try CommandRunner.tool("pdfinfo", [pdf]).stdout
            let pages = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }, info)
            XCTAssertLessThanOrEqual(pages, 40, "a brief of 1,000 documents in \(lang) runs to \(pages) pages")
            // Short, yet it says where the rest is: every figure in facts.csv, every total's in totals.json.
            let text = try CommandRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
            XCTAssertTrue(text.contains("facts.csv"), "the \(lang) brief points to the exports")
            if lang == "en" {
                XCTAssertTrue(text.contains("totals.json"), "the English short form says where each total's figures are")
            }
        }
    }

    /// The corpus is as broad as a national one: most provinces and hundreds of prefectures report.
    func checkBreadth(_ out: URL) throws {
        let totals = try String(contentsOf: out.appendingPathComponent("totals.csv"), encoding: .utf8)
        let rows = totals.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertGreaterThanOrEqual(Set(rows.filter { $0.count > 2 && $0[2] == "province" }.map { $0[0] }).count, 28)
        XCTAssertGreaterThanOrEqual(Set(rows.filter { $0.count > 2 && $0[2] == "prefecture" }.map { $0[0] }).count, 200)
    }
}
