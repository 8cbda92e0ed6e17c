/// The text stage's product: one input file, decoded, cleaned and in Simplified script,
/// with every position traceable to a line of the original file.
///
/// Positions everywhere downstream are offsets into `scalars` (Unicode scalars, not
/// `Character`s): scanning an array of scalars is cheap, and offsets stay valid across modules.
public struct Document: Sendable, Equatable {
    /// Path relative to the input folder it was found in (or as given, for a single file).
    public var path: String
    /// The normalised text, Simplified script, broken lines joined; one paragraph per line,
    /// paragraphs separated by a single `\n`, no blank lines. Built from `scalars` when asked:
    /// the stages downstream read only `scalars`, and building this String for every document
    /// (counting, encoding and validating its UTF-8) cost a fifth of reading.
    public var text: String { ScalarText.string(scalars) }
    /// `text` as scalars; all spans index into this.
    public var scalars: [Unicode.Scalar]
    /// Paragraphs (headings, body paragraphs, captions) in reading order.
    public var paragraphs: [TextSpan]
    /// Sentences in reading order; each knows its paragraph.
    public var sentences: [TextSpan]
    /// How the bytes were decoded and what script they were in.
    public var source: SourceInfo
    /// Maps scalar offsets back to 1-based lines of the original file.
    public var lineMap: LineMap
    /// Problems met while reading this document (none fatal).
    public var diagnostics: [TextDiagnostic]

    /// A document from its parts (the text stage builds these; tests may too).
    public init(path: String, scalars: [Unicode.Scalar], paragraphs: [TextSpan],
                sentences: [TextSpan], source: SourceInfo, lineMap: LineMap, diagnostics: [TextDiagnostic]) {
        self.path = path; self.scalars = scalars; self.paragraphs = paragraphs
        self.sentences = sentences; self.source = source; self.lineMap = lineMap; self.diagnostics = diagnostics
    }

    /// The same, for callers that hold the text as a String too: `text` must be `scalars` as a
    /// String (it is not stored; `text` is always derived from `scalars`).
    public init(path: String, text: String, scalars: [Unicode.Scalar], paragraphs: [TextSpan],
                sentences: [TextSpan], source: SourceInfo, lineMap: LineMap, diagnostics: [TextDiagnostic]) {
        self.init(path: path, scalars: scalars, paragraphs: paragraphs, sentences: sentences, source: source,
                  lineMap: lineMap, diagnostics: diagnostics)
    }

    /// 1-based line of the original file where the scalar at `offset` came from.
    public func line(at offset: Int) -> Int { lineMap.line(at: offset) }

    /// The text of a span of scalars.
    public func string(_ range: Range<Int>) -> String {
        ScalarText.string(scalars[range.clamped(to: 0..<scalars.count)])
    }
}

/// A span of a document's scalars, with the paragraph it lies in.
public struct TextSpan: Sendable, Equatable {
    /// Scalar offsets into `Document.scalars`.
    public var range: Range<Int>
    /// Index into `Document.paragraphs` (for a paragraph: its own index).
    public var paragraph: Int
    /// What kind of block the span belongs to.
    public var kind: BlockKind
    /// A span of scalars in a paragraph.
    public init(range: Range<Int>, paragraph: Int, kind: BlockKind = .body) {
        self.range = range; self.paragraph = paragraph; self.kind = kind
    }
}

/// The role of a paragraph in an article.
///
/// `title`: heading-like lines before the first body paragraph or byline; `heading`: later
/// section headings (also Markdown `##`); `byline`: `□本报记者 白丹`, `据新华网`, author names after
/// an article; `caption`: photo captions (`…摄`, `摄影：`, `图为…`, lone sentences set apart by
/// blank lines); `body`: everything else. Captions often repeat figures from the body.
public enum BlockKind: String, Sendable, Equatable, Codable {
    case title, heading, body, byline, caption
}

/// How a document's bytes were read.
public struct SourceInfo: Sendable, Equatable, Codable {
    /// Detected encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`.
    public var encoding: String
    /// Script of the original text: `simplified`, `traditional` or `mixed`.
    public var script: String
    /// Bytes that could not be decoded and were replaced with U+FFFD.
    public var invalidBytes: Int
    /// Size of the file in bytes.
    public var byteCount: Int
    /// Hex SHA-256 of the file's bytes (for the manifest and `check`).
    public var sha256: String
    /// Source facts of one file.
    public init(encoding: String, script: String, invalidBytes: Int, byteCount: Int, sha256: String) {
        self.encoding = encoding; self.script = script; self.invalidBytes = invalidBytes
        self.byteCount = byteCount; self.sha256 = sha256
    }
}

/// Maps an offset of the normalised text back to the original file's 1-based line.
public struct LineMap: Sendable, Equatable {
    /// `starts[i]` is the first scalar offset that came from line `lines[i]`; ascending.
    public var starts: [Int]
    /// `lines[i]`: the 1-based original line of the run starting at `starts[i]`.
    public var lines: [Int]
    /// A map from run starts and their lines (same length, `starts` ascending).
    public init(starts: [Int], lines: [Int]) { self.starts = starts; self.lines = lines }

    /// The line of the last run starting at or before `offset`.
    public func line(at offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? (lines.first ?? 1) : lines[lo - 1]
    }
}

/// A non-fatal problem met while reading a file.
public struct TextDiagnostic: Sendable, Equatable, Codable {
    /// The file (relative path) the problem is about.
    public var path: String
    /// What went wrong, in plain words.
    public var message: String
    /// A diagnostic about `path`.
    public init(path: String, message: String) { self.path = path; self.message = message }
}
