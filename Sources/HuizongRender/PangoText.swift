import CCairo
import CPangoCairo
import HuizongLayout

// Pango objects set up once with the settings that make line breaks identical on every surface:
// 72 units per inch (1 unit = 1 pt), no metric hinting, no hinting, no glyph-position rounding.

/// A Pango font map bound to the library's private fontconfig configuration, plus a context.
final class PangoFonts {
    /// The font map (owned).
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The context used for measuring (owned; never bound to a surface).
    let context: OpaquePointer
    /// Font options shared by measuring and drawing (owned).
    let fontOptions: OpaquePointer
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    /// Keeps the configuration alive as long as the font map uses it.
    let library: FontLibrary

    init(library: FontLibrary) {
        self.library = library
        fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        pango_fc_font_map_set_config(OpaquePointer(fontMap), library.config)
        let options = cairo_font_options_create()!
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        fontOptions = options
        context = pango_font_map_create_context(fontMap)!
        PangoFonts.configure(context, options: options)
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
        cairo_font_options_destroy(fontOptions)
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// A new context with the shared settings (the caller owns it).
    func makeContext() -> OpaquePointer {
        let ctx = pango_font_map_create_context(fontMap)!
        PangoFonts.configure(ctx, options: fontOptions)
        return ctx
    }

    private static func configure(_ ctx: OpaquePointer?, options: OpaquePointer) {
        pango_cairo_context_set_resolution(ctx, 72)
        pango_cairo_context_set_font_options(ctx, options)
        pango_context_set_round_glyph_positions(ctx, 0)
        pango_context_set_base_dir(ctx, PANGO_DIRECTION_LTR)
        pango_context_set_language(ctx, pango_language_from_string("zh-cn"))
    }

    /// The font description for `font` (cached; owned by this object).
    func description(_ font: FontSpec) -> OpaquePointer {
        if let cached = descriptions[font] { return cached }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, FontLibrary.family)
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        descriptions[font] = description
        return description
    }
}

/// One reusable PangoLayout.
final class PangoTextLayout {
    let layout: OpaquePointer
    let fonts: PangoFonts

    init(fonts: PangoFonts, context: OpaquePointer) {
        self.fonts = fonts
        layout = pango_layout_new(context)!
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Sets text, font and wrapping width (nil: one line).
    func set(_ text: String, font: FontSpec, width: Double?, justify: Bool = false) {
        // Always set: comparing with the previous text costs more (Swift compares canonically).
        pango_layout_set_text(layout, text, -1)
        pango_layout_set_font_description(layout, fonts.description(font))
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        pango_layout_set_justify(layout, justify ? 1 : 0)
        pango_layout_set_justify_last_line(layout, justify ? 1 : 0)
    }

    /// Logical width and height in points.
    var logicalSize: (width: Double, height: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Tells the layout its context changed (after `pango_cairo_update_context`).
    func invalidate() { pango_layout_context_changed(layout) }
}

/// Pango's answers to layout's measuring questions, with the drawing settings.
public final class PangoMeasurer: TextMeasuring {
    private let fonts: PangoFonts
    private let textLayout: PangoTextLayout
    /// Answers already given: layout asks the same questions again (the contents pass lays the
    /// brief out twice, table rows are measured for height and then placed), and Pango's shaping
    /// is the expensive part of layout.
    private var cache = MeasureCache()

    init(fonts: PangoFonts) {
        self.fonts = fonts
        textLayout = PangoTextLayout(fonts: fonts, context: fonts.context)
    }

    /// Natural width of `text` on one line.
    public func width(of text: String, font: FontSpec) -> Double {
        guard !text.isEmpty else { return 0 }
        let key = MeasureCache.fingerprint(text, font: font, width: nil)
        if let known = cache.width(key) { return known }
        textLayout.set(text, font: font, width: nil)
        let width = textLayout.logicalSize.width
        cache.setWidth(width, for: key)
        return width
    }

    /// `text` broken by Pango into lines no wider than `width`.
    public func lines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        guard !text.isEmpty else { return [] }
        let key = MeasureCache.fingerprint(text, font: font, width: width)
        if let known = cache.lines(key, text: text) { return known }
        let spans = breakLines(text, font: font, width: width)
        cache.setLines(spans, for: key)
        return cache.lines(key, text: text)!
    }

    private func breakLines(_ text: String, font: FontSpec, width: Double) -> [MeasureCache.LineSpan] {
        textLayout.set(text, font: font, width: width)
        let utf8 = Array(text.utf8)
        var result: [MeasureCache.LineSpan] = []
        let count = pango_layout_get_line_count(textLayout.layout)
        // Pango falls back to a break between characters when one piece is wider than the width
        // (PANGO_WRAP_WORD_CHAR); its log attributes say where it may break, so such a line is marked.
        var attributeCount: Int32 = 0
        let attributes = pango_layout_get_log_attrs_readonly(textLayout.layout, &attributeCount)
        var characters = 0, counted = 0  // characters before byte `counted`
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(textLayout.layout, index) else { continue }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            guard start >= 0, length >= 0, start + length <= utf8.count else { continue }
            if index > 0, !result.isEmpty, let attributes {
                while counted < start { if utf8[counted] & 0xC0 != 0x80 { characters += 1 }; counted += 1 }
                if characters < Int(attributeCount) && attributes[characters].is_line_break == 0 {
                    result[result.count - 1].endsInsideWord = true
                }
            }
            var piece = String(decoding: utf8[start..<(start + length)], as: UTF8.self)
            while let last = piece.unicodeScalars.last, last.properties.isWhitespace {
                piece.unicodeScalars.removeLast()
            }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            if piece.isEmpty { continue }
            result.append(MeasureCache.LineSpan(start: Int32(start), length: Int32(piece.utf8.count),
                                                width: Double(logical.width) / Double(PANGO_SCALE)))
        }
        return result
    }

    /// The widest piece between two places where Pango may break a line, trailing spaces left out.
    public func widestUnbreakable(of text: String, font: FontSpec) -> Double {
        guard !text.isEmpty else { return 0 }
        // A width no line question uses marks this question in the shared cache.
        let key = MeasureCache.fingerprint(text, font: font, width: -1)
        if let known = cache.width(key) { return known }
        textLayout.set(text, font: font, width: nil)
        let layout = textLayout.layout
        var attributeCount: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout, &attributeCount) else { return 0 }
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int32] = [], offset: Int32 = 0
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars { offsets.append(offset); offset += Int32(UTF8.width(scalar)) }
        offsets.append(offset)
        // Left edge of character `index` on its line (the end of the text: the end of its line).
        func x(_ index: Int) -> Int32 {
            var position = PangoRectangle()
            if index < scalars.count {
                pango_layout_index_to_pos(layout, offsets[index], &position)
                return position.x
            }
            pango_layout_index_to_pos(layout, offsets[index - 1], &position)
            return position.x + position.width
        }
        var widest: Int32 = 0, start = 0
        for index in 1...scalars.count where index == scalars.count
            || (index < Int(attributeCount) && attributes[index].is_line_break != 0) {
            var end = index
            while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
            if end > start { widest = max(widest, x(end) - x(start)) }
            start = index
        }
        let result = Double(widest) / Double(PANGO_SCALE)
        cache.setWidth(result, for: key)
        return result
    }
}
