// Every size, spacing and colour the layout uses, in one place, so the look can be tuned as a whole.

/// Typographic settings of a brief: restrained, one accent colour, grey rules, generous margins.
public struct LayoutStyle: Sendable, Equatable {
    /// Page margins in points (the running header and footer sit inside the top and bottom margins).
    public var marginTop = 78.0, marginBottom = 74.0, marginLeft = 72.0, marginRight = 72.0

    /// Body text (五号, 10.5 pt) and its line height as a multiple of the size.
    public var body = FontSpec(size: 10.5)
    public var lineSpacing = 1.8
    /// Space after a paragraph.
    public var paragraphSpacing = 6.0
    /// Chinese first-line indent: two ideographic spaces.
    public var paragraphIndent = "\u{3000}\u{3000}"
    /// Notes (sources, remarks).
    public var note = FontSpec(size: 9)
    public var noteSpacing = 1.6

    /// Section headings by level.
    public var heading1 = FontSpec(size: 17, weight: .bold)
    public var heading2 = FontSpec(size: 12.5, weight: .bold)
    public var headingSpacingBefore = 14.0
    public var headingSpacingAfter = 8.0

    /// Tables.
    public var tableText = FontSpec(size: 9)
    public var tableHeader = FontSpec(size: 9, weight: .bold)
    public var tableCellPaddingX = 6.0
    public var tableCellPaddingY = 4.0

    /// Charts.
    public var chartTitle = FontSpec(size: 11, weight: .bold)
    public var chartLabel = FontSpec(size: 9)
    public var chartValue = FontSpec(size: 8.5)
    public var chartTick = FontSpec(size: 8)
    public var chartSource = FontSpec(size: 8)
    /// Caption under the axis; `{unit}` is replaced by the scaled unit (`亿元`).
    public var axisUnitTemplate = "单位：{unit}"
    /// Padding around a standalone chart page.
    public var chartPagePadding = 16.0

    /// Running header and footer.
    public var furniture = FontSpec(size: 8)

    /// Cover.
    public var coverTitle = FontSpec(size: 28, weight: .bold)
    public var coverSubtitle = FontSpec(size: 14)
    public var coverOrganisation = FontSpec(size: 12)
    public var keyValue = FontSpec(size: 22, weight: .bold)
    public var keyLabel = FontSpec(size: 9)

    /// Contents.
    public var contentsTitle = FontSpec(size: 17, weight: .bold)
    public var contentsEntry1 = FontSpec(size: 11, weight: .bold)
    public var contentsEntry2 = FontSpec(size: 10.5)

    /// Colours.
    public var text = Color(rgb: 0x1A1A1A)
    public var secondaryText = Color(rgb: 0x666666)
    public var rule = Color(rgb: 0xBDBDBD)
    public var faintRule = Color(rgb: 0xE3E3E3)
    public var zebra = Color(rgb: 0xF5F5F3)
    /// The one accent colour (rules and marks, never body text).
    public var accent = Color(rgb: 0xA8232B)

    /// The default look.
    public static let standard = LayoutStyle()
    /// Makes the default look; change fields afterwards.
    public init() {}

    /// Line height of text in `font`.
    func lineHeight(_ font: FontSpec, spacing: Double? = nil) -> Double {
        (font.size * (spacing ?? lineSpacing) * 100).rounded() / 100
    }
}
