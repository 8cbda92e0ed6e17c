// Pagination: fixed-height units poured into pages, honouring page-break and keep-with-next rules.

/// The smallest piece pagination moves: a fixed-height group of items that is never split.
struct FlowUnit: Sendable {
    /// Height of the items, measured from the unit's top.
    var height: Double
    /// Space above the unit; dropped at the top of a page.
    var spaceBefore: Double = 0
    /// Never end a page after this unit (headings, first lines of paragraphs, table headers).
    var keepWithNext = false
    /// Start a new page before this unit (level-1 headings).
    var breakBefore = false
    /// Items relative to the left edge of the text area and the unit's top.
    var items: [PageItem]
    /// Outline entries that land where this unit lands.
    var outline: [OutlineEntry] = []
    /// The running-header section title from this unit on.
    var sectionTitle: String? = nil
    /// Units placed first when a page break falls right before this one (a repeated table header).
    var repeatAfterBreak: [FlowUnit] = []
}

/// A page's body before the running header and footer are added.
struct FlowPage {
    var items: [PageItem] = []
    var outline: [OutlineEntry] = []
    /// Title shown in the running header.
    var sectionTitle: String?
    /// Whether a unit has been placed (space-before is dropped until then).
    var isEmpty = true
}

/// Pours units into pages of a fixed text area.
struct PageFlow {
    let left: Double
    let top: Double
    let bottom: Double
    private(set) var pages: [FlowPage] = []
    private var y: Double
    private var currentSection: String?

    /// A flow into the text area from `top` to `bottom`, starting at `left`.
    init(left: Double, top: Double, bottom: Double, sectionTitle: String? = nil) {
        self.left = left; self.top = top; self.bottom = bottom; self.y = top
        self.currentSection = sectionTitle
    }

    /// Places `units` in order, breaking pages where needed.
    mutating func place(_ units: [FlowUnit]) {
        let pageHeight = bottom - top
        var index = 0
        // The unit a page was last broken for: if it still does not fit on the fresh page (below
        // the headers repeated there), it is placed anyway, overflowing, rather than breaking again
        // forever (a unit taller than a page once made this loop add pages until memory ran out).
        var brokeFor = -1
        while index < units.count {
            let unit = units[index]
            if pages.isEmpty || (unit.breakBefore && !pages[pages.count - 1].isEmpty) { newPage() }
            let atTop = pages[pages.count - 1].isEmpty
            let need = (atTop ? 0 : unit.spaceBefore) + unit.height
            // The chain of units that must share this page: this one and every kept-with successor.
            var chain = need, next = index
            while units[next].keepWithNext && next + 1 < units.count && !units[next + 1].breakBefore {
                next += 1
                chain += units[next].spaceBefore + units[next].height
            }
            let available = bottom - y
            if !atTop && brokeFor != index && (need > available + 1e-6 || (chain <= pageHeight && chain > available + 1e-6)) {
                brokeFor = index
                newPage()
                for header in unit.repeatAfterBreak { put(header) }
                continue
            }
            put(unit)
            index += 1
        }
    }

    /// Starts a new page.
    private mutating func newPage() {
        pages.append(FlowPage(sectionTitle: currentSection))
        y = top
    }

    /// Puts `unit` at the current position of the last page.
    private mutating func put(_ unit: FlowUnit) {
        var page = pages[pages.count - 1]
        if !page.isEmpty { y += unit.spaceBefore }
        if let title = unit.sectionTitle { currentSection = title; page.sectionTitle = title }
        page.items += unit.items.map { $0.offsetBy(dx: left, dy: y) }
        page.outline += unit.outline
        page.isEmpty = false
        pages[pages.count - 1] = page
        y += unit.height
    }
}
