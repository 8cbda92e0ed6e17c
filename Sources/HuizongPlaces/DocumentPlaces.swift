/// Place mentions of one document, resolved in context.
public struct DocumentPlaces: Sendable {
    /// The region the document as a whole is about, and why; region nil when unknown.
    public var document: Attribution
    /// Every place mention in text order (names and deictics), resolved or not.
    public var mentions: [PlaceMention]
    /// Stories of a multi-story page (markdown `##` sections naming different regions), in order;
    /// empty for a single-story document.
    public var stories: [Story]

    /// One story of a multi-story page.
    public struct Story: Sendable, Hashable {
        /// Scalar range of the story, from its heading to the next heading of its level.
        public var range: Range<Int>
        /// The region the story is about, and why.
        public var attribution: Attribution
    }

    /// Codes of every mentioned or focus region → its ancestors' codes (parent first), so
    /// sentence- and paragraph-level attribution can tell a mention inside the focus region from
    /// a passing one (a partner city, a study trip).
    var ancestors: [String: [String]] = [:]

    /// Makes a value from parts (the resolver's output, or a test's).
    public init(document: Attribution, mentions: [PlaceMention], stories: [Story] = []) {
        self.document = document
        // The resolver hands them over in order already: checking is cheaper than a sorted copy.
        // (Strictly in order: mentions starting together are left to the sort, as before.)
        let inOrder = mentions.indices.dropFirst().allSatisfy { mentions[$0 - 1].range.lowerBound < mentions[$0].range.lowerBound }
        self.mentions = inOrder ? mentions : mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.stories = stories
    }

    /// The region a figure at `offset` belongs to: the clause's, else the sentence's,
    /// else the paragraph's, else the story's, else the document's. `clause`, `sentence` and
    /// `paragraph` are scalar ranges containing `offset`. Within a span the most specific
    /// resolved mention wins (a township over its county over its city), the nearest one before
    /// `offset` among equals. In a sentence or paragraph, names outside the story's or document's
    /// region (a partner city, a study trip) do not count; in the clause itself they do.
    public func attribute(offset: Int, clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) -> Attribution {
        let storyIndex = stories.firstIndex { $0.range.contains(offset) && $0.attribution.region != nil }
        let focus = storyIndex.map { stories[$0].attribution.region?.code } ?? document.region?.code
        if let m = best(in: clause, offset: offset, where: { _ in true }), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "clause: " + (m.isDeictic ? m.reason : m.text))
        }
        // Sentence, then paragraph (written out: a literal array of pairs here was allocated per figure).
        // Reasons are joined with `+`, one allocation, rather than interpolated (this runs per figure).
        if let m = best(in: sentence, offset: offset, where: { isInFocus($0, focus: focus) }), let region = m.region {
            let said = m.isDeictic ? m.reason : m.text
            return Attribution(region: region, place: m.place, reason: "sentence: " + said)
        }
        if let m = best(in: paragraph, offset: offset, where: { isInFocus($0, focus: focus) }), let region = m.region {
            let said = m.isDeictic ? m.reason : m.text
            return Attribution(region: region, place: m.place, reason: "paragraph: " + said)
        }
        if let storyIndex { return stories[storyIndex].attribution }
        return document
    }

    /// Whether mention `m` lies inside the focus region (or is a deictic, or there is no focus).
    private func isInFocus(_ m: PlaceMention, focus: String?) -> Bool {
        guard let focus, let code = m.region?.code, !m.isDeictic else { return true }
        return code == focus || (ancestors[code] ?? []).contains(focus)
    }

    /// How far from a figure a paragraph-level mention may stand. Paragraphs of ordinary articles
    /// are shorter; a file that is one 5 MB line would otherwise make every figure scan every
    /// mention of the file (quadratic time).
    static let window = 3_000

    private func best(in fullSpan: Range<Int>, offset: Int, where keep: (PlaceMention) -> Bool) -> PlaceMention? {
        let span = max(fullSpan.lowerBound, offset - Self.window)..<min(fullSpan.upperBound, offset + Self.window)
        // Mentions are in text order: binary-search the first one that starts inside the span.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let (first, end) = Self.nearest(lo, offset: offset, in: mentions)
        var best: (index: Int, rank: (Int, Int))?
        // Fields are read in place: copying a mention (six strings) per step would cost more than the search.
        mentions.withUnsafeBufferPointer { buf in
            var i = first
            while i < min(buf.count, end), buf[i].range.lowerBound < span.upperBound {
                defer { i += 1 }
                let range = buf[i].range
                guard let level = buf[i].region?.level, range.upperBound <= span.upperBound, keep(buf[i]) else { continue }
                let depth = buf[i].place != nil ? 3 : level.rankValue
                // Before the figure beats after it; nearer beats farther.
                let distance = range.upperBound <= offset ? offset - range.upperBound : 100_000 + range.lowerBound - offset
                let rank = (depth, -distance)
                if best == nil || rank > best!.rank { best = (i, rank) }
            }
        }
        return best.map { mentions[$0.index] }
    }

    /// How many mentions on each side of a figure `best` weighs at most. Text dense with names
    /// (a list of places, or a file that is one long line of them) put hundreds in the window of
    /// every figure; ordinary sentences hold a few, so the nearest 48 on each side decide alike.
    static let mentionsPerSide = 48

    /// The index range `best` scans: from `lo` (the first mention in the span), at most
    /// `mentionsPerSide` mentions before the first one starting at or after `offset` and as many from it.
    static func nearest(_ lo: Int, offset: Int, in mentions: [PlaceMention]) -> (first: Int, end: Int) {
        var a = lo, b = mentions.count
        while a < b {
            let mid = (a + b) / 2
            if mentions[mid].range.lowerBound < offset { a = mid + 1 } else { b = mid }
        }
        return (max(lo, a - mentionsPerSide), a + mentionsPerSide)
    }
}

extension RegionLevel {
    /// 0 for a province, 1 for a prefecture, 2 for a county.
    var rankValue: Int { rank }
}
