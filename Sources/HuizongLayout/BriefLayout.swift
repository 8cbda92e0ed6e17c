// The entry point: BriefContent in, finished pages out (cover, contents, sections, header/footer).

/// Lays out a brief into pages of positioned items; draws nothing.
public struct BriefLayout {
    /// The text measurer (Pango in production, a fixed-width stand-in in tests).
    public let measurer: any TextMeasuring
    /// Page size in points.
    public let pageSize: Size
    /// Sizes, spacing and colours.
    public let style: LayoutStyle

    /// A layout for pages of `pageSize` measuring text with `measurer`.
    public init(measurer: any TextMeasuring, pageSize: Size = .a4, style: LayoutStyle = .standard) {
        self.measurer = measurer; self.pageSize = pageSize; self.style = style
    }

    /// Width of the text area.
    public var textWidth: Double { pageSize.width - style.marginLeft - style.marginRight }

    /// The whole brief: cover, contents (when there are sections), then the sections. Sections in
    /// `measured` (see `measureSections`) are taken as given, the others measured here; the pages
    /// are the same either way.
    public func layout(_ content: BriefContent, measured: [MeasuredSections] = []) -> [Page] {
        let top = style.marginTop, bottom = pageSize.height - style.marginBottom

        // Body first: its page count and the pages headings land on feed the contents.
        var body = PageFlow(left: style.marginLeft, top: top, bottom: bottom)
        var units: [FlowUnit] = [], next = 0
        for part in measured.sorted(by: { $0.sections.lowerBound < $1.sections.lowerBound }) where part.sections.lowerBound >= next {
            units += bodyUnits(content, sections: next..<part.sections.lowerBound) + part.units
            next = part.sections.upperBound
        }
        units += bodyUnits(content, sections: next..<content.sections.count)
        body.place(units)

        let entries = content.sections.filter { $0.level <= 3 }.map {
            ContentsEntry(title: $0.title, level: max(1, $0.level), anchor: $0.anchor)
        }
        let contents = ContentsLayout(measurer: measurer, style: style, width: textWidth)
        var contentsPageCount = 0
        if !entries.isEmpty {
            var probe = PageFlow(left: style.marginLeft, top: top, bottom: bottom)
            probe.place(contents.units(title: content.labels.contents, entries: entries, pageNumber: { _ in 888 }))
            contentsPageCount = probe.pages.count
        }
        let firstBodyNumber = 2 + contentsPageCount
        var landing: [String: Int] = [:]
        for (index, page) in body.pages.enumerated() {
            for case .destination(let dest) in page.items where landing[dest.name] == nil {
                landing[dest.name] = firstBodyNumber + index
            }
        }
        var contentsFlow = PageFlow(left: style.marginLeft, top: top, bottom: bottom,
                                    sectionTitle: content.labels.contents)
        if !entries.isEmpty {
            contentsFlow.place(contents.units(title: content.labels.contents, entries: entries,
                                              pageNumber: { landing[$0] }))
        }

        // Pages are moved, not copied, into the finished list: a brief of 800 pages holds tens of
        // megabytes of items, and copying them kept two of everything alive at the end.
        var flowPages = contentsFlow.pages + body.pages
        body = PageFlow(left: style.marginLeft, top: top, bottom: bottom)
        contentsFlow = PageFlow(left: style.marginLeft, top: top, bottom: bottom)
        let total = 1 + flowPages.count
        let furniture = PageFurniture(measurer: measurer, style: style, pageSize: pageSize)
        var pages = [CoverLayout(measurer: measurer, style: style, pageSize: pageSize).page(content)]
        pages.reserveCapacity(total)
        for index in flowPages.indices {
            var items = flowPages[index].items
            flowPages[index].items = []
            items += furniture.items(title: content.title, section: flowPages[index].sectionTitle,
                                     footer: content.labels.pageFooter, number: index + 2, total: total)
            pages.append(Page(size: pageSize, items: items, outline: flowPages[index].outline))
        }
        return pages
    }

    /// A page exactly the size of `chart` laid out at `width` (padding included), for chart files.
    public func chartPage(_ chart: BarChart, width: Double) -> Page {
        let pad = style.chartPagePadding
        let frame = ChartLayout(measurer: measurer, style: style).layout(chart, width: width - 2 * pad)
        return Page(size: Size(width: width, height: (frame.size.height + 2 * pad).rounded(.up)),
                    items: [.rect(FilledRect(rect: Rect(x: 0, y: 0, width: width,
                                                        height: (frame.size.height + 2 * pad).rounded(.up)),
                                             color: Color(rgb: 0xFFFFFF)))]
                        + frame.items.map { $0.offsetBy(dx: pad, dy: pad) })
    }

