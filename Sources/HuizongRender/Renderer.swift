import CCairo
import HuizongLayout

// The public face of rendering: finished pages in, file bytes out. Choosing the format only
// chooses the Cairo surface; every format is drawn by the same PageDrawer.

/// Document information written into the PDF.
public struct PDFMetadata: Sendable, Equatable {
    /// Document title.
    public var title: String
    /// Author (the organisation).
    public var author: String
    /// Subject line.
    public var subject: String
    /// Keywords, written comma-separated.
    public var keywords: [String]
    /// ISO 8601 date-time such as `2024-01-01T00:00:00Z` (digits, `-`, `T`, `:`, `+`, `Z` only);
    /// written as both creation and modification date, so output never depends on the clock.
    public var creationDate: String

    /// The fixed date used when the caller has none (the PDF must not carry the clock time).
    public static let fixedDate = "2000-01-01T00:00:00Z"

    /// The ISO 8601 UTC date-time of `seconds` since 1970 (e.g. from `SOURCE_DATE_EPOCH`), in the
    /// form `creationDate` takes.
    public static func date(epochSeconds seconds: Int64) -> String {
        // Days to civil date (Howard Hinnant's algorithm), so no calendar or locale is involved.
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }

    /// Makes PDF metadata.
    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creationDate: String = PDFMetadata.fixedDate) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creationDate = creationDate
    }
}

/// A character the fonts cannot draw, with the first text it appears in.
public struct MissingGlyph: Sendable, Equatable, CustomStringConvertible {
    /// The character without a glyph.
    public var character: Unicode.Scalar
    /// The first text run (word joiners removed) that contains it.
    public var context: String
    /// `U+4E36 丶 (in "…")`.
    public var description: String {
        let hex = String(character.value, radix: 16, uppercase: true)
        return "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) \(Character(character)) (in \"\(context)\")"
    }
}

/// Draws laid-out pages to PDF, PNG and SVG bytes with the bundled fonts.
///
/// One renderer per thread: Pango objects are not thread-safe. Several renderers may share one
/// `FontLibrary`.
public final class Renderer {
    /// The fonts drawn with.
    public let fonts: FontLibrary
    /// Measures text exactly as this renderer draws it; hand it to `BriefLayout`.
    public let measurer: PangoMeasurer
    private let pango: PangoFonts
    /// Image memory reused by every PNG this renderer draws (one renderer per thread).
    private let pixels = PixelBuffer()

    /// A renderer drawing with `fonts`.
    public init(fonts: FontLibrary) {
        self.fonts = fonts
        pango = PangoFonts(library: fonts)
        measurer = PangoMeasurer(fonts: pango)
    }

    /// All `pages` as one PDF, with outline (bookmarks), internal links and `metadata`.
    public func pdf(_ pages: [Page], metadata: PDFMetadata) throws -> [UInt8] {
        guard metadata.creationDate.allSatisfy({ "0123456789-T:+Z".contains($0) }), !metadata.creationDate.isEmpty else {
            throw RenderError.invalidMetadata("creation date \"\(metadata.creationDate)\" must look like 2024-01-01T00:00:00Z")
        }
        let first = pages.first?.size ?? Size.a4
        let surface = try CairoSurface.pdf(width: first.width, height: first.height)
        let s = surface.surface
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "Huizong")
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)

        let context = try CairoContext(surface)
        let drawer = PageDrawer(context: context, fonts: pango, tags: true)
        var parentOfLevel: [Int32] = [0]  // outline ids by level; 0 is the root
        for page in pages {
            cairo_pdf_surface_set_size(s, page.size.width, page.size.height)
            drawer.draw(page)
            for entry in page.outline {
                let level = max(1, entry.level)
                let parent = parentOfLevel[min(level - 1, parentOfLevel.count - 1)]
                let attributes = "dest='\(PageDrawer.quoted(entry.destination))'"
                let id = cairo_pdf_surface_add_outline(s, parent, entry.title, attributes,
                                                       level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
                parentOfLevel = Array(parentOfLevel.prefix(level)) + [Int32(id)]
            }
            cairo_show_page(context.cr)
            try context.check("draw PDF page")
        }
        try surface.finish()
        return surface.bytes
    }

    /// `page` as a PNG, `scale` pixels per point (2 gives a sharp chart on high-density screens).
    public func png(_ page: Page, scale: Double = 2) throws -> [UInt8] {
        let width = max(1, Int((page.size.width * scale).rounded(.up)))
        let height = max(1, Int((page.size.height * scale).rounded(.up)))
        let surface = try CairoSurface.image(width: width, height: height, pixels: pixels)
        do {  // the context and drawer are released before the pixels are read
            let context = try CairoContext(surface)
            cairo_set_source_rgb(context.cr, 1, 1, 1)
            cairo_paint(context.cr)
            cairo_scale(context.cr, scale, scale)
            let drawer = PageDrawer(context: context, fonts: pango, tags: false)
            drawer.contextChanged()
            drawer.draw(page)
            try context.check("draw PNG")
        }
        cairo_surface_flush(surface.surface)
        return try PNGWriter.encode(surface, scale: scale)
    }

    /// `page` as an SVG document (glyphs become paths), sized in points.
    public func svg(_ page: Page) throws -> [UInt8] {
        let surface = try CairoSurface.svg(width: page.size.width, height: page.size.height)
        do {  // the context is released before the surface is finished
            let context = try CairoContext(surface)
            let drawer = PageDrawer(context: context, fonts: pango, tags: false)
            drawer.draw(page)
            cairo_show_page(context.cr)
            try context.check("draw SVG")
        }
        try surface.finish()
        return SVGIdentifiers.normalise(surface.bytes)
    }

    /// Characters of the pages' text the fonts cannot draw, each once, in code point order.
    public func missingGlyphs(in pages: [Page]) -> [MissingGlyph] {
        var found: [UInt32: MissingGlyph] = [:]
        for page in pages {
            for run in page.textRuns {
                for scalar in fonts.missingCharacters(in: run.text) where found[scalar.value] == nil {
                    found[scalar.value] = MissingGlyph(character: scalar, context: FigureGlue.strip(run.text))
                }
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }
}
