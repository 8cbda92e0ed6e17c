import Foundation

// Bar-chart geometry, shared by the PDF and the standalone chart files: a title area, a label
// column sized to the widest region name, a plot area with a nice linear scale, and a source line.

/// A laid-out chart: items relative to its top-left corner, and its height.
public struct ChartFrame: Sendable, Equatable {
    /// Items relative to the chart's top-left corner.
    public var items: [PageItem]
    /// Width as requested, height as needed.
    public var size: Size
    /// The plot area (bars and grid) inside the frame, for tests and annotations.
    public var plotArea: Rect
}

/// Computes the geometry of a horizontal bar chart.
struct ChartLayout {
    let measurer: any TextMeasuring
    let style: LayoutStyle

    private let labelGap = 8.0, valueGap = 4.0

    /// Lays out `chart` at `width`.
    /// `axisLargest` overrides the largest value the axis must reach (parts of a split chart share it).
    func layout(_ chart: BarChart, width: Double, axisLargest: Double? = nil) -> ChartFrame {
        var items: [PageItem] = []
        var y = 0.0
        let colour = Color(rgb: chart.color)

        // Title: an accent mark in the chart colour, then the title wrapped to the width.
        let titleHeight = style.lineHeight(style.chartTitle, spacing: 1.5)
        let titleLines = measurer.lines(of: FigureGlue.bind(chart.title), font: style.chartTitle, width: width - 8)
        for line in titleLines {
            items.append(.text(TextRun(text: line.text, origin: Point(x: 8, y: y), width: width - 8,
                                       lineHeight: titleHeight, font: style.chartTitle, color: style.text)))
            y += titleHeight
        }
        if !titleLines.isEmpty {
            items.insert(.rect(FilledRect(rect: Rect(x: 0, y: (titleHeight - 11) / 2, width: 3, height: 11),
                                          color: colour)), at: 0)
        }
        y += 6

        // Value axis.
        let largest = axisLargest ?? chart.bars.map(\.value).max() ?? 0
        let scale = AxisScale(largest: largest, unit: chart.unit, multipliers: style.axisMultipliers)
        let tickWidths = scale.labels.map { measurer.width(of: $0, font: style.chartTick) }
        let valueTexts = chart.bars.map { FigureGlue.bind($0.display) }
        let valueWidth = valueTexts.map { measurer.width(of: $0, font: style.chartValue) }.max() ?? 0
        let markReserve = chart.bars.contains(where: BarMarks.isLowerBound) ? BarMarks.openEnd + 1 : 0
        let rightReserve = max(valueWidth + valueGap + 2 + markReserve, (tickWidths.last ?? 0) / 2 + 1)

        // Label column: as wide as the widest label, unless that leaves the plot too narrow; then
        // labels wrap (never cut) within the narrower column.
        let labelTexts = chart.bars.map { FigureGlue.bind($0.label) }
        let naturalLabel = labelTexts.map { measurer.width(of: $0, font: style.chartLabel) }.max() ?? 0
        let minPlot = width * 0.38
        let labelLimit = max(width * 0.2, width - rightReserve - labelGap - minPlot)
        let labelColumn = min(naturalLabel, labelLimit)
        let labelLines: [[MeasuredLine]] = labelTexts.map { text in
            let natural = measurer.width(of: text, font: style.chartLabel)
            if natural <= labelColumn + 0.01 { return [MeasuredLine(text: text, width: natural)] }
            return measurer.lines(of: text, font: style.chartLabel, width: labelColumn)
        }
        let labelColumnUsed = max(labelColumn, labelLines.flatMap { $0 }.map(\.width).max() ?? 0)

        let plotX0 = labelColumnUsed + labelGap
        let plotX1 = max(plotX0 + 1, width - rightReserve)
        let plotTop = y
        let labelLineHeight = style.lineHeight(style.chartLabel, spacing: 1.35)
        let barThickness = 11.0

        // Rows: bars in the order given.
        var rowItems: [PageItem] = []
        for (index, bar) in chart.bars.enumerated() {
            let lines = labelLines[index]
            let rowHeight = max(20, Double(lines.count) * labelLineHeight + 8)
            let centre = y + rowHeight / 2
            var labelY = centre - Double(lines.count) * labelLineHeight / 2
            for line in lines {
                rowItems.append(.text(TextRun(text: line.text, origin: Point(x: 0, y: labelY),
                                              width: labelColumnUsed, lineHeight: labelLineHeight,
                                              font: style.chartLabel, color: style.text, alignment: .trailing)))
                labelY += labelLineHeight
            }
            let value = bar.value.isFinite ? max(0, bar.value) : 0
            let length = scale.maximum > 0 ? (plotX1 - plotX0) * value / scale.maximum : 0
            // A ≥ bar ends open (dots past its end), a ≈ bar pale: neither looks exact.
            let marked = BarMarks.items(for: bar, x0: plotX0, length: length, centre: centre,
                                        thickness: barThickness, colour: colour)
            rowItems += marked.items
            let valueHeight = style.lineHeight(style.chartValue, spacing: 1.3)
            rowItems.append(.text(TextRun(text: valueTexts[index], origin: Point(x: plotX0 + length + marked.extra + valueGap,
                                                                                  y: centre - valueHeight / 2),
                                          width: measurer.width(of: valueTexts[index], font: style.chartValue),
                                          lineHeight: valueHeight, font: style.chartValue,
                                          color: style.text)))
            y += rowHeight
        }
        if chart.bars.isEmpty { y += 20 }
        let plotBottom = y

        // Grid behind the bars: one faint vertical line per tick, a darker base line at zero.
        var gridItems: [PageItem] = []
        for tick in scale.ticks where tick > 0 {
            let x = plotX0 + (plotX1 - plotX0) * tick / scale.maximum
            gridItems.append(.line(StrokedLine(from: Point(x: x, y: plotTop), to: Point(x: x, y: plotBottom),
                                               lineWidth: 0.5, color: style.faintRule)))
        }
        gridItems.append(.line(StrokedLine(from: Point(x: plotX0, y: plotBottom), to: Point(x: plotX1, y: plotBottom),
                                           lineWidth: 0.6, color: style.rule)))
        gridItems.append(.line(StrokedLine(from: Point(x: plotX0, y: plotTop), to: Point(x: plotX0, y: plotBottom),
                                           lineWidth: 0.8, color: style.secondaryText)))
        items += gridItems + rowItems

        // Tick labels under the axis, centred on their ticks.
        let tickHeight = style.lineHeight(style.chartTick, spacing: 1.4)
        y += 3
        for (index, tick) in scale.ticks.enumerated() {
            let x = plotX0 + (plotX1 - plotX0) * tick / scale.maximum
            let w = tickWidths[index]
            items.append(.text(TextRun(text: scale.labels[index], origin: Point(x: x - w / 2, y: y), width: w,
                                       lineHeight: tickHeight, font: style.chartTick, color: style.secondaryText)))
        }
        y += tickHeight

        // Unit caption (right; the ticks carry the 万/亿 multiplier, so it names the base unit) and source (left, wrapped beside it).
        let caption = style.axisUnitTemplate.replacingOccurrences(of: "{unit}", with: chart.unit)
        let captionWidth = chart.unit.isEmpty ? 0 : measurer.width(of: caption, font: style.chartSource)
        let sourceHeight = style.lineHeight(style.chartSource, spacing: 1.4)
        y += 2
        if captionWidth > 0 {
            items.append(.text(TextRun(text: caption, origin: Point(x: width - captionWidth, y: y),
                                       width: captionWidth, lineHeight: sourceHeight,
                                       font: style.chartSource, color: style.secondaryText)))
        }
        let sourceWidth = max(width * 0.3, width - captionWidth - 12)
        let sourceLines = measurer.lines(of: FigureGlue.bind(chart.source), font: style.chartSource, width: sourceWidth)
        for line in sourceLines {
            items.append(.text(TextRun(text: line.text, origin: Point(x: 0, y: y), width: sourceWidth,
                                       lineHeight: sourceHeight, font: style.chartSource, color: style.secondaryText)))
            y += sourceHeight
        }
        if sourceLines.isEmpty && captionWidth > 0 { y += sourceHeight }

        return ChartFrame(items: items, size: Size(width: width, height: y),
                          plotArea: Rect(x: plotX0, y: plotTop, width: plotX1 - plotX0, height: plotBottom - plotTop))
    }
}
