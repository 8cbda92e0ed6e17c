// Running header (brief title, current section) and footer (page x of y) on every page after the cover.

/// Adds the running header and footer.
struct PageFurniture {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let pageSize: Size

    /// Header and footer items for page `number` of `total`.
    func items(title: String, section: String?, footer: String, number: Int, total: Int) -> [PageItem] {
        let font = style.furniture
        let left = style.marginLeft
        let width = pageSize.width - style.marginLeft - style.marginRight
        let lineHeight = style.lineHeight(font, spacing: 1.5)
        let headerY = style.marginTop - 30
        var items: [PageItem] = []
        let sectionText = section.map { truncated(FigureGlue.bind($0), width: width * 0.48) } ?? ""
        let sectionWidth = sectionText.isEmpty ? 0 : measurer.width(of: sectionText, font: font)
        let titleText = truncated(FigureGlue.bind(title), width: width - sectionWidth - 24)
        items.append(.text(TextRun(text: titleText, origin: Point(x: left, y: headerY), width: width - sectionWidth - 24,
                                   lineHeight: lineHeight, font: font, color: style.secondaryText)))
        if !sectionText.isEmpty {
            items.append(.text(TextRun(text: sectionText, origin: Point(x: left + width - sectionWidth, y: headerY),
                                       width: sectionWidth, lineHeight: lineHeight, font: font,
                                       color: style.secondaryText, alignment: .trailing)))
        }
        items.append(.line(StrokedLine(from: Point(x: left, y: headerY + lineHeight + 3),
                                       to: Point(x: left + width, y: headerY + lineHeight + 3),
                                       lineWidth: 0.5, color: style.rule)))
        let footerText = footer.replacingAll("{page}", with: String(number)).replacingAll("{pages}", with: String(total))
        items.append(.text(TextRun(text: footerText, origin: Point(x: left, y: pageSize.height - style.marginBottom + 28),
                                   width: width, lineHeight: lineHeight, font: font, color: style.secondaryText,
                                   alignment: .center)))
        return items
    }

    /// `text`, shortened with an ellipsis until it fits `width`.
    func truncated(_ text: String, width: Double) -> String {
        let font = style.furniture
        guard measurer.width(of: text, font: font) > width else { return text }
        var chars = Array(text)
        while !chars.isEmpty {
            chars.removeLast()
            let candidate = String(chars) + "…"
            if measurer.width(of: candidate, font: font) <= width { return candidate }
        }
        return ""
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
