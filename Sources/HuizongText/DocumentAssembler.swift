/// Reads one file's bytes into a `Document`: decode, clean each line, convert to Simplified when
/// the text is Traditional, join broken lines, classify paragraphs, split sentences.
enum DocumentAssembler {
    /// `paragraphStarts`, when given, holds for each line whether it starts a paragraph (from a
    /// PDF's layout), overriding the joining rules.
    static func document(bytes: [UInt8], path: String, paragraphStarts: [Bool]? = nil) -> Document {
        var diagnostics: [TextDiagnostic] = []
        let byteCount = bytes.count
        let sha = SHA256.hex(bytes)
        if bytes.isEmpty {
            diagnostics.append(TextDiagnostic(path: path, message: "empty file"))
        }
        // `detected` and `decoded` share the decoded text; both are emptied once the lines are cut,
        // so a file that is one 60 MB line is not held decoded, cleaned and assembled all at once.
        var detected = EncodingDetector.detect(bytes)
        let encoding = detected.encoding
        var decoded = detected.decoded
        let implausible = !bytes.isEmpty && detected.plausibility < EncodingDetector.plausibleThreshold
        if implausible && detected.guessed {
            // Neither valid Unicode nor plausible in a legacy encoding: binary or noise. Its "text"
            // would only feed stray digits to fact extraction, so it is left out, with a warning.
            diagnostics.append(TextDiagnostic(
                path: path, message: "not readable as text in any supported encoding; left out"))
            decoded = Decoded(scalars: [], invalidBytes: detected.decoded.invalidBytes)
        } else {
            if decoded.invalidBytes > 0 {
                diagnostics.append(TextDiagnostic(
                    path: path,
                    message: "\(decoded.invalidBytes) undecodable byte(s) replaced (read as \(detected.encoding))"))
            }
            if implausible {
                diagnostics.append(TextDiagnostic(path: path, message: "does not look like Chinese text"))
            }
        }

        // Lines of the original file, cleaned one by one; `\r\n`, `\r` and `\n` all end a line.
        var lines: [CleanLine] = []
        var lineNumber = 1
        var start = 0
        var s = decoded.scalars
        let decodedCount = s.count, invalidBytes = decoded.invalidBytes
        s.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            while true {
                // The line's end: a raw-buffer scan, as this touches every scalar of the file.
                while i < n, buf[i].value != 0x0A, buf[i].value != 0x0D { i += 1 }
                var line = cleanLine(s[start..<i], number: lineNumber)
                if let paragraphStarts, lineNumber <= paragraphStarts.count { line.startsParagraph = paragraphStarts[lineNumber - 1] }
                lines.append(line)
                if i == n { break }
                if buf[i].value == 0x0D, i + 1 < n, buf[i + 1].value == 0x0A { i += 1 }
                lineNumber += 1
                i += 1
                start = i
            }
        }

        s = []
        decoded.scalars = []
        detected.decoded.scalars = []

        // Script: count markers on the cleaned text; only Traditional or mixed text meets OpenCC.
        var traditional = 0, simplified = 0
        for line in lines {
            let c = ScriptDetector.count(line.scalars)
            traditional += c.traditional; simplified += c.simplified
        }
        let script = ScriptDetector.label(traditional: traditional, simplified: simplified)
        if traditional > 0 && script == "simplified" {
            // A stray Traditional character in Simplified text: convert just the lines that hold one.
            convertMarkedLines(&lines)
        } else if traditional > 0 {
            if !convertToSimplified(&lines) {
                diagnostics.append(TextDiagnostic(path: path, message: "Traditional text left unconverted: OpenCC t2s.json unavailable"))
            }
        }

