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
        keepAnnotationsWithTheirCharacter(&lines, starts: starts)
        return .success(ExtractedText(lines: lines, lineNumbers: numbers, paragraphStarts: starts, format: "pdf", warnings: warnings))
    }

    /// A justified line of Chinese is set with wider gaps between characters, and poppler reads
    /// each gap as a space (`分 别 选 择 1个`). When most characters of a line are spaced apart,
    /// the spaces are layout, not text: they are removed, except between two Latin letters.
    static func closingLetterSpacing(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var spaced = 0, tight = 0
        for i in s.indices.dropFirst() {
            if s[i] == " " { spaced += 1 } else if s[i - 1] != " ", ScalarWidth.isWide(s[i]) || ScalarWidth.isWide(s[i - 1]) { tight += 1 }
        }
        guard spaced >= 3, spaced >= tight else { return line }
        // Digits too are spaced apart in such a line (`1 4 59件`); only Latin words keep their spaces.
        func latin(_ u: Unicode.Scalar) -> Bool { u.isASCII && u.properties.isAlphabetic }
        var out = String.UnicodeScalarView()
        for (i, u) in s.enumerated() {
            if u == " ", i > 0, i + 1 < s.count, !(latin(s[i - 1]) && latin(s[i + 1])) { continue }
            out.append(u)
        }
        return String(out)
    }

    /// A pronunciation in brackets belongs to the character before it (`实（shí）施`); a line
    /// broken between the two puts it at the start of the next line, where the text stage's
    /// clean-up, which reads one line at a time, would take it for text. It goes back to the end
    /// of the line before when that line goes on in this one.
    static func keepAnnotationsWithTheirCharacter(_ lines: inout [String], starts: [Bool]?) {
        for k in lines.indices.dropFirst() where starts?[k] != true {
            let s = Array(lines[k].unicodeScalars)
            guard s.first == "（" || s.first == "(", let close = s.firstIndex(where: { $0 == "）" || $0 == ")" }),
                  close > 1, close <= 12, s[1..<close].allSatisfy({ $0.properties.isAlphabetic && !ScalarWidth.isWide($0) }),
                  let last = lines[k - 1].unicodeScalars.last, ScalarWidth.isWide(last) else { continue }
            var moved = String.UnicodeScalarView()
            moved.append("（"); moved.append(contentsOf: s[1..<close]); moved.append("）")
            var rest = String.UnicodeScalarView(); rest.append(contentsOf: s[(close + 1)...])
            lines[k - 1] += String(moved)
            lines[k] = String(rest)
        }
    }

    /// Some PDF writers map a full-width bracket's glyph back to the ASCII one (Cairo with the
    /// bundled CJK fonts does): `(` after a Chinese character and `)` before one are set back to
    /// `（` and `）`, as the text stage expects of Chinese text (`实（shí）施`).
    static func fullWidthBrackets(_ line: String) -> String {
        guard line.contains("(") || line.contains(")") else { return line }
        var s = Array(line.unicodeScalars)
        for i in s.indices where s[i] == "(" {
            let close = s[(i + 1)...].firstIndex(of: ")")
            // A pair touching Chinese on either side, or a bracket with Chinese beside it.
            let wideBefore = i > 0 && ScalarWidth.isWide(s[i - 1])
            let wideAfter = close.map { $0 + 1 < s.count && ScalarWidth.isWide(s[$0 + 1]) } ?? false
            if wideBefore || wideAfter {
                s[i] = "（"
                if let close { s[close] = "）" }
            }
        }
        for i in s.indices where s[i] == ")" && i + 1 < s.count && ScalarWidth.isWide(s[i + 1]) { s[i] = "）" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out)
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
            let trimmed = fullWidthBrackets(closingLetterSpacing(String(current).trimmingWhiteSpace()))
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

/// East Asian wide characters (Han, kana, full-width forms and CJK punctuation), by code point range.
enum ScalarWidth {
    static func isWide(_ u: Unicode.Scalar) -> Bool { u.value >= 0x2E80 && !(0xFF61...0xFFDC).contains(u.value) }

    /// Punctuation a line may not start with (it stays with the character before).
    static let closing: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "？", "！", "）", "”", "’", "》", "」", "』", "】", "％",
                                                ",", ".", ";", ":", "?", "!", ")", "%"]
    /// Punctuation a line may not end with (it goes with the character after).
    static let opening: Set<Unicode.Scalar> = ["（", "“", "‘", "《", "「", "『", "【", "("]

    /// Quotation marks: line breaking (UAX #14) keeps them with the characters on both sides.
    static let quotes: Set<Unicode.Scalar> = ["“", "”", "‘", "’", "\""]

    /// Whether the first unbreakable piece of a line ends before `u`, `previous` being the
    /// character before it. Erring towards longer pieces: a piece runs to its first wide
    /// character, with the punctuation that must stay with it (a number with its unit, `布“帮`).
    static func breaksBefore(_ u: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        if closing.contains(u) || quotes.contains(u) || opening.contains(previous) || quotes.contains(previous) { return false }
        return isWide(previous)
    }
}
