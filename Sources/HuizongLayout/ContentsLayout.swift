// The contents: level-1 and level-2 section titles, dot leaders, page numbers, each a link.

/// One contents entry.
struct ContentsEntry {
    var title: String
    var level: Int
    var anchor: String
}

/// Builds the contents pages' flow units.
struct ContentsLayout {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let width: Double

    /// Name of the destination at the top of the contents.
    static let anchor = "huizong-contents"

    /// The units of the contents; `pageNumber` gives the page an anchor lands on (placeholder in the
    /// first pass: entry heights never depend on the numbers, so the page count is the same).
    func units(title: String, entries: [ContentsEntry], pageNumber: (String) -> Int?) -> [FlowUnit] {
        let titleHeight = style.lineHeight(style.contentsTitle, spacing: 1.45)
        var titleItems: [PageItem] = [.destination(Destination(name: ContentsLayout.anchor, point: Point(x: 0, y: 0)))]
        var y = 0.0
        for line in measurer.lines(of: title, font: style.contentsTitle, width: width) {
            titleItems.append(.text(TextRun(text: line.text, origin: Point(x: 0, y: y), width: width,
                                            lineHeight: titleHeight, font: style.contentsTitle, color: style.text)))
            y += titleHeight
        }
        y += 6
        titleItems.append(.line(StrokedLine(from: Point(x: 0, y: y), to: Point(x: width, y: y),
                                            lineWidth: 0.5, color: style.faintRule)))
        titleItems.append(.rect(FilledRect(rect: Rect(x: 0, y: y - 1.25, width: 36, height: 2.5), color: style.accent)))
        y += 14
        var units = [FlowUnit(height: y, keepWithNext: true, items: titleItems,
                              outline: [OutlineEntry(title: title, level: 1, destination: ContentsLayout.anchor)])]
        for entry in entries { units.append(unit(entry, number: pageNumber(entry.anchor))) }
        return units
    }

    /// One entry: wrapped title, a dotted leader from its last line to the right-aligned page number.
    private func unit(_ entry: ContentsEntry, number: Int?) -> FlowUnit {
        let font = entry.level <= 1 ? style.contentsEntry1 : style.contentsEntry2
        let lineHeight = style.lineHeight(font, spacing: 1.7)
        // Level 3 (a province's prefectures) one step further in than level 2.
        let indent = entry.level <= 1 ? 0 : font.size * 2 * Double(entry.level - 1)
        let numberColumn = 32.0
        let titleWidth = width - indent - numberColumn - 18
        let lines = measurer.lines(of: FigureGlue.bind(entry.title), font: font, width: titleWidth)
        var items: [PageItem] = []
        var y = 0.0
        for line in lines {
            items.append(.text(TextRun(text: line.text, origin: Point(x: indent, y: y), width: titleWidth,
                                       lineHeight: lineHeight, font: font, color: style.text)))
            y += lineHeight
        }
        let lastWidth = lines.last?.width ?? 0
        let text = number.map(String.init) ?? ""
        let leaderY = y - lineHeight * 0.3
        items.append(.line(StrokedLine(from: Point(x: indent + lastWidth + 6, y: leaderY),
                                       to: Point(x: width - numberColumn - 4, y: leaderY),
                                       lineWidth: 0.9, color: style.rule, dash: [0.9, 2.7])))
        items.append(.text(TextRun(text: text, origin: Point(x: width - numberColumn, y: y - lineHeight),
                                   width: numberColumn, lineHeight: lineHeight, font: font, color: style.text,
                                   alignment: .trailing)))
        items.append(.link(Link(rect: Rect(x: indent, y: 0, width: width - indent, height: y),
                                destination: entry.anchor)))
        return FlowUnit(height: y, spaceBefore: entry.level <= 1 ? 8 : entry.level == 2 ? 1 : 0, items: items)
    }
}
