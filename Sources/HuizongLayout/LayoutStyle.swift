// Every size, spacing and colour the layout uses, in one place, so the look can be tuned as a whole.

/// Typographic settings of a brief: restrained, one accent colour, grey rules, generous margins.
public struct LayoutStyle: Sendable, Equatable {
    /// Page margins in points (the running header and footer sit inside the top and bottom margins).
    public var marginTop = 78.0, marginBottom = 74.0, marginLeft = 72.0, marginRight = 72.0

    /// Body text (五号, 10.5 pt) and its line height as a multiple of the size.
    public var body = FontSpec(size: 10.5)
    /// Body line height as a multiple of the font size.
    public var lineSpacing = 1.8
    /// Space after a paragraph.
    public var paragraphSpacing = 6.0
    /// Chinese first-line indent: two ideographic spaces.
    public var paragraphIndent = "\u{3000}\u{3000}"
    /// Notes (sources, remarks).
    public var note = FontSpec(size: 9)
    /// Note line height as a multiple of the font size.
    public var noteSpacing = 1.6

    /// Section headings by level.
    public var heading1 = FontSpec(size: 17, weight: .bold)
    /// Level-2 (and deeper) headings.
    public var heading2 = FontSpec(size: 12.5, weight: .bold)
    /// Space above a level-2 heading.
    public var headingSpacingBefore = 14.0

    /// Tables.
    public var tableText = FontSpec(size: 9)
    /// Table header row.
    public var tableHeader = FontSpec(size: 9, weight: .bold)
    /// Horizontal padding inside a cell.
    public var tableCellPaddingX = 6.0
    /// Vertical padding inside a cell.
    public var tableCellPaddingY = 4.0

    /// Charts.
    public var chartTitle = FontSpec(size: 11, weight: .bold)
    /// Category (region) labels.
    public var chartLabel = FontSpec(size: 9)
    /// Value labels at the bar ends.
    public var chartValue = FontSpec(size: 8.5)
    /// Axis tick labels.
    public var chartTick = FontSpec(size: 8)
    /// Source line and unit caption.
    public var chartSource = FontSpec(size: 8)
    /// Caption under the axis; `{unit}` is replaced by the scaled unit (`亿元`).
    public var axisUnitTemplate = "单位：{unit}"
    /// Multipliers that shorten tick labels (`20亿`); `AxisMultiplier.english` for English briefs.
    public var axisMultipliers = AxisMultiplier.chinese
    /// Padding around a standalone chart page.
    public var chartPagePadding = 16.0

    /// Running header and footer.
    public var furniture = FontSpec(size: 8)

    /// Cover.
    public var coverTitle = FontSpec(size: 28, weight: .bold)
    /// Cover subtitle.
    public var coverSubtitle = FontSpec(size: 14)
    /// Organisation and date at the cover foot.
    public var coverOrganisation = FontSpec(size: 12)
    /// Key-number values on the cover.
    public var keyValue = FontSpec(size: 22, weight: .bold)
    /// Key-number labels on the cover.
    public var keyLabel = FontSpec(size: 9)

    /// Contents.
    public var contentsTitle = FontSpec(size: 17, weight: .bold)
    /// Level-1 contents entries.
    public var contentsEntry1 = FontSpec(size: 11, weight: .bold)
    /// Level-2 contents entries.
    public var contentsEntry2 = FontSpec(size: 10.5)

    /// Colours.
    public var text = Color(rgb: 0x1A1A1A)
    /// Grey for notes, captions, header and footer.
    public var secondaryText = Color(rgb: 0x666666)
    /// Grey of rules and leaders.
    public var rule = Color(rgb: 0xBDBDBD)
    /// Light grey of grid lines and under-rules.
    public var faintRule = Color(rgb: 0xE3E3E3)
    /// Fill of every other table row.
    public var zebra = Color(rgb: 0xF5F5F3)
    /// The one accent colour (rules and marks, never body text).
    public var accent = Color(rgb: 0xA8232B)

    /// The default look.
    public static let standard = LayoutStyle()
    /// The default look for English text: no ideographic first-line indent, English axis words.
    public static let english: LayoutStyle = {
        var style = LayoutStyle()
        style.paragraphIndent = ""
        style.axisUnitTemplate = "Unit: {unit}"
        style.axisMultipliers = AxisMultiplier.english
        return style
    }()
    /// Makes the default look; change fields afterwards.
    public init() {}

    /// Line height of text in `font`.
    func lineHeight(_ font: FontSpec, spacing: Double? = nil) -> Double {
        (font.size * (spacing ?? lineSpacing) * 100).rounded() / 100
    }
}
