/// Finding the spans around a scalar offset.
extension Document {
    /// Index into `sentences` of the sentence holding `offset`, or nil (e.g. on a paragraph break).
    public func sentenceIndex(at offset: Int) -> Int? {
        Self.spanIndex(sentences, at: offset)
    }

    /// Index into `paragraphs` of the paragraph holding `offset`, or nil.
    public func paragraphIndex(at offset: Int) -> Int? {
        Self.spanIndex(paragraphs, at: offset)
    }

    /// Binary search over spans sorted by position and not overlapping.
    private static func spanIndex(_ spans: [TextSpan], at offset: Int) -> Int? {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, spans[lo - 1].range.contains(offset) else { return nil }
        return lo - 1
    }
}
