import XCTest
import Foundation
import HuizongText
import HuizongFormats
import HuizongPlaces
import HuizongPipeline
import TestSupport

/// Each reader on a file the test makes: what text comes out, and what is left out.
final class FormatReaderTests: XCTestCase {
    private func read(_ bytes: [UInt8], as name: String) throws -> Result<Document, FormatFailure> {
        let url = try CommandRunner.temporaryFolder().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return FormatReader().document(bytes: bytes, file: InputFile(url: url, relativePath: name))
    }

    private func paragraphs(_ doc: Document) -> [String] { doc.paragraphs.map { doc.string($0.range) } }

    func testWordTableRowsAreLinesWithCellsJoinedByTabs() throws {
        let url = try CommandRunner.temporaryFolder().appendingPathComponent("表.docx")
        try MadeFiles.docx([.paragraph("兴和县办实事情况"),
                            .table([["项目", "数量"], ["征求意见建议", "6.1万余条"], ["解决问题", "3200个"]]),
                            .paragraph("以上数据截至9月底。")], to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        let doc = try read(bytes, as: "表.docx").get()
        XCTAssertEqual(doc.source.encoding, "docx")
        XCTAssertEqual(doc.source.byteCount, bytes.count)
        // Lines 1…5: the title, three table rows, the closing paragraph.
        XCTAssertEqual(doc.text.components(separatedBy: "\n").count, paragraphs(doc).count)
        let text = doc.text
        for piece in ["兴和县办实事情况", "征求意见建议", "6.1万余条", "3200个", "以上数据截至9月底。"] {
            XCTAssertTrue(text.contains(piece), "\(piece) in \(text)")
        }
        let offset = Array(doc.text.unicodeScalars).firstIndex(of: "3")!
        XCTAssertEqual(doc.line(at: offset), 4, "the row 解决问题 | 3200个 is the fourth line")
    }

    func testWordTableGivesTheFiguresOfTheSameTextInATxt() throws {
        let rows = [["地区", "征求意见建议", "解决问题"], ["兴和县", "6.1万余条", "3200个"]]
        let dir = try CommandRunner.temporaryFolder()
        let docxFolder = dir.appendingPathComponent("docx"), txtFolder = dir.appendingPathComponent("txt")
        for f in [docxFolder, txtFolder] { try FileManager.default.createDirectory(at: f, withIntermediateDirectories: true) }
        let title = "兴和县“我为群众办实事”实践活动进展"
        try MadeFiles.docx([.paragraph(title), .table(rows)], to: docxFolder.appendingPathComponent("a.docx"))
        try Data(([title] + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n").utf8)
            .write(to: txtFolder.appendingPathComponent("a.txt"))
        let extractor = Extractor(gazetteer: try Gazetteer.bundled(), config: BriefConfig())
        func facts(_ folder: URL) throws -> [String] {
            let e = try extractor.run(inputs: [folder.path], jobs: 1)
            return e.facts.indices.map { let f = e.facts.complete($0); return "\(f.line)|\(f.regionCode)|\(f.metric)|\(f.value)|\(f.quote)" }
        }
        let fromTxt = try facts(txtFolder)
        XCTAssertEqual(try facts(docxFolder), fromTxt)
        XCTAssertFalse(fromTxt.isEmpty)
    }

    func testGBKPageLosesNavigationScriptsAndLinkLists() throws {
        let page = try MadeFiles.gbkPage(title: "赤峰市办实事见行见效", lines: ["全市累计投入资金57.9亿元，办理群众诉求1459件。"])
        XCTAssertNil(String(bytes: page, encoding: .utf8), "the page is GBK, not UTF-8")
        let doc = try read(page, as: "page.html").get()
        XCTAssertEqual(doc.source.encoding, "html gbk")
        XCTAssertEqual(paragraphs(doc).first, "赤峰市办实事见行见效")
        XCTAssertTrue(doc.text.contains("全市累计投入资金57.9亿元，办理群众诉求1459件。"), doc.text)
        for furniture in ["首页", "当前位置", "9万条", "投入资金9亿元", "800个", "12亿元", "500件", "版权所有", "新闻中心"] {
            XCTAssertFalse(doc.text.contains(furniture), "\(furniture) should be left out: \(doc.text)")
        }
    }

    func testPageWithoutDeclaredCharsetIsDetected() throws {
        let html = "<html><body><p>兴和县征求意见建议6.1万余条&mdash;解决问题3200个</p><p>第二段&amp;结束</p></body></html>"
        let doc = try read(try MadeFiles.gbk(html), as: "bare.htm").get()
        XCTAssertEqual(doc.source.encoding, "html gb18030")
        XCTAssertEqual(paragraphs(doc), ["兴和县征求意见建议6.1万余条—解决问题3200个", "第二段&结束"])
    }

    func testPDFLinesArePageAndLine() throws {
        let lines = (1...50).map { "第\($0)行" }
        let doc = try read(try MadeFiles.pdf(lines, perPage: 20), as: "报告.pdf").get()
        XCTAssertEqual(doc.source.encoding, "pdf")
        let scalars = Array(doc.text.unicodeScalars)
        func line(of text: String) -> Int? {
            let needle = Array(text.unicodeScalars)
            guard let at = scalars.indices.first(where: { Array(scalars[$0..<min($0 + needle.count, scalars.count)]) == needle }) else { return nil }
            return doc.line(at: at)
        }
        XCTAssertEqual(line(of: "第1行"), 1001)
        XCTAssertEqual(line(of: "第25行"), 2005, "page 2, line 5")
        XCTAssertEqual(line(of: "第41行"), 3001)
        XCTAssertEqual(Provenance.reference(document: "报告.pdf", line: 2005), "报告.pdf:p2:5")
        XCTAssertEqual(Provenance.reference(document: "报告.txt", line: 2005), "报告.txt:2005")
    }

    func testJustifiedPDFParagraphsReadAsTheirText() throws {
        let texts = [
            "赤峰市以上率下推进“我为群众办实事”实践活动见行见效，全市累计投入资金57.9亿元，办理群众诉求1459件，新增普惠性民办学位10732个，受理网上留言2.8万余条。",
            "松山区向阳二组团老旧小区改造惠及居民3200户，改造背街小巷631条，硬化地面600平方米。",
        ]
        let doc = try read(try MadeFiles.pdf(texts, justified: true), as: "justified.pdf").get()
        XCTAssertEqual(paragraphs(doc), texts)
    }

    func testScannedPDFIsLeftOutWithAWarningSayingSo() throws {
        let result = try read(try MadeFiles.scanPDF(), as: "扫描件.pdf")
        guard case .failure(let failure) = result else { return XCTFail("a PDF without text gave a document") }
        let message = FormatReader.message(failure, path: "扫描件.pdf")
        XCTAssertTrue(message.hasPrefix("扫描件.pdf: skipped"), message)
        XCTAssertTrue(message.contains("no text layer"), message)
    }

    func testPDFWithAScannedPageIsReadWithAWarningNamingThePage() throws {
        let doc = try read(try MadeFiles.pdf(["兴和县征求意见建议6.1万余条。"], scannedPageAfter: true), as: "附件.pdf").get()
        XCTAssertEqual(paragraphs(doc), ["兴和县征求意见建议6.1万余条。"])
        XCTAssertEqual(doc.diagnostics.map(\.message), ["partly read: page(s) 2 have no text layer (scanned?); Huizong does no OCR"])
    }

    func testDamagedFilesAreLeftOutNamingTheReason() throws {
        for (name, reason) in [("坏.docx", "not a Word"), ("坏.odt", "not an OpenDocument"), ("坏.pdf", "not a readable PDF")] {
            guard case .failure(let failure) = try read(Array("不是这种格式".utf8), as: name) else { XCTFail(name); continue }
            XCTAssertTrue(FormatReader.message(failure, path: name).contains(reason), FormatReader.message(failure, path: name))
        }
    }

    func testLegacyWordFileWithoutLibreOfficeNamesTheCommand() throws {
        let hasSoffice = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        try XCTSkipIf(hasSoffice, "LibreOffice is installed: .doc files are converted, not skipped")
        guard case .failure(let failure) = try read(Array("{\\rtf1 兴和县}".utf8), as: "旧/总结.rtf") else {
            return XCTFail("an .rtf was read without LibreOffice")
        }
        XCTAssertEqual(failure, .needsLibreOffice)
        let message = FormatReader.message(failure, path: "旧/总结.rtf")
        XCTAssertTrue(message.contains("soffice --headless --convert-to docx '旧/总结.rtf'"), message)
    }

    func testOpenDocumentParagraphsAndTableRows() throws {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">\
            <office:body><office:text><text:h>定州市工作总结</text:h>\
            <text:p>全市征求意见建议<text:span>2.8万余条</text:span><text:note><text:note-body><text:p>注：9万条</text:p></text:note-body></text:note>。</text:p>\
            <table:table><table:table-row><table:table-cell><text:p>解决问题</text:p></table:table-cell>\
            <table:table-cell><text:p>1459件</text:p></table:table-cell></table:table-row></table:table>\
            </office:text></office:body></office:document-content>
            """
        let url = try CommandRunner.temporaryFolder().appendingPathComponent("a.odt")
        try MadeFiles.zip([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Array(content.utf8))], to: url)
        let doc = try read([UInt8](try Data(contentsOf: url)), as: "a.odt").get()
        XCTAssertTrue(doc.text.hasPrefix("定州市工作总结\n全市征求意见建议2.8万余条。"), doc.text)
        XCTAssertTrue(doc.text.contains("解决问题"), doc.text)
        XCTAssertTrue(doc.text.contains("1459件"), doc.text)
        XCTAssertFalse(doc.text.contains("9万条"), "footnotes are left out: \(doc.text)")
    }
}
