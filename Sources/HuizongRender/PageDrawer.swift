import CCairo
import CPangoCairo
import HuizongLayout

// Draws one page's items onto a Cairo context: one small function per item kind.

/// Draws pages on one Cairo context with a Pango context kept in step with it.
final class PageDrawer {
    private let context: CairoContext
    private let pangoContext: OpaquePointer
    private let textLayout: PangoTextLayout
    /// Short texts that recur (headers, labels, units) shaped once each.
    private let shapedLabels: ShapedLabels
    /// Whether links and destinations become PDF tags (only PDF surfaces have them).
    private let tagsEnabled: Bool

    init(context: CairoContext, fonts: PangoFonts, tags: Bool) {
        self.context = context
        tagsEnabled = tags
        pangoContext = fonts.makeContext()
        pango_cairo_update_context(context.cr, pangoContext)
        textLayout = PangoTextLayout(fonts: fonts, context: pangoContext)
        shapedLabels = ShapedLabels(fonts: fonts, context: pangoContext)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pangoContext)) }

    /// Re-syncs Pango with the context's transformation (after `cairo_scale`).
    func contextChanged() {
        pango_cairo_update_context(context.cr, pangoContext)
        textLayout.invalidate()
        shapedLabels.removeAll()
    }

    /// Draws every item of `page` in order.
    func draw(_ page: Page) {
        for item in page.items {
            switch item {
            case .text(let run): draw(run)
            case .rect(let fill): draw(fill)
            case .line(let line): draw(line)
            case .link(let link): if tagsEnabled { draw(link) }
            case .destination(let destination): if tagsEnabled { draw(destination) }
            }
        }
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgb(context.cr, color.red, color.green, color.blue)
    }

    private func draw(_ run: TextRun) {
        // Word joiners only guided line breaking; they are invisible and zero-width.
        let text = FigureGlue.strip(run.text)
        guard !text.isEmpty else { return }
        let cr = context.cr
        let layout: OpaquePointer, size: (width: Double, height: Double)
        if let shaped = shapedLabels.layout(text, run: run) {
            (layout, size) = (shaped.layout, shaped.size)
        } else {
            var justified = false
            if run.alignment == .justified {
                textLayout.set(text, font: run.font, width: run.width + 0.01, justify: true)
                justified = textLayout.lineCount == 1
            }
            if !justified { textLayout.set(text, font: run.font, width: nil) }
            (layout, size) = (textLayout.layout, textLayout.logicalSize)
        }
        var x = run.origin.x
        switch run.alignment {
        case .center: x += (run.width - size.width) / 2
        case .trailing: x += run.width - size.width
        case .leading, .justified: break
        }
        setColor(run.color)
        cairo_move_to(cr, x, run.origin.y + (run.lineHeight - size.height) / 2)
        pango_cairo_show_layout(cr, layout)
    }

    private func draw(_ fill: FilledRect) {
        guard fill.rect.width > 0, fill.rect.height > 0 else { return }
        setColor(fill.color)
        cairo_rectangle(context.cr, fill.rect.x, fill.rect.y, fill.rect.width, fill.rect.height)
        cairo_fill(context.cr)
    }

    private func draw(_ line: StrokedLine) {
        let cr = context.cr
        setColor(line.color)
        cairo_set_line_width(cr, line.lineWidth)
        if line.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        } else {
            line.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        }
        cairo_move_to(cr, line.from.x, line.from.y)
        cairo_line_to(cr, line.to.x, line.to.y)
        cairo_stroke(cr)
    }

    private func draw(_ link: Link) {
        let r = link.rect
        let attributes = "dest='\(PageDrawer.quoted(link.destination))' rect=[\(number(r.x)) \(number(r.y)) \(number(r.width)) \(number(r.height))]"
        cairo_tag_begin(context.cr, "Link", attributes)
        cairo_tag_end(context.cr, "Link")
    }

    private func draw(_ destination: Destination) {
        let attributes = "name='\(PageDrawer.quoted(destination.name))' x=\(number(destination.point.x)) y=\(number(destination.point.y))"
        cairo_tag_begin(context.cr, "cairo.dest", attributes)
        cairo_tag_end(context.cr, "cairo.dest")
    }

    /// A number for a tag attribute, fixed to two decimals so output never depends on locale.
    private func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A value for a single-quoted Cairo tag attribute.
    static func quoted(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
