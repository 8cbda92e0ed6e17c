// Tables as flow units: a header unit kept with the first row, one unit per row (rows never split),
// and a caption plus header repeated at the top of every page the table runs onto.

/// Builds the flow units of a table.
struct TableLayout {
    let measurer: any TextMeasuring
    let style: LayoutStyle
    let width: Double

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

    /// The units of `table`; `caption` names it in the repeated header (`各地区汇总（续）`).
    func units(_ table: Table, caption: String) -> [FlowUnit] {
        guard !table.columns.isEmpty else { return [] }
        let cols = columns(table)
        let header = row(table.columns.map(\.header), table: table, cols: cols, font: style.tableHeader,
                         fill: nil, isHeader: true)
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

        var units = [headerUnit]
        for (index, cells) in table.rows.enumerated() {
            var unit = row(cells, table: table, cols: cols, font: style.tableText,
                           fill: index % 2 == 1 ? style.zebra : nil, isHeader: false)
            if index == table.rows.count - 1 {
                unit.items.append(.line(StrokedLine(from: Point(x: 0, y: unit.height), to: Point(x: width, y: unit.height),
                                                    lineWidth: 0.8, color: style.secondaryText)))
            }
            unit.repeatAfterBreak = [captionUnit, repeated]
            units.append(unit)
        }
        if let last = units.indices.last { units[last].keepWithNext = false }
        return units
    }

    /// One row: cell text wrapped within its column, the row as tall as its tallest cell.
    private func row(_ cells: [String], table: Table, cols: [(x: Double, width: Double)], font: FontSpec,
                     fill: Color?, isHeader: Bool) -> FlowUnit {
        let lineHeight = style.lineHeight(font, spacing: 1.45)
        let padX = style.tableCellPaddingX, padY = style.tableCellPaddingY
        var cellLines: [[MeasuredLine]] = []
        for (index, column) in cols.enumerated() {
            let text = index < cells.count ? FigureGlue.bind(cells[index]) : ""
            cellLines.append(measurer.lines(of: text, font: font, width: max(1, column.width - 2 * padX)))
        }
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
