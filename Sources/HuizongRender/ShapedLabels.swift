import CPangoCairo
import HuizongLayout

/// Short texts drawn again and again — running headers, table headers, metric and status names,
/// units — kept shaped: Pango itemises and shapes a text each time it is set on a layout, and
/// that was most of the cost of drawing a page. Long texts (quotes, paragraphs) rarely repeat
/// and are shaped on the one shared layout as before.
final class ShapedLabels {
    struct Shaped { let layout: OpaquePointer; let size: (width: Double, height: Double) }

    private let fonts: PangoFonts
    private let context: OpaquePointer
    private var shaped: [MeasureCache.Fingerprint: Shaped] = [:]
    /// Texts up to this many UTF-8 bytes (21 Chinese characters) are kept: enough for the brief's
    /// title in the running header of every page (18 characters with its quotation marks).
    private static let longest = 64
    /// At most this many are kept (a few MB of Pango layouts); past it the cache starts again.
    private static let capacity = 2048

    init(fonts: PangoFonts, context: OpaquePointer) {
        self.fonts = fonts
        self.context = context
    }

    deinit { removeAll() }

    /// The shaped layout of `text` as `run` draws it, or nil when it is too long to keep.
    func layout(_ text: String, run: TextRun) -> Shaped? {
        guard text.utf8.count <= Self.longest else { return nil }
        let justify = run.alignment == .justified
        let key = MeasureCache.fingerprint(text, font: run.font, width: justify ? run.width : nil)
        if let known = shaped[key] { return known }
        if shaped.count >= Self.capacity { removeAll() }
        let textLayout = PangoTextLayout(fonts: fonts, context: context)
        var justified = false
        if justify {
            textLayout.set(text, font: run.font, width: run.width + 0.01, justify: true)
            justified = textLayout.lineCount == 1
        }
        if !justified { textLayout.set(text, font: run.font, width: nil) }
        // The layout outlives the wrapper: take a reference of our own.
        g_object_ref(UnsafeMutableRawPointer(textLayout.layout))
        let result = Shaped(layout: textLayout.layout, size: textLayout.logicalSize)
        shaped[key] = result
        return result
    }

    func removeAll() {
        for value in shaped.values { g_object_unref(UnsafeMutableRawPointer(value.layout)) }
        shaped.removeAll()
    }
}
