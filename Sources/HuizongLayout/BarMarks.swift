// A bar whose figure is a lower bound (≥) or an approximation (≈) must not look exact (issue 18):
// a lower bound gets an open end, dots running on past the bar; an approximation a pale end.

/// The marks drawn at the end of a qualified bar.
enum BarMarks {
    /// Width the open end of a ≥ bar takes past the bar's end.
    static let openEnd = 16.0
    /// Width of the pale end of a ≈ bar (or the whole bar when shorter).
    static let paleEnd = 8.0

    /// Whether the bar's label marks it as a lower bound or an approximation.
    static func isLowerBound(_ bar: Bar) -> Bool { bar.display.hasPrefix("≥") }
    static func isApproximate(_ bar: Bar) -> Bool { bar.display.hasPrefix("≈") }

    /// `colour` mixed half-way to white.
    static func pale(_ colour: Color) -> Color {
        let mix = { (shift: UInt32) -> UInt32 in ((((colour.rgb >> shift) & 0xFF) + 0xFF) / 2) << shift }
        return Color(rgb: mix(16) | mix(8) | mix(0))
    }

    /// The items of a bar from `x0` of `length`, centred on `centre`; the extra width its mark takes.
    static func items(for bar: Bar, x0: Double, length: Double, centre: Double, thickness: Double,
                      colour: Color) -> (items: [PageItem], extra: Double) {
        let top = centre - thickness / 2
        if isApproximate(bar) && length > 0 {
            let pale = min(paleEnd, length)
            return ([.rect(FilledRect(rect: Rect(x: x0, y: top, width: length - pale, height: thickness), color: colour)),
                     .rect(FilledRect(rect: Rect(x: x0 + length - pale, y: top, width: pale, height: thickness),
                                      color: Self.pale(colour)))], 0)
        }
        var items: [PageItem] = [.rect(FilledRect(rect: Rect(x: x0, y: top, width: length, height: thickness), color: colour))]
        guard isLowerBound(bar) else { return (items, 0) }
        // Dots, not dashes of a fixed length: lines with dashes are drawn with round caps, which on a
        // line this thick closed gaps of 1.5 points into one solid rounded end that looked exact.
        let width = thickness * 0.25
        items.append(.line(StrokedLine(from: Point(x: x0 + length + 1 + width / 2, y: centre),
                                       to: Point(x: x0 + length + openEnd - width / 2, y: centre),
                                       lineWidth: width, color: colour, dash: [0, width * 2.2])))
        return (items, openEnd + 1)
    }
}
