import Foundation
import CZip
import HuizongLayout
import HuizongRender
import TestSupport

/// Files the tests make themselves: Word documents zipped with libzip, web pages in GBK, PDFs
/// drawn by the project's own renderer.
enum MadeFiles {
    enum Failure: Error { case zip(String), encoding(String) }

    /// A zip archive of `members` (name → bytes), written with libzip.
    static func zip(_ members: [(String, [UInt8])], to url: URL) throws {
        var error: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw Failure.zip("open \(error)") }
        // libzip reads the buffers at zip_close: they are kept alive (and freed) by libzip itself.
        for (name, bytes) in members {
            let copy = malloc(max(bytes.count, 1))!
            bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1),
                  zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0 else {
                throw Failure.zip(String(cString: zip_strerror(archive)))
            }
        }
        guard zip_close(archive) == 0 else { throw Failure.zip(String(cString: zip_strerror(archive))) }
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A minimal WordprocessingML document: each entry a paragraph, or a table (rows of cells).
    enum WordBlock { case paragraph(String), table([[String]]) }

    static func docx(_ blocks: [WordBlock], to url: URL) throws {
        func paragraph(_ text: String) -> String {
            // Split into two runs, as Word does at any formatting change: the reader must join them.
            let cut = text.index(text.startIndex, offsetBy: text.count / 2)
            return "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(escaped(String(text[..<cut])))</w:t></w:r>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(escaped(String(text[cut...])))</w:t></w:r></w:p>"
        }
        var body = ""
        for block in blocks {
            switch block {
            case .paragraph(let text): body += paragraph(text)
            case .table(let rows):
                body += "<w:tbl><w:tblPr/>" + rows.map { row in
                    "<w:tr>" + row.map { "<w:tc><w:tcPr/>" + paragraph($0) + "</w:tc>" }.joined() + "</w:tr>"
                }.joined() + "</w:tbl>"
            }
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr/></w:body></w:document>
            """
        let types = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """
        try zip([("[Content_Types].xml", Array(types.utf8)), ("word/document.xml", Array(document.utf8))], to: url)
    }

    /// `text` in GBK (GB18030 for the few characters GBK lacks), through the C library's iconv.
    static func gbk(_ text: String) throws -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { throw Failure.encoding("iconv_open") }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let done: Int = input.withUnsafeMutableBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            }
        }
        guard done != -1, inLeft == 0 else { throw Failure.encoding("iconv") }
        return Array(output[0..<(output.count - outLeft)])
    }

    /// A news site's page in GBK: navigation, a script and a style, a link list, the article
    /// (title in `<h1>`, each line a `<p>`, entities for some characters), a footer.
    static func gbkPage(title: String, lines: [String]) throws -> [UInt8] {
        let body = lines.map { line in
            // An entity and a non-breaking space where the text has a full-width comma or a colon.
            "<p>" + escaped(line).replacingOccurrences(of: "“", with: "&ldquo;") + "</p>"
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"/>
            <title>\(escaped(title))_新闻中心_某某网</title>
            <style>p { margin: 0 } .x:before { content: "投入资金9亿元"; }</style>
            <script type="text/javascript">var stats = "征求意见建议9万条"; document.write("<p>解决问题800个</p>");</script>
            </head><body>
            <div id="topnav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/gov">政务</a> | <a href="/tv">视频</a></div>
            <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a></div>
            <div class="content"><h1>\(escaped(title))</h1>
            <div class="info">2021-10-08 来源：某某日报</div>
            \(body)
            </div>
            <ul class="list"><li><a href="/a1">全市投入资金12亿元推进民生工程</a></li><li><a href="/a2">解决群众急难愁盼问题500件</a></li></ul>
            <div class="footer">版权所有 某某网 备案号 12345678号</div>
            </body></html>
            """
        return try gbk(html)
    }

    /// A PDF of `lines` (each a paragraph), drawn by the project's renderer with the bundled
    /// fonts as a word processor sets a report: paragraphs broken at the text width by the
    /// renderer's own line breaking, the first line indented by two characters, a gap between
    /// paragraphs, at most `perPage` lines a page.
    /// `justified`: every line of a paragraph but its last stretched to the full width, as Word
    /// sets Chinese (poppler then reads the wider gaps between characters as spaces).
    /// `scannedPageAfter`: a page without text (as a scanner makes) follows the text.
    static func pdf(_ lines: [String], perPage: Int = 40, justified: Bool = false, scannedPageAfter: Bool = false) throws -> [UInt8] {
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        let size = Size.a4, font = FontSpec(size: 10), lineHeight = 16.0
        let width = size.width - 144, indent = font.size * 2
        var drawn: [(text: String, indent: Bool)] = []
        for line in lines {
            guard let first = renderer.measurer.lines(of: line, font: font, width: width - indent).first else { continue }
            drawn.append((first.text, true))
            let rest = String(line.dropFirst(first.text.count).drop { $0 == " " })
            drawn += renderer.measurer.lines(of: rest, font: font, width: width).map { ($0.text, false) }
        }
        // Pages of at most `perPage` lines, within the bottom margin.
        var pages: [Page] = []
        var items: [PageItem] = []
        var y = 72.0, onPage = 0
        for (n, line) in drawn.enumerated() {
            let lastOfParagraph = n + 1 == drawn.count || drawn[n + 1].indent
            let gap = line.indent && onPage > 0 ? lineHeight * 0.6 : 0
            if onPage == perPage || y + gap + lineHeight > size.height - 72 {
                pages.append(Page(size: size, items: items))
                items = []; y = 72; onPage = 0
            }
            if line.indent && onPage > 0 { y += lineHeight * 0.6 }
            let x = 72 + (line.indent ? indent : 0)
            items.append(.text(TextRun(text: line.text, origin: Point(x: x, y: y), width: width - (x - 72),
                                       lineHeight: lineHeight, font: font, color: Color(rgb: 0x000000),
                                       alignment: justified && !lastOfParagraph ? .justified : .leading)))
            y += lineHeight
            onPage += 1
        }
        pages.append(Page(size: size, items: items))
        if scannedPageAfter { pages.append(scanPage) }
        return try renderer.pdf(pages, metadata: PDFMetadata(title: "test"))
    }

    /// A PDF page with a grey box and no text: what a scanner gives, as far as text goes.
    static func scanPDF() throws -> [UInt8] {
        try Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts)).pdf([scanPage], metadata: PDFMetadata(title: "scan"))
    }

    static let scanPage = Page(size: .a4, items: [.rect(FilledRect(rect: Rect(x: 72, y: 72, width: 400, height: 600), color: Color(rgb: 0x888888)))])
}
