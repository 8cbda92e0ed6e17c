import Foundation
import HuizongText

/// Why a file in one of the formats could not be read.
public enum FormatFailure: Error, Equatable, Sendable {
    /// Damaged, encrypted or not what its name says; the reason in plain words.
    case damaged(String)
    /// Read, but holds no text (a PDF that is a scan).
    case noText(String)
    /// A .doc, .wps or .rtf, and LibreOffice is not installed.
    case needsLibreOffice
}

/// The kind of an input file, by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case plainText, word, openDocument, html, pdf, legacyOffice

    /// Extensions of each format, lower case.
    public var extensions: [String] {
        switch self {
        case .plainText: ["txt", "md"]
        case .word: ["docx", "docm"]
        case .openDocument: ["odt"]
        case .html: ["html", "htm"]
        case .pdf: ["pdf"]
        case .legacyOffice: ["doc", "wps", "rtf"]
        }
    }

    /// The format of `path`, nil for an extension Huizong does not read.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[path.index(after: dot)...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }
}

/// Turns a file of any supported format into a `Document`: plain text straight through the text
/// stage, the others through their reader (libzip + libxml2, libxml2's HTML parser, poppler,
/// LibreOffice) and then the text stage. Thread-safe.
public struct FormatReader: Sendable {
    let text = DocumentReader()

    public init() {}

    /// The document, or why the file was left out (a sentence naming no path). `path` is the
    /// document's path as outputs show it (escaped), by default the file's relative path.
    public func document(bytes: [UInt8], file: InputFile, path shown: String? = nil) -> Result<Document, FormatFailure> {
        let path = shown ?? file.relativePath
        let format = InputFormat(path: file.relativePath) ?? .plainText
        let extracted: Result<ExtractedText, FormatFailure>
        switch format {
        case .plainText:
            return .success(text.document(bytes: bytes, path: path))
        case .word:
            extracted = WordDocument.lines(bytes).map { ExtractedText(lines: $0, format: "docx") }
        case .openDocument:
            extracted = OpenDocumentText.lines(bytes).map { ExtractedText(lines: $0, format: "odt") }
        case .html:
            let page = HTMLPage.lines(bytes)
            extracted = .success(ExtractedText(lines: page.lines, format: "html " + page.encoding))
        case .pdf:
            extracted = PDFText.text(bytes)
        case .legacyOffice:
            let ext = file.url.pathExtension.lowercased()
            extracted = OfficeConversion.docx(from: file.url).flatMap(WordDocument.lines)
                .map { ExtractedText(lines: $0, format: ext + " via LibreOffice") }
        }
        return extracted.map { text.document(extracted: $0, original: bytes, path: path) }
    }

    /// The warning for a file left out: what went wrong, and for a legacy file without LibreOffice
    /// the one command that converts it.
    public static func message(_ failure: FormatFailure, path: String) -> String {
        switch failure {
        case .damaged(let why): return "\(path): skipped, \(why)"
        case .noText(let why): return "\(path): skipped, \(why)"
        case .needsLibreOffice:
            let ext = (path as NSString).pathExtension.lowercased()
            return "\(path): skipped, .\(ext) is read through LibreOffice, which is not installed; "
                + "convert it with `\(OfficeConversion.command(for: path))` or install LibreOffice (apt-get install libreoffice-writer-nogui)"
        }
    }

    /// Every extension read, for messages: `.txt .md .docx …`.
    public static var extensionList: String {
        InputFormat.allCases.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }
}
