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
        var lines: [String] = [], numbers: [Int] = []
        var emptyPages: [Int] = []
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(doc, Int32(index)) else { emptyPages.append(index + 1); continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            guard let raw = poppler_page_get_text(page) else { emptyPages.append(index + 1); continue }
            let text = String(cString: raw)
            g_free(raw)
            var pageHasText = false
            for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = String(line).trimmingWhiteSpace()
                guard !trimmed.isEmpty else { continue }
                pageHasText = true
                lines.append(trimmed)
                numbers.append(Provenance.pdfLine(page: index + 1, line: k + 1))
            }
            if !pageHasText { emptyPages.append(index + 1) }
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
        return .success(ExtractedText(lines: lines, lineNumbers: numbers, format: "pdf", warnings: warnings))
    }
}
