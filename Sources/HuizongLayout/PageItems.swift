// The seam between layout and rendering: finished pages of positioned items (Typst's frames).

/// Horizontal placement of a text run inside its box.
public enum TextAlignment: Sendable, Equatable, Hashable {
    case leading, center, trailing
    /// Stretched to fill the box width (every line of a paragraph but its last).
    case justified
}

/// One line of text at a fixed position.
public struct TextRun: Sendable, Equatable {
    /// The text; may hold U+2060 WORD JOINER (zero width) that kept figures with their units.
    public var text: String
    /// Top-left corner of the line box.
    public var origin: Point
    /// Box width used for alignment and justification.
    public var width: Double
    /// Height of the line box; the glyphs are centred vertically in it.
    public var lineHeight: Double
    /// Font size and weight.
    public var font: FontSpec
    /// Fill, stroke or text colour.
    public var color: Color
    /// Placement inside the box.
    public var alignment: TextAlignment
    /// Makes a text run.
    public init(text: String, origin: Point, width: Double, lineHeight: Double, font: FontSpec,
                color: Color, alignment: TextAlignment = .leading) {
        self.text = text; self.origin = origin; self.width = width; self.lineHeight = lineHeight
        self.font = font; self.color = color; self.alignment = alignment
    }
    /// The line box.
    public var frame: Rect { Rect(x: origin.x, y: origin.y, width: width, height: lineHeight) }
}

/// A filled rectangle.
public struct FilledRect: Sendable, Equatable {
    /// The area in page coordinates.
    public var rect: Rect
    /// Fill, stroke or text colour.
    public var color: Color
    /// Makes a filled rectangle.
    public init(rect: Rect, color: Color) { self.rect = rect; self.color = color }
}

/// A straight stroked line, optionally dashed.
public struct StrokedLine: Sendable, Equatable {
    /// Start point.
    public var from: Point
    /// End point.
    public var to: Point
    /// Stroke width in points.
    public var lineWidth: Double
    /// Fill, stroke or text colour.
    public var color: Color
    /// Dash pattern (on, off, …) in points; empty draws a solid line.
    public var dash: [Double]
    /// Makes a line.
    public init(from: Point, to: Point, lineWidth: Double, color: Color, dash: [Double] = []) {
        self.from = from; self.to = to; self.lineWidth = lineWidth; self.color = color; self.dash = dash
    }
}

/// A clickable area that jumps to a named destination.
public struct Link: Sendable, Equatable {
    /// The area in page coordinates.
    public var rect: Rect
    /// Name of a `Destination` anywhere in the document.
    public var destination: String
    /// Makes a link.
    public init(rect: Rect, destination: String) { self.rect = rect; self.destination = destination }
}

/// A named place links and outline entries can jump to.
public struct Destination: Sendable, Equatable {
    /// ASCII name, unique in the document.
    public var name: String
    /// Where a jump lands (top-left of the view).
    public var point: Point
    /// Makes a destination.
    public init(name: String, point: Point) { self.name = name; self.point = point }
}

/// Anything placed on a page.
public enum PageItem: Sendable, Equatable {
    case text(TextRun)
    case rect(FilledRect)
    case line(StrokedLine)
    case link(Link)
    case destination(Destination)

    /// The same item moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> PageItem {
        switch self {
        case .text(var run):
            run.origin = Point(x: run.origin.x + dx, y: run.origin.y + dy); return .text(run)
        case .rect(var fill):
            fill.rect = fill.rect.offsetBy(dx: dx, dy: dy); return .rect(fill)
        case .line(var line):
            line.from = Point(x: line.from.x + dx, y: line.from.y + dy)
            line.to = Point(x: line.to.x + dx, y: line.to.y + dy); return .line(line)
        case .link(var link):
            link.rect = link.rect.offsetBy(dx: dx, dy: dy); return .link(link)
        case .destination(var dest):
            dest.point = Point(x: dest.point.x + dx, y: dest.point.y + dy); return .destination(dest)
        }
    }
}

/// A bookmark in the document outline.
public struct OutlineEntry: Sendable, Equatable {
    /// Text shown in the viewer's bookmarks.
    public var title: String
    /// 1 for top-level entries, 2 for entries under the previous level-1 entry.
    public var level: Int
    /// Name of the destination it opens.
    public var destination: String
    /// Makes an outline entry.
    public init(title: String, level: Int, destination: String) {
        self.title = title; self.level = level; self.destination = destination
    }
}

/// One finished page.
public struct Page: Sendable, Equatable {
    /// Page size in points.
    public var size: Size
    /// Items in drawing order.
    public var items: [PageItem]
    /// Outline entries whose destinations are on this page, in document order.
    public var outline: [OutlineEntry]
    /// Makes a page.
    public init(size: Size, items: [PageItem] = [], outline: [OutlineEntry] = []) {
        self.size = size; self.items = items; self.outline = outline
    }
    /// The text runs on the page, in drawing order.
    public var textRuns: [TextRun] {
        items.compactMap { if case .text(let run) = $0 { return run } else { return nil } }
    }
}
