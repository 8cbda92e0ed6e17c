import XCTest
@testable import HuizongText

/// Joining decisions on small made-up layouts.
final class JoiningTests: XCTestCase {
    func testListItemsWithoutPunctuationStayApart() {
        let doc = Helpers.document(text: "全县确定新建民生项目共计一百零九项具体包括\n一是新建农村公路四十公里以上\n二是改造老旧小区十二个以上\n")
        XCTAssertEqual(doc.paragraphs.count, 3)
    }

    func testMarkdownListAndBoldMarkersAreLifted() {
        let doc = Helpers.document(text: "# **标题**\n\n- 新建公园3个\n- 改造厕所2.1万座\n")
        XCTAssertEqual(doc.text, "标题\n新建公园3个\n改造厕所2.1万座")
        XCTAssertEqual(doc.paragraphs.map(\.kind).first, .title)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "改造厕所", in: doc)!), 4)
    }

    func testCommaEndedLineJoinsEvenWhenShort() {
        let doc = Helpers.document(text: "6月30日，市长王旺盛，\n\n来到敖汉旗调研。\n")
        XCTAssertEqual(doc.text, "6月30日，市长王旺盛，来到敖汉旗调研。")
        XCTAssertEqual(doc.sentences.count, 1)
    }

    func testOpenQuoteJoinsAcrossLines() {
        let doc = Helpers.document(text: "及时将其纳入“我为\n\n群众办实事”实践活动中。\n")
        XCTAssertEqual(doc.text, "及时将其纳入“我为群众办实事”实践活动中。")
    }

    func testHardWrappedParagraphBecomesOneWithEachLineTraceable() {
        let sentence = "全市各级党员干部深入基层走访群众收集意见建议并及时解决群众反映的实际问题，"
        var lines: [String] = []
        for k in 0..<200 { lines.append(sentence + "第\(k)次") }
        let doc = Helpers.document(text: lines.joined(separator: "\n") + "。\n")
        XCTAssertEqual(doc.paragraphs.count, 1)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "第150次", in: doc)!), 151)
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "第7次", in: doc)!), 8)
    }

    func testMarkdownRulesVanish() {
        let doc = Helpers.document(text: "标题\n===\n\n正文一句。\n\n---\n\n正文二句。\n")
        XCTAssertEqual(doc.text, "标题\n正文一句。\n正文二句。")
        XCTAssertEqual(doc.line(at: Helpers.offset(of: "正文二句", in: doc)!), 8)
    }

    func testLookupOfSentenceAndParagraph() {
        let doc = Helpers.document(text: "第一句话。第二句话！\n第二段。\n")
        let at = Helpers.offset(of: "第二句", in: doc)!
        XCTAssertEqual(doc.sentenceIndex(at: at), 1)
        XCTAssertEqual(doc.paragraphIndex(at: at), 0)
        XCTAssertEqual(doc.sentenceIndex(at: Helpers.offset(of: "第二段", in: doc)!), 2)
        XCTAssertNil(doc.sentenceIndex(at: doc.scalars.count + 5))
    }

    func testCreditLinesAreBylines() {
        let doc = Helpers.document(text: "全市新建公园3个。\n来源:赤峰日报\n责任编辑:张三\n")
        XCTAssertEqual(doc.paragraphs.map(\.kind), [.body, .byline, .byline])
        XCTAssertEqual(doc.string(doc.paragraphs[1].range), "来源：赤峰日报")
    }

    func testTitleSubtitleAndBylineStayApart() {
        let doc = Helpers.document(text: "倾心为民办实事 一点一滴总关情\n\n——访河南县委书记司吉昇\n\n□本报记者 白丹\n\n开展实践活动是党史学习教育的重要内容。\n")
        XCTAssertEqual(doc.paragraphs.map(\.kind), [.title, .title, .byline, .body])
    }
}
