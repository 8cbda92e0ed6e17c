import HuizongText

/// Builds a `Document` from a string the way the text stage would, closely enough for fact tests:
/// one paragraph per non-empty line (a long line broken mid-sentence is joined to the next),
/// sentences split after 。！？, and a line map back to the original lines.
enum TestDocument {
    static func make(_ original: String, path: String = "test.txt") -> Document {
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map {
            Array($0.unicodeScalars).filter { $0 != "\r" }
        }
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = [], lineNumbers: [Int] = []
        var paragraphs: [TextSpan] = [], sentences: [TextSpan] = []
        var paragraphStart = -1
        var joining = false
        func closeParagraph() {
            guard paragraphStart >= 0 else { return }
            let index = paragraphs.count
            paragraphs.append(TextSpan(range: paragraphStart..<scalars.count, paragraph: index))
            var s = paragraphStart
            for k in paragraphStart..<scalars.count where "。！？!?".unicodeScalars.contains(scalars[k]) {
                sentences.append(TextSpan(range: s..<(k + 1), paragraph: index))
                s = k + 1
            }
            if s < scalars.count { sentences.append(TextSpan(range: s..<scalars.count, paragraph: index)) }
            scalars.append("\n")
            paragraphStart = -1
        }
        for (n, raw) in lines.enumerated() {
            var line = raw
            while let f = line.first, f == " " || f == "\u{3000}" { line.removeFirst() }
            while let l = line.last, l == " " || l == "\u{3000}" { line.removeLast() }
            if line.isEmpty { continue }
            if !joining { closeParagraph(); paragraphStart = scalars.count }
            starts.append(scalars.count); lineNumbers.append(n + 1)
            scalars.append(contentsOf: line)
            // A long line ending on a word character was broken mid-sentence: the next line continues it.
            let last = line.last!
            joining = line.count > 25 && last.value >= 0x4E00 && last.value <= 0x9FFF
        }
        closeParagraph()
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return Document(path: path, text: String(text), scalars: scalars, paragraphs: paragraphs,
                        sentences: sentences,
                        source: SourceInfo(encoding: "utf-8", script: "simplified", invalidBytes: 0,
                                           byteCount: original.utf8.count, sha256: ""),
                        lineMap: LineMap(starts: starts, lines: lineNumbers), diagnostics: [])
    }
}
