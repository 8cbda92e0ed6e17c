// The one thing layout needs from the font machinery: how wide text is and where it breaks.

/// A font request: the family is fixed by the renderer, layout picks size and weight.
public struct FontSpec: Sendable, Equatable, Hashable {
    /// Font weight; the bundled fonts have exactly these two faces.
    public enum Weight: Sendable, Equatable, Hashable { case regular, bold }
    /// Size in points.
    public var size: Double
    /// Regular or bold.
    public var weight: Weight
    /// Makes a font request.
    public init(size: Double, weight: Weight = .regular) { self.size = size; self.weight = weight }
}

/// One line produced by breaking a text at a width.
public struct MeasuredLine: Sendable, Equatable {
    /// The characters on this line, as they appear in the source text (trailing spaces trimmed).
    public var text: String
    /// Natural (unjustified) width in points.
    public var width: Double
    /// Whether the break after this line falls where line breaking allows none (inside a word, or
    /// between a figure and its unit): only done when that piece alone is wider than the width.
    public var endsInsideWord: Bool
    /// Makes a measured line.
    public init(text: String, width: Double, endsInsideWord: Bool = false) {
        self.text = text; self.width = width; self.endsInsideWord = endsInsideWord
    }
}

/// Measures text; the renderer implements it with the same Pango settings it draws with, tests
/// with a fixed-width stand-in. Layout never assumes more than these two answers.
public protocol TextMeasuring {
    /// Natural width in points of `text` set on one line.
    func width(of text: String, font: FontSpec) -> Double
    /// `text` broken into lines no wider than `width` (a line may be wider only when a single
    /// unbreakable piece is). An empty text gives no lines.
    func lines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine]
    /// Width of the widest piece of `text` that no line break may split (a word, a figure glued
    /// to its unit): the narrowest a column can be without breaking inside one.
    func widestUnbreakable(of text: String, font: FontSpec) -> Double
}
