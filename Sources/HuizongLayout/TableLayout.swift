// Tables as flow units: a header unit kept with the first row, one unit per row, and a caption
// plus header repeated at the top of every page the table runs onto. A row taller than what a
// page holds under that repeated header (one quote of hundreds of characters) is split into
// pieces that each fit, so pagination always moves on.

/// Builds the flow units of a table.
struct TableLayout {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let width: Double
    /// Height of a page's text area: no unit of the table may be taller than this.
    var pageHeight = Double.infinity

    /// Column left edges and widths from the relative weights.
    func columns(_ table: Table) -> [(x: Double, width: Double)] {
        let weights = table.columns.map { max(0.01, $0.weight) }
        let total = weights.reduce(0, +)
        var x = 0.0
        return weights.map { weight in
            let w = width * weight / total
            defer { x += w }
            return (x, w)
        }
    }

    /// Columns from the weights, unless a cell then breaks inside a word or a figure (a piece wider
    /// than its column): then each column is at least as wide as its widest piece, the room taken
    /// from columns that have it to spare (`ColumnFit`). Returns the columns and every cell's lines
    /// at them, header first.
    func fittedColumns(_ table: Table) -> (cols: [(x: Double, width: Double)], lines: [[[MeasuredLine]]]) {
        let texts = [table.columns.map(\.header)] + table.rows
        let fonts = [style.tableHeader] + Array(repeating: style.tableText, count: table.rows.count)
        let weighted = columns(table)
        let measured = zip(texts, fonts).map { lines($0, cols: weighted, font: $1) }
        guard measured.contains(where: { $0.contains { $0.contains(where: \.endsInsideWord) } }) else { return (weighted, measured) }
        let padX = style.tableCellPaddingX
        let least = weighted.indices.map { index in
            zip(texts, fonts).map { cells, font in
                index < cells.count ? measurer.widestUnbreakable(of: FigureGlue.bind(cells[index]), font: font) : 0
            }.max()! + 2 * padX
        }
        let widths = ColumnFit.widths(weighted.map(\.width), least: least)
        var x = 0.0
        let cols = widths.map { w -> (x: Double, width: Double) in defer { x += w }; return (x, w) }
        return (cols, zip(texts, fonts).map { lines($0, cols: cols, font: $1) })
    }

    /// The units of `table`; `caption` names it in the repeated header (`各地区汇总（续）`).
    func units(_ table: Table, caption: String) -> [FlowUnit] {
        guard !table.columns.isEmpty else { return [] }
        let (cols, cellLines) = fittedColumns(table)
        let header = unit(cellLines[0], table: table, cols: cols, font: style.tableHeader, fill: nil, isHeader: true)
        var headerUnit = header
        headerUnit.keepWithNext = true
        headerUnit.spaceBefore = 8

        let captionFont = style.note
        let captionHeight = style.lineHeight(captionFont, spacing: 1.6)
        let captionUnit = FlowUnit(height: captionHeight, keepWithNext: true, items: [
            .text(TextRun(text: FigureGlue.bind(caption), origin: Point(x: 0, y: 0), width: width,
                          lineHeight: captionHeight, font: captionFont, color: style.secondaryText)),
        ])
        var repeated = header
        repeated.keepWithNext = true

        // What a row piece may take: the page less the caption and header repeated above it.
        let rowBudget = pageHeight - captionHeight - repeated.height - 1
        var units = [headerUnit]
        for index in table.rows.indices {
            var pieces = rowPieces(cellLines[index + 1], table: table, cols: cols, font: style.tableText,
                                   fill: index % 2 == 1 ? style.zebra : nil, maxHeight: rowBudget)
            if index == table.rows.count - 1, var last = pieces.popLast() {
                last.items.append(.line(StrokedLine(from: Point(x: 0, y: last.height), to: Point(x: width, y: last.height),
                                                    lineWidth: 0.8, color: style.secondaryText)))
                pieces.append(last)
            }
            for var piece in pieces {
                piece.repeatAfterBreak = [captionUnit, repeated]
                units.append(piece)
            }
        }
        if let last = units.indices.last { units[last].keepWithNext = false }
        return units
    }

    /// One body row as one unit, or as several when its tallest cell needs more lines than fit in
    /// `maxHeight`: each piece carries the next lines of every cell.
    private func rowPieces(_ cellLines: [[MeasuredLine]], table: Table, cols: [(x: Double, width: Double)], font: FontSpec,
                           fill: Color?, maxHeight: Double) -> [FlowUnit] {
        let lineHeight = style.lineHeight(font, spacing: 1.45)
        let tallest = max(1, cellLines.map(\.count).max() ?? 1)
        let room = (maxHeight - 2 * style.tableCellPaddingY) / lineHeight
        let perPiece = room.isFinite ? max(1, Int(min(room, Double(tallest)))) : tallest
        guard tallest > perPiece else {
            return [unit(cellLines, table: table, cols: cols, font: font, fill: fill, isHeader: false)]
        }
        return stride(from: 0, to: tallest, by: perPiece).map { start in
            let slice = cellLines.map { Array($0.dropFirst(start).prefix(perPiece)) }
            return unit(slice, table: table, cols: cols, font: font, fill: fill, isHeader: false)
        }
    }

    /// Each cell's text broken into lines within its column.
    private func lines(_ cells: [String], cols: [(x: Double, width: Double)], font: FontSpec) -> [[MeasuredLine]] {
        let padX = style.tableCellPaddingX
        return cols.indices.map { index in
            let text = index < cells.count ? FigureGlue.bind(cells[index]) : ""
            return measurer.lines(of: text, font: font, width: max(1, cols[index].width - 2 * padX))
        }
    }

    /// A row unit from its cells' lines.
    private func unit(_ cellLines: [[MeasuredLine]], table: Table, cols: [(x: Double, width: Double)], font: FontSpec,
                      fill: Color?, isHeader: Bool) -> FlowUnit {
        let lineHeight = style.lineHeight(font, spacing: 1.45)
        let padX = style.tableCellPaddingX, padY = style.tableCellPaddingY
        let height = Double(max(1, cellLines.map(\.count).max() ?? 1)) * lineHeight + 2 * padY
        var items: [PageItem] = []
        if let fill { items.append(.rect(FilledRect(rect: Rect(x: 0, y: 0, width: width, height: height), color: fill))) }
        if isHeader {
            items.append(.line(StrokedLine(from: Point(x: 0, y: 0), to: Point(x: width, y: 0),
                                           lineWidth: 1.2, color: style.text)))
            items.append(.line(StrokedLine(from: Point(x: 0, y: height), to: Point(x: width, y: height),
                                           lineWidth: 0.6, color: style.secondaryText)))
        }
        for (index, column) in cols.enumerated() {
            let alignment: TextAlignment
            switch table.columns[index].alignment {
            case .leading: alignment = .leading
            case .trailing: alignment = .trailing
            case .center: alignment = .center
            }
            var y = padY
            for line in cellLines[index] {
                items.append(.text(TextRun(text: line.text, origin: Point(x: column.x + padX, y: y),
                                           width: column.width - 2 * padX, lineHeight: lineHeight, font: font,
                                           color: style.text, alignment: alignment)))
                y += lineHeight
            }
        }
        return FlowUnit(height: height, items: items)
    }
}
