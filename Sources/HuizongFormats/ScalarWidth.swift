/// What the PDF reader needs to know of characters: which are East Asian wide (Han, kana,
/// full-width forms and CJK punctuation, by code point range), and where a line may break.
enum ScalarWidth {
    /// Wide: set on a square, with line breaks allowed on either side.
    static func isWide(_ u: Unicode.Scalar) -> Bool { u.value >= 0x2E80 && !(0xFF61...0xFFDC).contains(u.value) }

    /// Punctuation a line may not start with (it stays with the character before).
    static let closing: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "？", "！", "）", "”", "’", "》", "」", "』", "】", "％",
                                                ",", ".", ";", ":", "?", "!", ")", "%"]
    /// Punctuation a line may not end with (it goes with the character after).
    static let opening: Set<Unicode.Scalar> = ["（", "“", "‘", "《", "「", "『", "【", "("]

    /// Quotation marks: line breaking (UAX #14) keeps them with the characters on both sides.
    static let quotes: Set<Unicode.Scalar> = ["“", "”", "‘", "’", "\""]

    /// Whether the first unbreakable piece of a line ends before `u`, `previous` being the
    /// character before it. Erring towards longer pieces: a piece runs to its first wide
    /// character, with the punctuation that must stay with it (a number with its unit, `布“帮`).
    static func breaksBefore(_ u: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        if closing.contains(u) || quotes.contains(u) || opening.contains(previous) || quotes.contains(previous) { return false }
        return isWide(previous)
    }
}
