import XCTest
@testable import HuizongText

/// Clean-up of single lines: fixture table of input → expected output.
final class CleanupTests: XCTestCase {
    private let fixtures: [(input: String, expected: String, why: String)] = [
        ("發(fā)展", "發展", "pinyin inside a word"),
        ("10萬(wàn)元", "10萬元", "pinyin between number and unit"),
        ("進(jìn)行現(xiàn)場", "進行現場", "several annotations"),
        ("綠(lǜ)化", "綠化", "ü with tone"),
        ("發展(fā zhǎn)規劃", "發展規劃", "a two-syllable annotation"),
        ("街(社區(qū))改廁", "街（社區）改廁", "Chinese in brackets stays, brackets become full-width"),
        ("利民之事,,絲發必興,。", "利民之事，絲發必興。", "doubled and mixed punctuation"),
        ("心連心,、同呼吸", "心連心、同呼吸", "comma before enumeration comma"),
        ("所需所盼,;農技人員", "所需所盼；農技人員", "comma before semicolon"),
        ("工作，；下一步", "工作；下一步", "full-width comma before semicolon"),
        ("做好了、,然后", "做好了、然后", "enumeration comma before comma"),
        ("问题,推动新增", "问题，推动新增", "ASCII comma between Han"),
        ("增长2.5%,达到", "增长2.5%，达到", "comma after a percentage"),
        ("共1,000元", "共1,000元", "thousands separator stays"),
        ("说:“今年", "说：“今年", "ASCII colon"),
        ("7:30开始", "7:30开始", "time keeps its colon"),
        ("怎么办?", "怎么办？", "question mark"),
        ("有了用‘舞’之地!", "有了用‘舞’之地！", "exclamation mark after a quote"),
        ("（本版图片均由赤峰日报社摄影中心提供）", "（本版图片均由赤峰日报社摄影中心提供）", "already full-width"),
        ("(本版图片均由赤峰日报社提供)", "（本版图片均由赤峰日报社提供）", "ASCII brackets around Chinese"),
        ("Hello, world! (test)", "Hello, world! (test)", "Latin text keeps ASCII"),
        ("工作完成了.下一步", "工作完成了。下一步", "ASCII full stop after Han"),
        ("增长3.5个百分点", "增长3.5个百分点", "decimal point stays"),
        ("他说\"今年办了12件实事\".", "他说“今年办了12件实事”。", "straight quotes alternate"),
        ("see \"U.S.\" now", "see \"U.S.\" now", "straight quotes in Latin text stay"),
        ("使用DNA鉴定, 结果", "使用DNA鉴定，结果", "space after converted comma goes"),
        ("１２０００元", "12000元", "full-width digits"),
        ("增长５０％", "增长50%", "full-width per cent"),
        ("ＩＣ卡", "IC卡", "full-width letters"),
        ("２．５亿元", "2.5亿元", "full-width decimal point"),
        ("201 7年", "2017年", "space inside a year"),
        ("10.1 7亿元", "10.17亿元", "space inside a decimal"),
        ("1 000人", "1000人", "space as thousands separator"),
        ("共1 000 000元", "共1000000元", "several thousands groups"),
        ("2021 年", "2021年", "space before a unit"),
        ("2021\u{00A0}年", "2021年", "no-break space before a unit"),
        ("图1 2021年", "图1 2021年", "two numbers stay apart"),
        ("1 2 3", "1 2 3", "a list of digits stays"),
        ("发\u{200B}展\u{200D}变\u{2060}化\u{FEFF}", "发展变化", "zero-width characters"),
        ("  全市　共有  3个 ", "全市 共有 3个", "spaces collapse and trim"),
        ("问题 ，办法 。", "问题，办法。", "spaces beside Chinese punctuation"),
        ("□本报记者 白丹", "□本报记者 白丹", "byline keeps its space"),
        ("小了?,F(xiàn)在", "小了。現在", "known mojibake of 。現"),
        ("ABC(xiàn)", "ABC(xiàn)", "pinyin-looking text after Latin stays"),
        ("发展(fazhan)", "发展（fazhan）", "toneless Latin is not taken for annotation"),
    ]

    func testFixtureTable() {
        for f in fixtures {
            let out = LineCleaner.clean(Array(f.input.unicodeScalars))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: out)
            XCTAssertEqual(String(view), f.expected, f.why)
        }
    }

    func testCleaningTwiceChangesNothing() {
        for f in fixtures {
            let once = LineCleaner.clean(Array(f.input.unicodeScalars))
            XCTAssertEqual(LineCleaner.clean(once), once, f.why)
        }
    }

    func testDocumentJoinsHalvesButKeepsHeadings() {
        let doc = Helpers.document(text: "精准发力 用心解难题\n\n利用政务服务中心、党群服务中心、服务热\n\n线、门户网站等平台，听取群众意见。\n")
        XCTAssertEqual(doc.text, "精准发力 用心解难题\n利用政务服务中心、党群服务中心、服务热线、门户网站等平台，听取群众意见。")
        XCTAssertEqual(doc.paragraphs.map(\.kind), [.title, .body])
        let at = Helpers.offset(of: "线、门户", in: doc)!
        XCTAssertEqual(doc.line(at: at), 5)
        XCTAssertEqual(doc.line(at: at - 1), 3)
    }

    func testCornerBracketQuotesOfTraditionalTextBecomeCurlyQuotes() {
        let doc = Helpers.document(text: "他說：「我們這裡辦了『實事』。」\n")
        XCTAssertEqual(doc.text, "他说：“我们这里办了‘实事’。”")
    }

    func testTraditionalDocumentWithPinyinIsConvertedAndStripped() {
        let doc = Helpers.document(text: "全市發(fā)展實(shí)事10萬(wàn)元,,群眾說好。")
        XCTAssertEqual(doc.text, "全市发展实事10万元，群众说好。")
        XCTAssertEqual(doc.source.script, "traditional")
    }
}
