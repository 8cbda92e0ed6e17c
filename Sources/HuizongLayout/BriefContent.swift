// What the pipeline hands to layout. Plain, already-localised strings and numbers;
// layout decides where things go, never what they say.

/// Everything the brief says, in reading order.
public struct BriefContent: Sendable, Equatable {
    /// Cover.
    public var title: String
    public var subtitle: String
    public var organisation: String
    /// Display date for the cover (from config or SOURCE_DATE_EPOCH); nil prints no date.
    public var date: String?
    /// Key numbers on the cover: (label, value), e.g. ("文档", "5").
    public var keyNumbers: [KeyNumber]
    /// Sections after the cover and contents; each level-1 section starts the contents entry.
    public var sections: [BriefSection]
    /// Fixed words layout itself prints (contents title, page footer…), in the brief's language.
    public var labels: BriefLabels
    /// PDF metadata.
    public var keywords: [String]
    /// The period the brief covers, shown on the cover under the subtitle (`统计时段：…`); nil shows none.
    public var period: String? = nil
    /// The lead on the cover under the key numbers: sentences written from the totals.
    public var lead: [String] = []

    public init(title: String, subtitle: String, organisation: String, date: String?, keyNumbers: [KeyNumber],
                sections: [BriefSection], labels: BriefLabels, keywords: [String]) {
        self.title = title; self.subtitle = subtitle; self.organisation = organisation; self.date = date
        self.keyNumbers = keyNumbers; self.sections = sections; self.labels = labels; self.keywords = keywords
    }
}

/// A number shown large on the cover.
public struct KeyNumber: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(label: String, value: String) { self.label = label; self.value = value }
}

/// Words layout prints on its own.
public struct BriefLabels: Sendable, Equatable {
    /// Title of the contents page, e.g. `目录`.
    public var contents: String
    /// Page footer with `{page}` and `{pages}` placeholders, e.g. `第 {page} 页 / 共 {pages} 页`.
    public var pageFooter: String
    /// "continued" marker for a table header repeated on a new page, e.g. `（续）`.
    public var continued: String
    public init(contents: String, pageFooter: String, continued: String) {
        self.contents = contents; self.pageFooter = pageFooter; self.continued = continued
    }
}

/// A headed section; `level` 1 starts on a new page and appears in contents and outline,
/// level 2 appears in both too, indented.
public struct BriefSection: Sendable, Equatable {
    public var title: String
    public var level: Int
    /// Stable anchor id for links and outline (ASCII).
    public var anchor: String
    public var blocks: [Block]
    public init(title: String, level: Int, anchor: String, blocks: [Block]) {
        self.title = title; self.level = level; self.anchor = anchor; self.blocks = blocks
    }
}

/// One block of content.
public enum Block: Sendable, Equatable {
    /// Body text; wrapped and justified.
    case paragraph(String)
    /// Smaller grey text (sources, remarks).
    case note(String)
    case table(Table)
    case chart(BarChart)
}

/// A table; the header row repeats when the table runs over a page.
public struct Table: Sendable, Equatable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public init(columns: [TableColumn], rows: [[String]]) { self.columns = columns; self.rows = rows }
}

/// A table column: header text, alignment, and relative width (fractions of the text width).
public struct TableColumn: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case leading, trailing, center }
    public var header: String
    public var alignment: Alignment
    public var weight: Double
    public init(header: String, alignment: Alignment = .leading, weight: Double = 1) {
        self.header = header; self.alignment = alignment; self.weight = weight
    }
}

/// A horizontal bar chart, bars in the order given (the pipeline ranks them).
public struct BarChart: Sendable, Equatable {
    public var title: String
    /// Metric id, used for the file name `charts/<id>.png` and the colour.
    public var id: String
    /// Axis unit shown under the axis, e.g. `元`, `件`.
    public var unit: String
    public var bars: [Bar]
    /// Bar colour as 0xRRGGBB.
    public var color: UInt32
    /// Source line under the chart, e.g. `来源：5 篇文档，63 个数字`.
    public var source: String
    public init(title: String, id: String, unit: String, bars: [Bar], color: UInt32, source: String) {
        self.title = title; self.id = id; self.unit = unit; self.bars = bars; self.color = color; self.source = source
    }
}

/// One bar: a category label (a region name, never cut), its value and the label printed at its end
/// (already formatted: `≥57.9亿元`, `≈2.8万条`).
public struct Bar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var display: String
    public init(label: String, value: Double, display: String) {
        self.label = label; self.value = value; self.display = display
    }
}
