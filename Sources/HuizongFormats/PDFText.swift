import CPoppler
import Foundation
import HuizongText

/// The text layer of a PDF through poppler-glib, page by page, lines in poppler's reading order.
/// Each line is reported as `Provenance.pdfLine(page:line:)`. A PDF with no text at all is a scan
/// (or drawn text): there is nothing to read without OCR, which Huizong does not do.
enum PDFText {
    /// poppler keeps global state that is set up on first use: documents are opened one at a time.
    private static let lock = NSLock()

    static func text(_ bytes: [UInt8]) -> Result<ExtractedText, FormatFailure> {
        lock.lock()
        defer { lock.unlock() }
        var error: UnsafeMutablePointer<GError>?
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        guard let doc = poppler_document_new_from_bytes(data, nil, &error) else {
            let why = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            let encrypted = error?.pointee.domain == poppler_error_quark() && error?.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            if error != nil { g_error_free(error) }
            return .failure(.damaged(encrypted ? "the PDF is password-protected (\(why))" : "not a readable PDF (\(why))"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
        let pageCount = Int(poppler_document_get_n_pages(doc))
        var lines: [String] = [], numbers: [Int] = [], boxes: [PDFParagraphs.Line] = []
        var emptyPages: [Int] = []
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(doc, Int32(index)) else { emptyPages.append(index + 1); continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            let before = lines.count
            readPage(page, number: index + 1, lines: &lines, numbers: &numbers, boxes: &boxes)
            if lines.count == before { emptyPages.append(index + 1) }
        }
        if lines.isEmpty {
            return .failure(.noText(pageCount == 0 ? "the PDF has no pages"
                : "no text layer (a scanned image?): \(pageCount) page(s) without text; Huizong does no OCR"))
        }
        var warnings: [String] = []
        if !emptyPages.isEmpty {
            let shown = emptyPages.prefix(10).map(String.init).joined(separator: ", ") + (emptyPages.count > 10 ? "…" : "")
            warnings.append("partly read: page(s) \(shown) have no text layer (scanned?); Huizong does no OCR")
        }
        let starts = boxes.count == lines.count ? PDFParagraphs.starts(boxes) : nil
        PDFLineRepair.keepAnnotationsWithTheirCharacter(&lines, starts: starts)
        return .success(ExtractedText(lines: lines, lineNumbers: numbers, paragraphStarts: starts, format: "pdf", warnings: warnings))
    }

    /// Appends the page's non-blank lines, their reported line numbers and, when poppler gives one
    /// box per character, their boxes.
    private static func readPage(_ page: OpaquePointer, number: Int, lines: inout [String], numbers: inout [Int],
                                 boxes: inout [PDFParagraphs.Line]) {
        guard let raw = poppler_page_get_text(page) else { return }
        let text = String(cString: raw)
        g_free(raw)
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let scalars = Array(text.unicodeScalars)
        let hasLayout = poppler_page_get_text_layout(page, &rects, &count) != 0 && Int(count) == scalars.count
        defer { if let rects { g_free(rects) } }
        var lineOnPage = 1
        var current = String.UnicodeScalarView()
        var box: PDFParagraphs.Line?
        // The line's first characters up to where it could have been broken, and their right edge.
        var firstWordDone = false
        func finish() {
            let trimmed = PDFLineRepair.fullWidthBrackets(PDFLineRepair.closingLetterSpacing(String(current).trimmingWhiteSpace()))
            if !trimmed.isEmpty {
                lines.append(trimmed)
                numbers.append(Provenance.pdfLine(page: number, line: lineOnPage))
                if hasLayout, let box { boxes.append(box) }
            }
            current = String.UnicodeScalarView()
            box = nil
            firstWordDone = false
        }
        for (k, u) in scalars.enumerated() {
            if u == "\n" { finish(); lineOnPage += 1; continue }
            current.append(u == "\r" ? " " : u)
            guard hasLayout, let rects, !u.properties.isWhitespace else { continue }
            let r = rects[k]
            if var b = box {
                b.left = min(b.left, r.x1); b.right = max(b.right, r.x2)
                b.top = min(b.top, r.y1); b.bottom = max(b.bottom, r.y2)
                if !firstWordDone {
                    // A break was possible before this character unless it is Latin or a digit
                    // after Latin, or closing punctuation, which may not start a line.
                    if ScalarWidth.breaksBefore(u, after: scalars[k - 1]) { firstWordDone = true }
                    else { b.firstWord = r.x2 - b.left }
                }
                box = b
            } else {
                box = PDFParagraphs.Line(page: number, left: r.x1, right: r.x2, top: r.y1, bottom: r.y2, firstWord: r.x2 - r.x1)
            }
        }
        finish()
    }
}
