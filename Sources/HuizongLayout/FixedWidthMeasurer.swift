/// A stand-in for Pango: every character is one em wide (ASCII half an em, word joiners nothing),
/// and a line may break between any two characters except around a word joiner. Public so the
/// layout tests and the whole-build fuzz target (which must not load fonts) measure alike.
public struct FixedWidthMeasurer: TextMeasuring {
    public init() {}

    func advance(_ ch: Character, size: Double) -> Double {
        if ch == "\u{2060}" { return 0 }
        return ch.isASCII ? size / 2 : size
    }

    public func width(of text: String, font: FontSpec) -> Double {
        text.reduce(0) { $0 + advance($1, size: font.size) }
    }

    public func lines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        let chars = Array(text)
        var lines: [MeasuredLine] = []
        var start = 0
        while start < chars.count {
            var end = start, used = 0.0, lastBreak = -1
            while end < chars.count {
                let w = advance(chars[end], size: font.size)
                if used + w > width + 1e-9 && end > start { break }
                used += w
                end += 1
                // A break is allowed after `end - 1` unless a word joiner is on either side.
                if FixedWidthMeasurer.mayBreak(chars, before: end) { lastBreak = end }
            }
            if end < chars.count && lastBreak > start { end = lastBreak }
            if end == start { end = start + 1 }
            let piece = String(chars[start..<end])
            lines.append(MeasuredLine(text: piece, width: self.width(of: piece, font: font),
                                      endsInsideWord: end < chars.count && !FixedWidthMeasurer.mayBreak(chars, before: end)))
            start = end
        }
        return lines
    }

    /// The widest run of characters glued by word joiners.
    public func widestUnbreakable(of text: String, font: FontSpec) -> Double {
        let chars = Array(text)
        var widest = 0.0, run = 0.0
        for (index, ch) in chars.enumerated() {
            if index > 0 && FixedWidthMeasurer.mayBreak(chars, before: index) { run = 0 }
            run += advance(ch, size: font.size)
            widest = max(widest, run)
        }
        return widest
    }

    /// Whether a line may break before `chars[index]`: anywhere but beside a word joiner.
    static func mayBreak(_ chars: [Character], before index: Int) -> Bool {
        index > 0 && index < chars.count && chars[index - 1] != "\u{2060}" && chars[index] != "\u{2060}"
    }
}
