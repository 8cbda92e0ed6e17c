extension TextMeasuring {
    /// Lines of `text` as even as Pango can make them: the same number of lines as at `width`,
    /// at the narrowest width that still gives that number. A title that would end with one lone
    /// character on its last line (…数据简 / 报) is broken evenly instead (…实践活动 / 数据简报).
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
        return best
    }
}
