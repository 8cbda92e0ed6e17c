import XCTest
@testable import HuizongText

/// The five sample articles: clean-up, joins, block kinds and original line numbers.
final class SeedTests: XCTestCase {
    /// Marks that must never survive clean-up next to each other.
    private let doubled = ["，，", "，。", "，、", "、，", "，；", "；，", "。。", ",,"]

    func testSeed001TraditionalComesOutSimplifiedAndClean() throws {
        let (doc, _) = try Helpers.document("001")
        XCTAssertEqual(doc.source.script, "traditional")
        XCTAssertEqual(doc.source.encoding, "utf-8")
        XCTAssertTrue(doc.text.hasPrefix("利民之事，丝发必兴。"), String(doc.text.prefix(20)))
        XCTAssertFalse(doc.text.contains("(fā)"))
        XCTAssertFalse(doc.text.unicodeScalars.contains { LineCleaner.isToneLetter($0.value) }, "pinyin left")
        for mark in doubled { XCTAssertFalse(doc.text.contains(mark), mark) }
        for traditional in ["發", "黨", "們", "國", "實", "為", "說"] {
            XCTAssertFalse(doc.text.contains(traditional), traditional)
        }
        XCTAssertTrue(doc.text.contains("党员干部走进帮扶家庭，了解脱贫户所需所盼；农技人员"))
        XCTAssertTrue(doc.text.contains("心连心、同呼吸"))
        XCTAssertTrue(doc.text.contains("就显得小了。现在新建了广场"), "mojibake ?,F(xiàn) repaired")
        XCTAssertTrue(doc.text.contains("怀着感情、带着责任"), "著 as aspect particle becomes 着")
        XCTAssertTrue(doc.text.contains("街（社区）改厕现场"))
    }

    func testSeed002JoinsBrokenSentencesButNotHeadings() throws {
        let (doc, bytes) = try Helpers.document("002")
        XCTAssertEqual(doc.source.script, "simplified")
        XCTAssertTrue(doc.text.contains("服务热线、门户网站"))
        XCTAssertTrue(doc.text.contains("大家共同参与工作，省时又高效"))
        XCTAssertTrue(doc.text.contains("困扰呼和木独镇的一个难题"))
        XCTAssertEqual(Helpers.paragraph(containing: "□本报记者 白丹", in: doc)?.kind, .byline)
        XCTAssertEqual(Helpers.paragraph(containing: "精准发力 用心解难题", in: doc)?.kind, .heading)
        XCTAssertEqual(Helpers.paragraph(containing: "知行合一", in: doc)?.kind, .title)
        XCTAssertEqual(Helpers.paragraph(containing: "马志军 摄", in: doc)?.kind, .caption)
        let heading = try XCTUnwrap(Helpers.paragraph(containing: "党群协同 实现联系群众零距离", in: doc))
        XCTAssertEqual(doc.string(heading.range), "党群协同 实现联系群众零距离", "heading stays alone")
        for phrase in ["门户网站", "独镇的一个难题", "4800余条", "困扰呼和木", "7.89万名党员干部"] {
            try assertLine(of: phrase, in: doc, original: bytes)
        }
    }

    func testSeed000JoinsAndKinds() throws {
        let (doc, bytes) = try Helpers.document("000")
        XCTAssertTrue(doc.text.contains("今年，旗里、镇上的包村干部"))
        XCTAssertTrue(doc.text.contains("常务副组长王旺盛，来到敖汉旗调研"))
        XCTAssertTrue(doc.text.contains("及时将其纳入“我为群众办实事”实践活动中"))
        XCTAssertTrue(doc.text.contains("其中县级公路5343公里"))
        XCTAssertTrue(doc.text.contains("董事长崔先生高兴地说：“今年"), "ASCII colon becomes ：")
        XCTAssertEqual(Helpers.paragraph(containing: "□魏那", in: doc)?.kind, .byline)
        XCTAssertEqual(Helpers.paragraph(containing: "一切为了解决群众的", in: doc)?.kind, .title)
        XCTAssertEqual(Helpers.paragraph(containing: "高位推动 以上率下", in: doc)?.kind, .heading)
        XCTAssertEqual(Helpers.paragraph(containing: "赤峰市林业科学研究所对果农进行现场培训", in: doc)?.kind, .caption)
        XCTAssertEqual(Helpers.paragraph(containing: "本版图片均由", in: doc)?.kind, .caption)
        XCTAssertEqual(Helpers.paragraph(containing: "为尽快缓解公共自行车供需矛盾", in: doc)?.kind, .body)
        for phrase in ["上的包村干部", "5343公里", "来到敖汉旗", "群众办实事”实践活动中。自今年", "10732个", "57.9亿元"] {
            try assertLine(of: phrase, in: doc, original: bytes)
        }
        // The joined sentence starts on line 73 and its second half reports line 75.
        let sentence = try XCTUnwrap(doc.sentences.first { doc.string($0.range).hasPrefix("今年，旗里、镇上的") })
        XCTAssertEqual(doc.line(at: sentence.range.lowerBound), 73)
        XCTAssertEqual(doc.line(at: sentence.range.upperBound - 1), 75)
        XCTAssertTrue(doc.string(sentence.range).hasSuffix("‘育牛贷’。"))
    }

