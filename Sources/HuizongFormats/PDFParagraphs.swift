/// Where paragraphs start in a PDF's lines, from their geometry. A PDF has no paragraphs, only
/// lines set on a page: a paragraph is broken at the right margin wherever a line is full, often
/// right after a full stop, so the text alone cannot tell a line that ends a paragraph from one
/// that merely ends a sentence. The page can: a new paragraph is indented (or centred, like a
/// heading), set apart by a larger gap, or follows a line that stopped short of the right margin
/// with room for the first word of the next.
enum PDFParagraphs {
    /// One line of a page, with the box of its visible characters (y grows downwards).
    struct Line: Equatable {
        var page: Int
        var left: Double, right: Double, top: Double, bottom: Double
        /// Width of the line's first unbreakable piece (a character with its punctuation, a number):
        /// had the line before ended with room for it, it would be there.
        var firstWord: Double = 0
    }

    /// An indent of this many line heights starts a paragraph (Chinese reports indent by two characters).
    static let indent = 0.8
    /// A line ending with room left for the next line's first piece (plus this many line heights)
    /// ended of its own accord: its paragraph ends there.
    static let slack = 0.3
    /// A gap this many line heights wider than the page's usual gap between lines starts a paragraph.
    static let extraGap = 0.5

    /// For each line, whether it starts a paragraph.
    static func starts(_ lines: [Line]) -> [Bool] {
        var out: [Bool] = []
        out.reserveCapacity(lines.count)
        var pageStart = 0
        var metrics: (left: Double, right: Double, height: Double, gap: Double) = (0, 0, 0, 0)
        for (i, line) in lines.enumerated() {
            if i == 0 || lines[i - 1].page != line.page {
                pageStart = i
                var end = i
                while end < lines.count && lines[end].page == line.page { end += 1 }
                metrics = pageMetrics(lines[i..<end])
            }
            guard i > 0 else { out.append(true); continue }
            let previous = lines[i - 1]
            let previousMetrics = previous.page == line.page ? metrics : pageMetrics(lines[..<i].suffix(while: { $0.page == previous.page }))
            let h = metrics.height
            var starts = line.left - metrics.left > indent * h
                || previousMetrics.right - previous.right > line.firstWord + slack * previousMetrics.height
            if i > pageStart {
                starts = starts || line.top - previous.bottom > metrics.gap + extraGap * h
            }
            out.append(starts)
        }
        return out
    }

    /// The page's body left margin (the most common left edge), right margin (the rightmost
    /// edge), median line height and median gap between consecutive lines.
    private static func pageMetrics(_ lines: ArraySlice<Line>) -> (left: Double, right: Double, height: Double, gap: Double) {
        guard !lines.isEmpty else { return (0, 0, 0, 0) }
        var counts: [Int: Int] = [:]
        for l in lines { counts[Int(l.left.rounded()), default: 0] += 1 }
        let left = Double(counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key)
        let right = lines.map(\.right).max()!
        let height = median(lines.map { $0.bottom - $0.top })
        let gaps = zip(lines.dropFirst(), lines).map { $0.top - $1.bottom }
        return (left - 0.5, right, height, gaps.isEmpty ? 0 : median(gaps))
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

extension ArraySlice {
    /// The longest run at the end whose elements all satisfy `keep`.
    func suffix(while keep: (Element) -> Bool) -> ArraySlice {
        var start = endIndex
        while start > startIndex && keep(self[index(before: start)]) { start = index(before: start) }
        return self[start...]
    }
}