    /// The chart geometry alone (items relative to its top-left corner).
    public func chartFrame(_ chart: BarChart, width: Double) -> ChartFrame {
        ChartLayout(measurer: measurer, style: style).layout(chart, width: width)
    }

    /// The flow units of `sections` (indices into `content.sections`), measured with this layout's
    /// measurer, for `layout(_:measured:)` of a layout on another thread: measuring is most of
    /// layout's time, and sections are measured independently of each other.
    public func measureSections(_ content: BriefContent, _ sections: Range<Int>) -> MeasuredSections {
        MeasuredSections(sections: sections, units: bodyUnits(content, sections: sections))
    }

    /// The first section of the brief's last part holding about `share` (0…1) of its text: where
    /// to split the sections between two threads so that each measures about its share.
    public static func split(_ content: BriefContent, share: Double) -> Int {
        let weights = content.sections.map(\.textWeight)
        let goal = Double(weights.reduce(0, +)) * (1 - share)
        var sum = 0.0
        for index in weights.indices.reversed() {
            sum += Double(weights[index])
            if sum > goal { return index + 1 }
        }
        return 0
    }

    /// Flow units of every section in order.
    func bodyUnits(_ content: BriefContent) -> [FlowUnit] {
        bodyUnits(content, sections: content.sections.indices)
    }

    /// Flow units of `sections` in order.
    func bodyUnits(_ content: BriefContent, sections: Range<Int>) -> [FlowUnit] {
        let text = TextBlocks(measurer: measurer, style: style, width: textWidth)
        let pageHeight = pageSize.height - style.marginTop - style.marginBottom
        let tables = TableLayout(measurer: measurer, style: style, width: textWidth, pageHeight: pageHeight)
        var units: [FlowUnit] = []
        for section in content.sections[sections] {
            units.append(text.heading(section))
            var leadIn = true  // notes between a heading and its first table or chart stay with them
            for block in section.blocks {
                if case .note = block {} else if case .paragraph = block {} else { leadIn = false }
                switch block {
                case .paragraph(let string): units += text.paragraph(string)
                case .note(let string): units += text.paragraph(string, isNote: true).map { var u = $0; u.keepWithNext = u.keepWithNext || leadIn; return u }
                case .table(let table):
                    units += tables.units(table, caption: section.title + content.labels.continued)
                case .chart(let chart):
                    units += chartUnits(chart, maxHeight: pageHeight, continued: content.labels.continued)
                }
            }
        }
        return units
    }

    /// A chart as one unit, or, when taller than a page, as several with the same scale.
    private func chartUnits(_ chart: BarChart, maxHeight: Double, continued: String) -> [FlowUnit] {
        let layout = ChartLayout(measurer: measurer, style: style)
        let spacing = 14.0
        let whole = layout.layout(chart, width: textWidth)
        if whole.size.height + spacing <= maxHeight || chart.bars.count < 2 {
            return [FlowUnit(height: whole.size.height + 4, spaceBefore: spacing, items: whole.items)]
        }
        // Split the bars into chunks that fit, keeping one axis maximum for all.
        let perBar = (whole.plotArea.height) / Double(chart.bars.count)
        let overhead = whole.size.height - whole.plotArea.height
        let fit = max(1, Int((maxHeight - spacing - overhead - 24) / perBar))
        let largest = chart.bars.map(\.value).max() ?? 0
        var units: [FlowUnit] = []
        for start in stride(from: 0, to: chart.bars.count, by: fit) {
            var part = chart
            part.bars = Array(chart.bars[start..<min(chart.bars.count, start + fit)])
            if start > 0 { part.title = chart.title + continued }
            let frame = layout.layout(part, width: textWidth, axisLargest: largest)
            units.append(FlowUnit(height: frame.size.height + 4, spaceBefore: spacing, items: frame.items))
        }
        return units
    }
}

/// The flow units of a run of sections, measured by one `BriefLayout` (possibly on another thread,
/// with a measurer of its own) for another to place.
public struct MeasuredSections: Sendable {
    /// Indices into the content's sections.
    public let sections: Range<Int>
    let units: [FlowUnit]
}

extension BriefSection {
    /// Roughly how much text measuring the section takes: UTF-8 bytes of its title and blocks.
    var textWeight: Int {
        blocks.reduce(title.utf8.count) { sum, block in
            switch block {
            case .paragraph(let text), .note(let text): return sum + text.utf8.count
            case .table(let table):
                return sum + table.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
            case .chart(let chart): return sum + chart.title.utf8.count + chart.bars.count * 16
            }
        }
    }
}