    func testSeed003MarkdownHeadingsAndJoins() throws {
        let (doc, bytes) = try Helpers.document("003")
        XCTAssertTrue(doc.text.contains("生态恢复效果，锡林郭勒盟派出"))
        XCTAssertTrue(doc.text.contains("“办不成事”反映窗口是接待"))
        XCTAssertTrue(doc.text.contains("消防措施设备有不懂的"))
        XCTAssertTrue(doc.text.contains("《新形势下商会如何发挥作用 企业家如何赚钱》"))
        XCTAssertFalse(doc.text.contains("#"), "Markdown markers are lifted off")
        XCTAssertEqual(Helpers.paragraph(containing: "兴和县：集民智聚民心", in: doc)?.kind, .heading)
        XCTAssertEqual(Helpers.paragraph(containing: "摄影：马欣", in: doc)?.kind, .caption)
        XCTAssertEqual(Helpers.paragraph(containing: "徐红梅", in: doc)?.kind, .byline)
        for phrase in ["90多万吨饲草料", "果，锡林郭勒盟", "督办直至办结", "20941件业务"] {
            try assertLine(of: phrase.replacingOccurrences(of: "，", with: ","), in: doc, original: bytes,
                           normalised: phrase)
        }
    }

    func testSeed004QuestionsHeadingsAndCaption() throws {
        let (doc, bytes) = try Helpers.document("004")
        XCTAssertTrue(doc.text.contains("聚焦群众“急难愁盼”问题，扎实推进10项"))
        XCTAssertTrue(doc.text.contains("记者：下一步有哪些工作打算？"))
        let subtitle = try XCTUnwrap(Helpers.paragraph(containing: "——访河南县委书记司吉昇", in: doc))
        XCTAssertEqual(doc.string(subtitle.range), "——访河南县委书记司吉昇")
        let heading = try XCTUnwrap(Helpers.paragraph(containing: "“六项规范”把实事办到心坎上", in: doc))
        XCTAssertEqual(doc.string(heading.range), "“六项规范”把实事办到心坎上")
        XCTAssertEqual(heading.kind, .heading)
        XCTAssertEqual(Helpers.paragraph(containing: "图/杨杰 摄", in: doc)?.kind, .caption)
        for phrase in ["16.19亿元", "难愁盼", "110辆"] { try assertLine(of: phrase, in: doc, original: bytes) }
    }

    func testSentencesStayInsideTheirParagraphsAndKeepClosingQuotes() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let (doc, _) = try Helpers.document(prefix)
            XCTAssertFalse(doc.sentences.isEmpty)
            var previousEnd = 0
            for s in doc.sentences {
                let p = doc.paragraphs[s.paragraph]
                XCTAssertTrue(p.range.lowerBound <= s.range.lowerBound && s.range.upperBound <= p.range.upperBound)
                XCTAssertGreaterThanOrEqual(s.range.lowerBound, previousEnd)
                XCTAssertEqual(s.kind, p.kind)
                previousEnd = s.range.upperBound
                XCTAssertFalse(doc.string(s.range).hasPrefix("”"), "closing quote left at a sentence start")
            }
        }
        let (doc, _) = try Helpers.document("001")
        XCTAssertTrue(doc.sentences.contains { doc.string($0.range) == "“我一定会珍惜这次政府提供的机会，到北京好好学点本领，提升自己、开阔眼界。”" })
    }

    func testTraditionalSeedLinesMatchOriginal() throws {
        let (doc, bytes) = try Helpers.document("001")
        // Numbers read the same in both scripts, so grep finds them in the Traditional original.
        for phrase in ["6.1萬余條", "631條", "1368", "30萬元", "800座"] {
            let simplified = ScriptConverter.traditionalToSimplified.convert(phrase) ?? phrase
            try assertLine(of: phrase, in: doc, original: bytes, normalised: simplified)
        }
    }

    /// The normalised phrase reports the line where `grep -n` finds the original phrase.
    private func assertLine(of phrase: String, in doc: Document, original: [UInt8], normalised: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try XCTUnwrap(Helpers.grepLine(original, phrase), "\(phrase) not in original", file: file, line: line)
        let at = try XCTUnwrap(Helpers.offset(of: normalised ?? phrase, in: doc), "\(normalised ?? phrase) not in text",
                               file: file, line: line)
        XCTAssertEqual(doc.line(at: at), expected, phrase, file: file, line: line)
        let last = at + (normalised ?? phrase).unicodeScalars.count - 1
        XCTAssertEqual(doc.line(at: last), expected, phrase, file: file, line: line)
    }
}

/// OpenCC conversions from several threads at once (each borrows a handle of its own) give what
/// one thread gives.
final class ParallelConversionTests: XCTestCase {
    func testTraditionalSeedConvertsTheSameWhenThreadsConvertAtOnce() throws {
        let (doc, bytes) = try Helpers.document("001")
        XCTAssertEqual(doc.source.script, "traditional")
        let results = Results(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            results.set(i, DocumentReader().document(bytes: bytes, path: "001.txt").text)
        }
        for i in 0..<16 { XCTAssertEqual(results.get(i), doc.text, "thread result \(i)") }
    }

    private final class Results: @unchecked Sendable {
        private var texts: [String]
        private let lock = NSLock()
        init(count: Int) { texts = Array(repeating: "", count: count) }
        func set(_ i: Int, _ text: String) { lock.lock(); texts[i] = text; lock.unlock() }
        func get(_ i: Int) -> String { lock.lock(); defer { lock.unlock() }; return texts[i] }
    }
}
