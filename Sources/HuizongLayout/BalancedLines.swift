extension TextMeasuring {
    /// Lines of `text` as even as Pango can make them: the same number of lines as at `width`,
    /// at the narrowest width that still gives that number. A title that would end with one lone
    /// character on its last line (…数据简 / 报) is broken evenly instead.
    ///
    /// Pango may break between any two Chinese characters, so the evenest two lines can split a word
    /// (“我为群众办实事”实 / 践活动数据简报). Then the title is split by hand where a word surely ends,
    /// at punctuation or a space (“我为群众办实事” / 实践活动数据简报), taking the evenest such split whose
    /// two pieces each fit on one line; with none, the evenest lines stay.
    func balancedLines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        let full = lines(of: text, font: font, width: width)
        guard full.count >= 2 else { return full }
        var lo = width / 2, hi = width, best = full
        // Bisection on the width: a dozen rounds get within a fraction of a point.
        for _ in 0..<12 {
            let mid = (lo + hi) / 2
            let trial = lines(of: text, font: font, width: mid)
            if trial.count == full.count { hi = mid; best = trial } else { lo = mid }
        }
        guard best.count == 2, !LineBreaks.betweenWords(best) else { return best }
        let chars = Array(text)
        var chosen: [MeasuredLine]? = nil
        var widest = Double.infinity
        for i in 1..<chars.count where LineBreaks.wordEnds(between: chars[i - 1], and: chars[i]) {
            let first = lines(of: String(chars[..<i]), font: font, width: width)
            let second = lines(of: String(chars[i...]), font: font, width: width)
            guard first.count == 1, second.count == 1 else { continue }
            let w = max(first[0].width, second[0].width)
            if w < widest { widest = w; chosen = first + second }
        }
        return chosen ?? best
    }
}

/// Where a line of a title may end without splitting a word.
enum LineBreaks {
    /// Whether every break falls between two characters that are not both ideographs: a break
    /// between two Han characters may split a word (实践); Latin text breaks at its spaces.
    static func betweenWords(_ lines: [MeasuredLine]) -> Bool {
        zip(lines, lines.dropFirst()).allSatisfy { line, next in
            guard let last = line.text.unicodeScalars.last, let first = next.text.unicodeScalars.first else { return true }
            return !(last.properties.isIdeographic && first.properties.isIdeographic)
        }
    }

    /// Whether a word surely ends between `a` and `b`: after closing punctuation or a space, or
    /// before an opening mark; never beside a word joiner (FigureGlue keeps 57.9亿元 whole).
    static func wordEnds(between a: Character, and b: Character) -> Bool {
        if a == joiner || b == joiner { return false }
        if a.isWhitespace || b.isWhitespace || opening.contains(b) { return true }
        return a.isPunctuation && !opening.contains(a)
    }

    static let joiner: Character = "\u{2060}"
    static let opening: Set<Character> = ["“", "‘", "「", "『", "（", "(", "《", "〈", "【", "["]
}
