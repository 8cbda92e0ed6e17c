/// Text taken out of a container format (Word, OpenDocument, HTML, PDF) by `HuizongFormats`,
/// before the text stage reads it like a plain file.
public struct ExtractedText: Sendable, Equatable {
    /// Lines in reading order: one per paragraph, heading or table row (cells joined by a tab).
    public var lines: [String]
    /// The line each entry of `lines` is reported under (`Document.line(at:)`, facts.csv's `line`):
    /// nil for 1, 2, 3…; for a PDF, `Provenance.pdfLine(page:line:)` of each line.
    public var lineNumbers: [Int]?
    /// For each line, whether it starts a paragraph, when the format knows (a PDF's layout: an
    /// indent, a gap, a short line before); nil leaves it to the joining rules of plain text.
    public var paragraphStarts: [Bool]?
    /// What `SourceInfo.encoding` says, e.g. `docx`, `html gb18030`, `pdf`.
    public var format: String
    /// Parts that could not be read (a page without a text layer…); the file is still used.
    public var warnings: [String]

    /// Lines and how they are reported.
    public init(lines: [String], lineNumbers: [Int]? = nil, paragraphStarts: [Bool]? = nil, format: String, warnings: [String] = []) {
        self.lines = lines; self.lineNumbers = lineNumbers; self.paragraphStarts = paragraphStarts
        self.format = format; self.warnings = warnings
    }
}

extension DocumentReader {
    /// A document from extracted text: the text stage runs on its lines as on a UTF-8 file, then
    /// the size, hash and format of the original file (`original`) and the reported line numbers
    /// are put in place.
    public func document(extracted: ExtractedText, original: [UInt8], path: String) -> Document {
        var bytes: [UInt8] = []
        for (k, line) in extracted.lines.enumerated() {
            if k > 0 { bytes.append(0x0A) }
            bytes.append(contentsOf: line.utf8)
        }
        var doc = DocumentAssembler.document(bytes: bytes, path: path, paragraphStarts: extracted.paragraphStarts)
        doc.source = SourceInfo(encoding: extracted.format, script: doc.source.script, invalidBytes: doc.source.invalidBytes,
                                byteCount: original.count, sha256: SHA256.hex(original))
        if let numbers = extracted.lineNumbers, !numbers.isEmpty {
            doc.lineMap.lines = doc.lineMap.lines.map { numbers[min(max($0, 1), numbers.count) - 1] }
        }
        // "empty file" would be wrong about a file that has bytes but no text.
        doc.diagnostics.removeAll { $0.message == "empty file" }
        if doc.paragraphs.isEmpty && !doc.diagnostics.contains(where: { $0.message == "no text found" }) {
            doc.diagnostics.append(TextDiagnostic(path: path, message: "no text found"))
        }
        doc.diagnostics += extracted.warnings.map { TextDiagnostic(path: path, message: $0) }
        return doc
    }
}

/// Bytes in any encoding the text stage detects, as UTF-8: for formats (HTML without a declared
/// charset) whose parser must be told the encoding.
public enum TextDecoding {
    /// The bytes as a string and the encoding they were read in (`utf-8`, `gb18030`, `big5`…).
    public static func string(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        let detected = EncodingDetector.detect(bytes)
        return (ScalarText.string(detected.decoded.scalars[...]), detected.encoding)
    }
}

/// How a figure's source is written: `document:line`, and for a PDF `document:pPAGE:LINE`.
///
/// facts.csv keeps `line` an integer: for a PDF it is page × 1000 + the line on that page
/// (page 3, line 12 → 3012), the line counted in the page's text as poppler gives it.
public enum Provenance {
    /// Lines per page that the PDF convention can tell apart; later lines of a page share the last.
    public static let linesPerPage = 1000

    /// The integer `line` of line `line` (1-based) of page `page` (1-based) of a PDF.
    public static func pdfLine(page: Int, line: Int) -> Int {
        page * linesPerPage + min(max(line, 1), linesPerPage - 1)
    }

    /// Whether `document` is a PDF, whose lines follow the page convention.
    public static func isPDF(_ document: String) -> Bool {
        document.lowercased().hasSuffix(".pdf")
    }

    /// `报告.txt:12`, or `报告.pdf:p3:12` for line 3012 of a PDF.
    public static func reference(document: String, line: Int) -> String {
        if isPDF(document), line >= linesPerPage {
            return "\(document):p\(line / linesPerPage):\(line % linesPerPage)"
        }
        return "\(document):\(line)"
    }
}
