// Paragraphs, notes and headings as flow units: wrapped by the measurer, one unit per line so pages
// can break between lines, with keep rules against orphans, widows and lonely headings.

/// Builds the flow units of text blocks.
struct TextBlocks {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let width: Double

    /// A justified paragraph with a first-line indent, or a note in smaller grey text.
    /// Line breaks in `text` start new paragraphs (a justified line must never end at one).
    func paragraph(_ text: String, isNote: Bool = false) -> [FlowUnit] {
        // Source indentation (spaces, ideographic spaces) is dropped: layout adds its own.
        // Scalars, not Characters: grapheme breaking a whole paragraph would dominate layout time.
        let pieces = text.unicodeScalars.split(whereSeparator: TextBlocks.isLineBreak)
            .compactMap(TextBlocks.trimmed)
        if pieces.isEmpty { return [] }
        if pieces.count > 1 || pieces[0] != text { return pieces.flatMap { paragraph($0, isNote: isNote) } }
        let font = isNote ? style.note : style.body
        let lineHeight = style.lineHeight(font, spacing: isNote ? style.noteSpacing : style.lineSpacing)
        let source = (isNote ? "" : style.paragraphIndent) + FigureGlue.bind(text)
        let lines = measurer.lines(of: source, font: font, width: width)
        return lines.enumerated().map { index, line in
            let isLast = index == lines.count - 1
            let run = TextRun(text: line.text, origin: Point(x: 0, y: 0), width: width, lineHeight: lineHeight,
                              font: font, color: isNote ? style.secondaryText : style.text,
                              alignment: isLast ? .leading : .justified)
            // No single first line at a page foot, no single last line at a page top.
            let keep = lines.count > 1 && (index == 0 || index == lines.count - 2)
            return FlowUnit(height: lineHeight, spaceBefore: index == 0 ? style.paragraphSpacing : 0,
                            keepWithNext: keep, items: [.text(run)])
        }
    }

    /// Whether `scalar` ends a line (LF, CR, VT, FF, NEL, LS, PS).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `scalars` without leading and trailing white space, or nil when nothing else is left.
    static func trimmed(_ scalars: Substring.UnicodeScalarView) -> String? {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        return String(scalars[first...last])
    }

    /// A section heading: a destination for links, an outline entry, kept with what follows.
    func heading(_ section: BriefSection) -> FlowUnit {
        // Level 3 (a prefecture under its province) a step smaller than level 2.
        var font = section.level <= 1 ? style.heading1 : style.heading2
        if section.level >= 3 { font.size -= 1.5 }
        let lineHeight = style.lineHeight(font, spacing: 1.45)
        var items: [PageItem] = [.destination(Destination(name: section.anchor, point: Point(x: 0, y: 0)))]
        var y = 0.0
        for line in measurer.lines(of: FigureGlue.bind(section.title), font: font, width: width) {
            items.append(.text(TextRun(text: line.text, origin: Point(x: 0, y: y), width: width,
                                       lineHeight: lineHeight, font: font, color: style.text)))
            y += lineHeight
        }
        if section.level <= 1 {
            // A short accent rule on a faint full-width rule under a chapter title.
            y += 6
            items.append(.line(StrokedLine(from: Point(x: 0, y: y), to: Point(x: width, y: y),
                                           lineWidth: 0.5, color: style.faintRule)))
            items.append(.rect(FilledRect(rect: Rect(x: 0, y: y - 1.25, width: 36, height: 2.5), color: style.accent)))
            y += 10
        } else {
            y += 2
        }
        return FlowUnit(height: y, spaceBefore: section.level <= 1 ? 0 : style.headingSpacingBefore,
                        keepWithNext: true, breakBefore: section.level <= 1, items: items,
                        outline: section.level <= 3 ? [OutlineEntry(title: section.title, level: max(1, section.level),
                                                                     destination: section.anchor)] : [],
                        sectionTitle: section.level <= 1 ? section.title : nil)
    }
}
