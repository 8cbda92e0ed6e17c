/// A set of keywords found by scanning a range of scalars once: keywords are indexed by their first
/// scalar, and a keyword inside a longer "blocker" word (共 inside 共同) does not count.
struct KeywordIndex<Payload: Sendable>: Sendable {
    /// One keyword with what it means to the caller.
    struct Entry: Sendable {
        var word: [Unicode.Scalar]
        var payload: Payload
        /// Longer words containing `word`, with the offset of `word` inside them.
        var blockers: [(word: [Unicode.Scalar], offset: Int)]
    }

    private(set) var entries: [Entry] = []
    private var byFirst = ScalarBuckets<Int>()
    private let blockWords: [[Unicode.Scalar]]

    init(blockWords: [[Unicode.Scalar]]) { self.blockWords = blockWords }

    /// Adds a keyword.
    mutating func add(_ word: [Unicode.Scalar], _ payload: Payload) {
        guard let first = word.first else { return }
        var blockers: [(word: [Unicode.Scalar], offset: Int)] = []
        for b in blockWords where b.count > word.count {
            var o = 0
            while o + word.count <= b.count {
                if Array(b[o..<(o + word.count)]) == word { blockers.append((b, o)) }
                o += 1
            }
        }
        byFirst.append(entries.count, for: first)
        entries.append(Entry(word: word, payload: payload, blockers: blockers))
    }

    /// Calls `body(index, entry, position)` for every keyword occurrence starting inside `range`
    /// (the keyword may not run past `range`), skipping `hole` (the figure itself).
    func forEachMatch(in t: [Unicode.Scalar], range: Range<Int>, skipping hole: Range<Int>,
                      _ body: (Int, Entry, Int) -> Void) {
        // Raw buffers and in-place field reads: this runs at every scalar of every figure's clause,
        // and copying an entry (two arrays) per candidate keyword cost more than the comparison.
        entries.withUnsafeBufferPointer { ents in
            t.withUnsafeBufferPointer { text in
                var p = range.lowerBound
                while p < range.upperBound {
                    if p == hole.lowerBound && !hole.isEmpty { p = hole.upperBound; continue }
                    if let b = byFirst.bucketIndex(text[p]) {
                        let limit = p < hole.lowerBound ? min(range.upperBound, hole.lowerBound) : range.upperBound
                        byFirst.buckets[b].withUnsafeBufferPointer { ids in
                            for idx in ids {
                                guard Self.matches(ents[idx].word, text, at: p, limit: limit) else { continue }
                                if isBlocked(ents[idx], in: t, at: p) { continue }
                                body(idx, ents[idx], p)
                            }
                        }
                    }
                    p += 1
                }
            }
        }
    }

    /// `ScalarText.matches` over a raw buffer.
    @inline(__always)
    private static func matches(_ word: [Unicode.Scalar], _ text: UnsafeBufferPointer<Unicode.Scalar>, at: Int, limit: Int) -> Bool {
        word.withUnsafeBufferPointer { w in
            if at < 0 || at + w.count > limit { return false }
            var k = 0
            while k < w.count {
                if text[at + k] != w[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Whether any keyword occurs in `range`.
    func containsAny(in t: [Unicode.Scalar], range: Range<Int>) -> Bool {
        var found = false
        forEachMatch(in: t, range: range, skipping: range.lowerBound..<range.lowerBound) { _, _, _ in found = true }
        return found
    }

    private func isBlocked(_ e: Entry, in t: [Unicode.Scalar], at p: Int) -> Bool {
        if e.blockers.isEmpty { return false }
        for b in e.blockers where ScalarText.matches(b.word, in: t, at: p - b.offset, limit: t.count) { return true }
        return false
    }
}