        var built = ParagraphBuilder.build(lines)
        lines = []
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(decodedCount)
        var paragraphs: [TextSpan] = []
        var starts: [Int] = [], lineNumbers: [Int] = []
        for index in built.indices {
            let p = built[index]
            built[index].scalars = []   // each paragraph's copy goes as it is appended
            if index > 0 { scalars.append("\n") }
            let base = scalars.count
            for seg in p.segments where lineNumbers.last != seg.line {
                starts.append(base + seg.offset); lineNumbers.append(seg.line)
            }
            scalars.append(contentsOf: p.scalars)
            paragraphs.append(TextSpan(range: base..<scalars.count, paragraph: index, kind: p.kind))
        }
        if starts.isEmpty { starts = [0]; lineNumbers = [1] }
        let sentences = SentenceSplitter.split(scalars, paragraphs: paragraphs)
        if !bytes.isEmpty && paragraphs.isEmpty {
            diagnostics.append(TextDiagnostic(path: path, message: "no text found"))
        }
        let source = SourceInfo(encoding: encoding, script: script, invalidBytes: invalidBytes,
                                byteCount: byteCount, sha256: sha)
        return Document(path: path, scalars: scalars, paragraphs: paragraphs,
                        sentences: sentences, source: source, lineMap: LineMap(starts: starts, lines: lineNumbers),
                        diagnostics: diagnostics)
    }

    /// Cleans one raw line and lifts Markdown marks off it: a heading marker (`## `), a list or
    /// quote marker (`- `, `* `, `+ `, `> `) and bold `**`.
    private static func cleanLine(_ raw: ArraySlice<Unicode.Scalar>, number: Int) -> CleanLine {
        var body = raw
        while let f = body.first, f == " " || f == "\t" || f == "\u{3000}" { body = body.dropFirst() }
        var level = 0
        while body.first == "#" { level += 1; body = body.dropFirst() }
        if level > 0 && level <= 6 && (body.isEmpty || body.first == " ") {
            return CleanLine(scalars: LineCleaner.clean(withoutBold(body)), line: number, headingLevel: level)
        }
        if level == 0, body.count >= 2, let f = body.first, f == "-" || f == "*" || f == "+" || f == ">",
           body[body.index(after: body.startIndex)] == " " {
            return CleanLine(scalars: LineCleaner.clean(withoutBold(body.dropFirst(2))), line: number,
                             headingLevel: 0, listItem: true)
        }
        if isRule(body) { return CleanLine(scalars: [], line: number, headingLevel: 0) }
        return CleanLine(scalars: LineCleaner.clean(withoutBold(raw)), line: number, headingLevel: 0)
    }

    /// A Markdown rule or setext underline (`---`, `***`, `===`): layout, not text.
    private static func isRule(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let f = s.first, f == "-" || f == "*" || f == "_" || f == "=" else { return false }
        var count = 0
        for x in s {
            if x == f { count += 1 } else if x != " " { return false }
        }
        return count >= 3
    }

    /// The line without Markdown bold markers (`**`); untouched (no copy) when it has none.
    private static func withoutBold(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard s.contains("*") else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "*", i + 1 < s.endIndex, s[i + 1] == "*" { i += 2; continue }
            out.append(s[i]); i += 1
        }
        return out[...]
    }

    /// Converts only the lines that contain a Traditional-only character.
    private static func convertMarkedLines(_ lines: inout [CleanLine]) {
        let marked = lines.indices.filter { ScriptDetector.count(lines[$0].scalars).traditional > 0 }
        if convertRuns(of: marked, in: &lines) != nil { return }
        for k in marked {
            if let c = ScriptConverter.traditionalToSimplified.convert(ScalarText.string(lines[k].scalars)) {
                lines[k].scalars = Array(c.unicodeScalars)
                SimplifiedFixes.apply(&lines[k].scalars)
            }
        }
    }

    /// Converts all lines through OpenCC t2s, then applies `SimplifiedFixes` to each. False when
    /// OpenCC is unavailable.
    private static func convertToSimplified(_ lines: inout [CleanLine]) -> Bool {
        if let converted = convertRuns(of: Array(lines.indices), in: &lines) { return converted }
        return convertWhole(&lines)
    }

    /// Converts the lines `indices` as OpenCC would convert each whole, sending it only the runs
    /// that can change (`ConversionSpans`; half the characters of a Traditional article, and
    /// OpenCC's time falls with them), all in one call; applies `SimplifiedFixes` to those lines.
    /// False when OpenCC is unavailable; nil, with the lines untouched, when the runs cannot be
    /// told (OpenCC's dictionaries unreadable) or do not come back one for one.
    static func convertRuns(of indices: [Int], in lines: inout [CleanLine]) -> Bool? {
        guard let spans = ScriptConverter.traditionalToSimplified.spans else { return nil }
        // The runs, joined by line feeds: no key of OpenCC holds one, so none is matched across.
        var runs: [(line: Int, range: Range<Int>)] = []
        var joined: [UInt8] = []
        for k in indices {
            spans.forEachRun(in: lines[k].scalars) { range in
                if !runs.isEmpty { joined.append(0x0A) }
                for s in lines[k].scalars[range] { UTF8.encode(s) { joined.append($0) } }
                runs.append((k, range))
            }
        }
        var converted: [Unicode.Scalar] = []
        var parts: [Range<Int>] = []
        if !runs.isEmpty {
            guard let bytes = ScriptConverter.traditionalToSimplified.convert(utf8: joined) else { return false }
            converted = ByteDecoders.utf8(bytes).scalars
            parts = lineFeedPieces(converted)
            guard parts.count == runs.count else { return nil }
        }
        // Each line rebuilt with its runs replaced, from its last run back so earlier ranges hold.
        for r in runs.indices.reversed() {
            lines[runs[r].line].scalars.replaceSubrange(runs[r].range, with: converted[parts[r]])
        }
        for k in indices { SimplifiedFixes.apply(&lines[k].scalars) }
        return true
    }

    /// The pieces of `scalars` between line feeds, empty ones kept (OpenCC's output split back
    /// into the lines or runs that were joined for it).
    static func lineFeedPieces(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" { pieces.append(start ..< i); start = i + 1 }
        pieces.append(start ..< scalars.count)
        return pieces
    }

    /// Converts all lines through OpenCC t2s in one call, then splits the result back into lines.
    /// Falls back to line-by-line conversion if the line count changed. False when OpenCC is unavailable.
    static func convertWhole(_ lines: inout [CleanLine]) -> Bool {
        // UTF-8 in and out, decoded once: building Strings on both sides of OpenCC and splitting
        // the result as a String decoded the text three times more.
        var joined: [UInt8] = []
        joined.reserveCapacity(lines.reduce(0) { $0 + $1.scalars.count * 3 + 1 })
        for (k, line) in lines.enumerated() {
            if k > 0 { joined.append(0x0A) }
            for s in line.scalars { UTF8.encode(s) { joined.append($0) } }
        }
        guard let converted = ScriptConverter.traditionalToSimplified.convert(utf8: joined) else {
            return false
        }
        let scalars = ByteDecoders.utf8(converted).scalars
        let parts = lineFeedPieces(scalars)
        if parts.count == lines.count {
            for k in lines.indices { lines[k].scalars = Array(scalars[parts[k]]); SimplifiedFixes.apply(&lines[k].scalars) }
            return true
        }
        for k in lines.indices where !lines[k].scalars.isEmpty {
            if let c = ScriptConverter.traditionalToSimplified.convert(ScalarText.string(lines[k].scalars)) {
                lines[k].scalars = Array(c.unicodeScalars)
                SimplifiedFixes.apply(&lines[k].scalars)
            }
        }
        return true
    }
}
