// Pango breaks lines between a figure and its unit (57.9|亿元, 2.8|万条); a brief must not.

/// Inserts U+2060 WORD JOINER inside figures so line breaking keeps them whole.
public enum FigureGlue {
    /// The zero-width character that forbids a break at its position.
    public static let wordJoiner: Character = "\u{2060}"

    /// Characters that may follow a number as (part of) its unit or multiplier.
    static let unitCharacters: Set<Unicode.Scalar> = Set(
        "万亿千百十元角件人个户条次项所家台辆套座处间名位场批期天年月日号时小分秒米里公斤吨亩平方克升度张本篇份余多倍例棵株头只笔宗起类栋床届枚块册部首周岁顷%‰".unicodeScalars
    )
    /// Marks written before a number that belong to it (≥57.9亿元, 约3万).
    static let prefixCharacters: Set<Unicode.Scalar> = Set("≥≤≈>~<约近超逾+-−".unicodeScalars)

    /// `text` with word joiners between a figure's prefix, digits and unit characters.
    public static func bind(_ text: String) -> String {
        // Scalars, not Characters: grapheme breaking would dominate the cost of layout.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        for index in scalars.indices {
            out.append(scalars[index])
            if index + 1 < scalars.count && joins(scalars, at: index) { out.append(joinerScalar) }
        }
        return String(out)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "."
    }

    /// Whether no break may fall between the scalar at `index` and the one after it.
    private static func joins(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        // The cheap digit tests come first: set lookups for every character were most of layout's own time.
        let ch = scalars[index], next = scalars[index + 1]
        if isDigit(next) { return prefixCharacters.contains(ch) }
        if isDigit(ch) { return unitCharacters.contains(next) }
        // A unit run continues only if it started right after a digit (亿→元 in 57.9亿元).
        guard (max(0, index - 3)..<index).contains(where: { isDigit(scalars[$0]) }) else { return false }
        if unitCharacters.contains(ch) && unitCharacters.contains(next) {
            var back = index
            while back >= 0 && unitCharacters.contains(scalars[back]) { back -= 1 }
            return back >= 0 && isDigit(scalars[back]) && index - back < 4
        }
        return false
    }

    /// `text` without word joiners (for display where breaking no longer matters).
    public static func strip(_ text: String) -> String {
        // Scalar-level work: comparing Characters means grapheme breaking, far slower.
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(joinerScalar) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != joinerScalar { scalars.append(scalar) }
        return String(scalars)
    }

    private static let joinerScalar: Unicode.Scalar = "\u{2060}"
}
