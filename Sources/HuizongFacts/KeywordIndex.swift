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
    /// Every keyword's scalars one after another, and where each starts and how long it is: the
    /// scan compares against this flat copy instead of each entry's own array (reading an array
    /// out of an entry retains and releases it, at every candidate of every position).
    private var flatWords: [Unicode.Scalar] = []
    private var wordStart: [Int32] = []
    private var wordLength: [Int32] = []
    private var hasBlockers: [Bool] = []

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
        wordStart.append(Int32(flatWords.count))
        wordLength.append(Int32(word.count))
        hasBlockers.append(!blockers.isEmpty)
        flatWords.append(contentsOf: word)
    }

    /// Calls `body(index, entry, position)` for every keyword occurrence starting inside `range`
    /// (the keyword may not run past `range`), skipping `hole` (the figure itself).
    func forEachMatch(in t: [Unicode.Scalar], range: Range<Int>, skipping hole: Range<Int>,
                      _ body: (Int, Entry, Int) -> Void) {
        // Raw buffers throughout, hoisted out of the loop: this runs at every scalar of every
        // figure's clause. The bucket table is read once per position; a candidate keyword is
        // compared against the flat copy of the words, and an entry is only read for a match.
        entries.withUnsafeBufferPointer { ents in
        t.withUnsafeBufferPointer { text in
        byFirst.withSlots { slots in
        flatWords.withUnsafeBufferPointer { words in
        wordStart.withUnsafeBufferPointer { starts in
        wordLength.withUnsafeBufferPointer { lengths in
            var p = range.lowerBound
            while p < range.upperBound {
                if p == hole.lowerBound && !hole.isEmpty { p = hole.upperBound; continue }
                let v = text[p].value
                let slot = v < 0x10000 ? Int(slots[Int(v)]) : 0
                if slot != 0 {
                    let limit = p < hole.lowerBound ? min(range.upperBound, hole.lowerBound) : range.upperBound
                    byFirst.buckets[slot - 1].withUnsafeBufferPointer { ids in
                        for idx in ids {
                            // The first scalar matched through the table.
                            let n = Int(lengths[idx]), w = Int(starts[idx])
                            guard p + n <= limit else { continue }
                            var k = 1
                            while k < n, text[p + k] == words[w + k] { k += 1 }
                            guard k == n else { continue }
                            if hasBlockers[idx] && isBlocked(ents[idx], in: t, at: p) { continue }
                            body(idx, ents[idx], p)
                        }
                    }
                }
                p += 1
            }
        }}}}}}
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
