// The cover: accent mark, title, subtitle, key numbers in a grid, organisation and date at the foot.

/// Builds the cover page.
struct CoverLayout {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let pageSize: Size

    /// The cover of `content`.
    func page(_ content: BriefContent) -> Page {
        let left = style.marginLeft
        let width = pageSize.width - style.marginLeft - style.marginRight
        var items: [PageItem] = []
        var y = max(style.marginTop, pageSize.height * 0.17)

        items.append(.rect(FilledRect(rect: Rect(x: left, y: y, width: 48, height: 4), color: style.accent)))
        y += 28
        y = text(content.title, font: style.coverTitle, spacing: 1.35, color: style.text, at: y, into: &items)
        if !content.subtitle.isEmpty {
            y += 10
            y = text(content.subtitle, font: style.coverSubtitle, spacing: 1.5, color: style.secondaryText,
                     at: y, into: &items)
        }
        if let period = content.period {
            y += 6
            y = text(period, font: style.coverOrganisation, spacing: 1.5, color: style.secondaryText, at: y, into: &items)
        }
        y += 36
        y = keyNumbers(content.keyNumbers, top: y, into: &items)
        // The lead: what the totals say, in body text under the numbers.
        for paragraph in content.lead {
            y = text(paragraph, font: style.body, spacing: style.lineSpacing, color: style.text, at: y, into: &items,
                     balanced: false)
            y += 6
        }

        // Organisation and date sit above the bottom margin, under a faint rule.
        let orgHeight = style.lineHeight(style.coverOrganisation, spacing: 1.5)
        let orgLines = content.organisation.isEmpty ? [] :
            measurer.lines(of: content.organisation, font: style.coverOrganisation, width: width)
        let dateHeight = style.lineHeight(style.coverOrganisation, spacing: 1.5)
        var foot = pageSize.height - style.marginBottom - Double(orgLines.count) * orgHeight
            - (content.date == nil ? 0 : dateHeight)
        items.append(.line(StrokedLine(from: Point(x: left, y: foot - 14), to: Point(x: left + width, y: foot - 14),
                                       lineWidth: 0.5, color: style.rule)))
        for line in orgLines {
            items.append(.text(TextRun(text: line.text, origin: Point(x: left, y: foot), width: width,
                                       lineHeight: orgHeight, font: style.coverOrganisation, color: style.text)))
            foot += orgHeight
        }
        if let date = content.date {
            items.append(.text(TextRun(text: FigureGlue.bind(date), origin: Point(x: left, y: foot), width: width,
                                       lineHeight: dateHeight, font: style.coverOrganisation,
                                       color: style.secondaryText)))
        }
        return Page(size: pageSize, items: items)
    }

    /// Wrapped text lines from `y`; returns the y below them.
    private func text(_ text: String, font: FontSpec, spacing: Double, color: Color, at y: Double,
                      into items: inout [PageItem], balanced: Bool = true) -> Double {
        let width = pageSize.width - style.marginLeft - style.marginRight
        let lineHeight = style.lineHeight(font, spacing: spacing)
        var y = y
        let bound = FigureGlue.bind(text)
        let lines = balanced ? measurer.balancedLines(of: bound, font: font, width: width)
            : measurer.lines(of: bound, font: font, width: width)
        for line in lines {
            items.append(.text(TextRun(text: line.text, origin: Point(x: style.marginLeft, y: y), width: width,
                                       lineHeight: lineHeight, font: font, color: color)))
            y += lineHeight
        }
        return y
    }

    /// Key numbers in up to three columns: a rule, the value large, the label small and grey.
    /// Returns the y below the last row.
    @discardableResult
    private func keyNumbers(_ numbers: [KeyNumber], top: Double, into items: inout [PageItem]) -> Double {
        guard !numbers.isEmpty else { return top }
        let width = pageSize.width - style.marginLeft - style.marginRight
        let columns = numbers.count == 4 ? 2 : min(3, numbers.count)
        let gutter = 18.0
        let cellWidth = (width - gutter * Double(columns - 1)) / Double(columns)
        // Many totals (one per metric) in a smaller size, so `≥2579.15万户` stays on one line.
        // And smaller still until every value fits its cell on one line (`14,205 households` must
        // never break inside a word).
        var valueFont = style.keyValue
        if numbers.count > 6 { valueFont.size = (style.keyValue.size * 0.72).rounded() }
        while valueFont.size > 9,
              numbers.contains(where: { measurer.width(of: FigureGlue.bind($0.value), font: valueFont) > cellWidth }) {
            valueFont.size -= 1
        }
        let valueHeight = style.lineHeight(valueFont, spacing: 1.3)
        let labelHeight = style.lineHeight(style.keyLabel, spacing: 1.5)
        var rowTop = top
        for rowStart in stride(from: 0, to: numbers.count, by: columns) {
            var rowBottom = rowTop
            for column in 0..<columns where rowStart + column < numbers.count {
                let number = numbers[rowStart + column]
                let x = style.marginLeft + Double(column) * (cellWidth + gutter)
                items.append(.line(StrokedLine(from: Point(x: x, y: rowTop), to: Point(x: x + cellWidth, y: rowTop),
                                               lineWidth: 0.6, color: style.rule)))
                var y = rowTop + 10
                for line in measurer.lines(of: FigureGlue.bind(number.value), font: valueFont, width: cellWidth) {
                    items.append(.text(TextRun(text: line.text, origin: Point(x: x, y: y), width: cellWidth,
                                               lineHeight: valueHeight, font: valueFont, color: style.text)))
                    y += valueHeight
                }
                y += 2
                for line in measurer.lines(of: FigureGlue.bind(number.label), font: style.keyLabel, width: cellWidth) {
                    items.append(.text(TextRun(text: line.text, origin: Point(x: x, y: y), width: cellWidth,
                                               lineHeight: labelHeight, font: style.keyLabel,
                                               color: style.secondaryText)))
                    y += labelHeight
                }
                rowBottom = max(rowBottom, y)
            }
            rowTop = rowBottom + (numbers.count > 6 ? 12 : 22)
        }
        return rowTop
    }
}
