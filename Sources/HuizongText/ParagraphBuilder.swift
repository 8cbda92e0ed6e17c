/// One cleaned line of the original file.
struct CleanLine {
    var scalars: [Unicode.Scalar]
    /// 1-based line in the original file.
    var line: Int
    /// Markdown heading level (`#` count), 0 for none; the marker itself is already removed.
    var headingLevel: Int
    /// The line began with a list or quote marker (`- `, `* `, `+ `, `> `), now removed: it starts
    /// a paragraph of its own.
    var listItem = false
    /// From the page layout (a PDF): true when the line starts a paragraph, false when it goes
    /// on the one before; nil leaves it to the text's shape.
    var startsParagraph: Bool? = nil
}

/// Where one original line starts inside a paragraph. (A struct, not a tuple: an array of tuples
/// looks its type metadata up at run time on every allocation, and every paragraph has one.)
struct Segment {
    var offset: Int
    var line: Int
}

/// A paragraph assembled from one or more cleaned lines.
struct BuiltParagraph {
    var scalars: [Unicode.Scalar] = []
    /// (offset within `scalars`, original line) for each line joined in.
    var segments: [Segment] = []
    var headingLevel = 0
    var blankBefore = 0
    var blankAfter = 0
    var kind: BlockKind = .body
    /// Opening quotes, book-title marks and brackets not yet closed, over all lines so far.
    var openMarks = 0
}

/// Joins lines broken mid-sentence into paragraphs and tells what each paragraph is.
///
/// Converted pages break sentences at arbitrary places (`服务热` / `线、门户网站`), often with a
/// blank line in between, while headings, bylines and captions are short lines without final
/// punctuation too. A line is joined to the next one only when the evidence says it goes on:
/// it ends in a comma or inside open quotes, the next line starts with punctuation, or it is
/// long enough (or plain enough) to be body text and the next line does not look like a heading.
enum ParagraphBuilder {
    static func build(_ lines: [CleanLine]) -> [BuiltParagraph] {
        var paragraphs: [BuiltParagraph] = []
        // Mutated in place (never through a copy) so appending a line does not copy the paragraph.
        var current = BuiltParagraph()
        var hasCurrent = false
        var lastLine: [Unicode.Scalar] = []
        var blanks = 0
        for line in lines {
            if line.scalars.isEmpty { blanks += 1; continue }
            if hasCurrent {
                let joins = line.startsParagraph.map { !$0 } ?? (current.headingLevel == 0 && line.headingLevel == 0
                    && !line.listItem && continues(current, lastLine: lastLine, next: line.scalars))
                if joins {
                    append(line, to: &current)
                    lastLine = line.scalars
                    blanks = 0
                    continue
                }
                current.blankAfter = blanks
                paragraphs.append(current)
            }
            current = BuiltParagraph()
            current.headingLevel = line.headingLevel
            current.blankBefore = blanks
            append(line, to: &current)
            lastLine = line.scalars
            hasCurrent = true
            blanks = 0
        }
        if hasCurrent { current.blankAfter = blanks; paragraphs.append(current) }
        classify(&paragraphs)
        return paragraphs
    }

    private static func append(_ line: CleanLine, to p: inout BuiltParagraph) {
        // Two Latin words split across lines keep a space between them; Chinese joins directly.
        if let last = p.scalars.last?.value, let first = line.scalars.first?.value,
           ScalarClass.isLatinLetter(last) && ScalarClass.isLatinLetter(first) {
            p.scalars.append(" ")
        }
        p.segments.append(Segment(offset: p.scalars.count, line: line.line))
        // Most paragraphs are one line: share its array rather than copy it.
        if p.scalars.isEmpty { p.scalars = line.scalars } else { p.scalars.append(contentsOf: line.scalars) }
        p.openMarks += Shape.openMarks(line.scalars)
    }

    // MARK: Joining

    /// Whether paragraph `p`, whose last line is `lastLine`, goes on in `next`. Only the last line
    /// is inspected (plus the paragraph's length and open quotes), so joining stays linear.
    static func continues(_ p: BuiltParagraph, lastLine: [Unicode.Scalar], next: [Unicode.Scalar]) -> Bool {
        guard let lastScalar = lastLine.last, let firstNext = next.first else { return false }
        let last = lastScalar.value, first = firstNext.value
        let ending = Shape.ending(lastLine)
        if ending == .final || ending == .dash { return false }
        if Shape.isCaption(lastLine) || (p.segments.count == 1 && Shape.isByline(lastLine)) { return false }
        if first == 0x25A1 || first == 0x25A0 || first == 0x23 || Shape.hasPrefix(next, Shape.Words.dash) || Shape.hasPrefix(next, Shape.Words.localNews) {
            return false
        }
        // The next line starts with something no sentence or heading starts with.
        if Shape.cannotStart(first) { return true }
        if ending == .continuing || p.openMarks > 0 { return true }
        // A heading next: short, no final mark, and no clause punctuation unless very short.
        if Shape.startsWithEnumeration(next)
            || (Shape.isHeadingLike(next) && (next.count <= 16 || !Shape.hasClausePunctuation(next))) {
            return false
        }
        let clauses = Shape.hasClausePunctuation(lastLine)
        let spaced = lastLine.contains(" ")
        // Headline style: words set apart by spaces, no clause punctuation.
        if !clauses && (spaced || Shape.hasPrefix(lastLine, Shape.Words.dash)) { return false }
        if p.scalars.count >= 30 { return true }
        // A plain line of body length cut mid-word (`为了保证休牧期的生态恢复效` / `果，…`).
        if p.scalars.count >= 12 && !spaced && ending == .open && !Shape.hasQuotes(lastLine) && ScalarClass.isHan(last) {
            return true
        }
        return false
    }

    // MARK: Kinds

    private static func classify(_ ps: inout [BuiltParagraph]) {
        var seenBody = false, seenByline = false
        for i in ps.indices {
            let s = ps[i].scalars
            let next: BuiltParagraph? = i + 1 < ps.count ? ps[i + 1] : nil
            let kind: BlockKind
            let opening = !seenBody && !seenByline
            if ps[i].headingLevel == 1 { kind = opening ? .title : .heading }
            else if ps[i].headingLevel > 1 { kind = .heading }
            else if Shape.isByline(s) { kind = .byline }
            else if Shape.isCaption(s) { kind = .caption }
            else if seenBody && Shape.isNameLine(s) && (next == nil || next!.headingLevel > 0) { kind = .byline }
            else if Shape.isIsolatedSentence(ps[i]) { kind = .caption }
            else if Shape.isHeadingLike(s) { kind = opening ? .title : .heading }
            else { kind = .body; seenBody = true }
            ps[i].kind = kind
            if kind == .byline { seenByline = true }
        }
    }
}
