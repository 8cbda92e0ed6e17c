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
}

/// A paragraph assembled from one or more cleaned lines.
struct BuiltParagraph {
    var scalars: [Unicode.Scalar] = []
    /// (offset within `scalars`, original line) for each line joined in.
    var segments: [(offset: Int, line: Int)] = []
    var headingLevel = 0
    var blankBefore = 0
    var blankAfter = 0
    var kind: BlockKind = .body
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
        var current: BuiltParagraph?
        var blanks = 0
        for line in lines {
            if line.scalars.isEmpty { blanks += 1; continue }
            if var acc = current {
                if acc.headingLevel == 0 && line.headingLevel == 0 && !line.listItem
                    && continues(acc.scalars, line.scalars) {
                    append(line, to: &acc)
                    current = acc
                    blanks = 0
                    continue
                }
                acc.blankAfter = blanks
                paragraphs.append(acc)
            }
            var fresh = BuiltParagraph()
            fresh.headingLevel = line.headingLevel
            fresh.blankBefore = blanks
            append(line, to: &fresh)
            current = fresh
            blanks = 0
        }
        if var acc = current { acc.blankAfter = blanks; paragraphs.append(acc) }
        classify(&paragraphs)
        return paragraphs
    }

    private static func append(_ line: CleanLine, to p: inout BuiltParagraph) {
        // Two Latin words split across lines keep a space between them; Chinese joins directly.
        if let last = p.scalars.last?.value, let first = line.scalars.first?.value,
           ScalarClass.isLatinLetter(last) && ScalarClass.isLatinLetter(first) {
            p.scalars.append(" ")
        }
        p.segments.append((p.scalars.count, line.line))
        p.scalars.append(contentsOf: line.scalars)
    }

    // MARK: Joining

    /// Whether the paragraph so far (`acc`) goes on in `next`.
    static func continues(_ acc: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> Bool {
        guard let lastScalar = acc.last, let firstNext = next.first else { return false }
        let last = lastScalar.value, first = firstNext.value
        let ending = Shape.ending(acc)
        if ending == .final || ending == .dash { return false }
        if Shape.isCaption(acc) || Shape.isByline(acc) { return false }
        if first == 0x25A1 || first == 0x25A0 || first == 0x23 || Shape.hasPrefix(next, "——") || Shape.hasPrefix(next, "本报讯") {
            return false
        }
        // The next line starts with something no sentence or heading starts with.
        if Shape.cannotStart(first) { return true }
        if ending == .continuing || Shape.unbalanced(acc) { return true }
        if Shape.startsWithEnumeration(next) || Shape.isHeadingLike(next) { return false }
        let clauses = Shape.hasClausePunctuation(acc)
        let spaced = acc.contains(" ")
        // Headline style: words set apart by spaces, no clause punctuation.
        if !clauses && (spaced || Shape.hasPrefix(acc, "——")) { return false }
        if acc.count >= 30 { return true }
        // A plain line of body length cut mid-word (`为了保证休牧期的生态恢复效` / `果，…`).
        if acc.count >= 12 && !spaced && ending == .open && !Shape.hasQuotes(acc) && ScalarClass.isHan(last) {
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
