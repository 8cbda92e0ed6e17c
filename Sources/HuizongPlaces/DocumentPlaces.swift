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

    /// Lists that give figures their places (分别, one-cell table rows); see ListedFigures.
    var lists = ListedFigures()

    /// The region a figure at `offset` belongs to. `clause`, `sentence` and `paragraph` are scalar
    /// ranges containing `offset`. The figure belongs to the place its clause is about: the last
    /// place named before it in its clause, else in its sentence, else in its paragraph (a new
    /// name starts a new subject, and the subject carries on until one does), made more precise
    /// by a place inside it named earlier in the same sentence (阿坝县姑娘…，阿坝州残联…筹集资金);
    /// else the first one after it in its clause; for a figure in quoted speech, the speaker's
    /// place named after the quote; a deictic later in the paragraph (…，全州环卫工人619人); else
    /// the story's or the document's region. Only
    /// owners count (see MentionRole: a listed example, an aid partner, a dateline, a paper's name
    /// or a ranking area owns nothing), and places inside the story's or document's region (or
    /// above it) come first: one outside it owns a figure only in the figure's own clause, when
    /// nothing inside it is named nearby (a study trip's city does not take the figures). A figure
    /// of a 分别 list belongs to its own place of the list.
    public func attribute(offset: Int, clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) -> Attribution {
        var a = owner(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
        a.partnerNamed = namesPartner(before: offset, in: sentence)
        return a
    }

    /// Whether a mention in the partner role stands in `span` before `offset`.
    private func namesPartner(before offset: Int, in span: Range<Int>) -> Bool {
        var i = firstMention(startingAtOrAfter: min(offset, span.upperBound))
        var walked = 0
        while i > 0 && walked < Self.mentionsWalked {
            i -= 1; walked += 1
            let m = mentions[i]
            if m.range.lowerBound < span.lowerBound { break }
            if m.role == .partner { return true }
        }
        return false
    }

    private func owner(offset: Int, clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) -> Attribution {
        let storyIndex = stories.firstIndex { $0.range.contains(offset) && $0.attribution.region != nil }
        let focus = storyIndex.map { stories[$0].attribution.region?.code } ?? document.region?.code
        if let k = lists.respectivePlace(of: offset), let region = mentions[k].region {
            return Attribution(region: region, place: mentions[k].place, reason: "respectively: " + said(mentions[k]))
        }
        // Reasons are joined with `+`, one allocation, rather than interpolated (this runs per figure).
        // Filters are plain values, not closures: a closure capturing `self` copied it per figure.
        let owns = Owner(focus: focus)
        if let m = subject(before: offset, in: clause, owns), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "clause: " + said(m), mention: m.range)
        }
        if let m = subject(before: offset, in: sentence, owns), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "sentence: " + said(m), mention: m.range)
        }
        if let m = subject(before: offset, in: lists.tableSpan(for: paragraph) ?? paragraph, owns), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "paragraph: " + said(m))
        }
        if let first = nearest(after: offset, in: clause, owns), let m = Optional(innermost(first)), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "clause, after: " + said(m))
        }
        if let quote = lists.speech(containing: offset), let first = nearest(after: quote.upperBound - 1, in: paragraph, owns),
           let m = Optional(innermost(first)), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "speaker: " + said(m))
        }
        if let m = nearest(after: offset, in: paragraph, Owner(focus: focus, deicticOnly: true)), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "paragraph, after: " + said(m))
        }
        if let m = subject(before: offset, in: clause, Owner(focus: nil)), let region = m.region {
            return Attribution(region: region, place: m.place, reason: "clause, outside the story: " + said(m))
        }
        if let storyIndex { return stories[storyIndex].attribution }
        return document
    }

    /// Which mentions may own a figure: owners (see MentionRole), inside or above `focus` when
    /// one is given, deictics only when asked.
    private struct Owner {
        var focus: String?
        var deicticOnly = false
    }

    private func accepts(_ m: PlaceMention, _ owner: Owner) -> Bool {
        m.role.owns && (!owner.deicticOnly || m.isDeictic) && isInFocus(m, focus: owner.focus)
    }

    /// The nearest place before `offset` in `span` that `owner` accepts, or, when a place inside it
    /// was named earlier in the same sentence, the nearest such place (a deictic such as 全市 is
    /// taken as said: it widens the subject on purpose).
    private func subject(before offset: Int, in span: Range<Int>, _ owner: Owner) -> PlaceMention? {
        guard let m = nearest(before: offset, in: span, owner) else { return nil }
        guard !m.isDeictic, let code = m.region?.code else { return m }
        let from = max(span.lowerBound, lists.sentenceStart(of: m.range.lowerBound), m.range.lowerBound - Self.window)
        var i = firstMention(startingAtOrAfter: m.range.lowerBound)
        while i > 0 {
            i -= 1
            let e = mentions[i]
            if e.range.lowerBound < from { break }
            guard let inner = e.region?.code, accepts(e, owner) else { continue }
            if inner == code ? e.place != nil && m.place == nil : (ancestors[inner] ?? []).contains(code) { return e }
        }
        return m
    }

    /// The last of a run of names written together, each inside the one before (赤峰市巴林左旗查干哈达苏木 → 查干哈达苏木).
    private func innermost(_ first: PlaceMention) -> PlaceMention {
        var i = firstMention(startingAtOrAfter: first.range.lowerBound)
        guard i < mentions.count, mentions[i].range == first.range else { return first }
        var m = first
        while i + 1 < mentions.count, mentions[i + 1].range.lowerBound == m.range.upperBound,
              let code = m.region?.code, let inner = mentions[i + 1].region?.code,
              inner == code ? mentions[i + 1].place != nil : (ancestors[inner] ?? []).contains(code) {
            i += 1
            m = mentions[i]
        }
        return m
    }

    /// A mention as a reason shows it: the name as written, or how a deictic was resolved.
    private func said(_ m: PlaceMention) -> String { m.isDeictic ? m.reason : m.text }

    /// Whether mention `m` lies inside the focus region or above it (or is a deictic, or there is no focus).
    private func isInFocus(_ m: PlaceMention, focus: String?) -> Bool {
        guard let focus, let code = m.region?.code, !m.isDeictic else { return true }
        return code == focus || (ancestors[code] ?? []).contains(focus) || (ancestors[focus] ?? []).contains(code)
    }

    /// How far from a figure a paragraph-level mention may stand. Paragraphs of ordinary articles
    /// are shorter; a file that is one 5 MB line would otherwise make every figure scan every
    /// mention of the file (quadratic time).
    static let window = 3_000

    /// The last resolved mention ending at or before `offset` inside `fullSpan` that `owner` accepts.
    private func nearest(before offset: Int, in fullSpan: Range<Int>, _ owner: Owner) -> PlaceMention? {
        let lower = max(fullSpan.lowerBound, offset - Self.window)
        let upper = min(fullSpan.upperBound, offset)
        guard lower < upper else { return nil }
        // Mentions are in text order: binary-search the first one that starts at or after `upper`,
        // then walk back.
        var i = firstMention(startingAtOrAfter: upper)
        var walked = 0
        while i > 0 && walked < Self.mentionsWalked {
            i -= 1
            walked += 1
            let m = mentions[i]
            if m.range.lowerBound < lower { break }
            if m.region != nil, m.range.upperBound <= upper, accepts(m, owner) { return m }
        }
        return nil
    }

    /// The first resolved mention starting after `offset` inside `fullSpan` that `owner` accepts.
    private func nearest(after offset: Int, in fullSpan: Range<Int>, _ owner: Owner) -> PlaceMention? {
        let upper = min(fullSpan.upperBound, offset + Self.window)
        var i = firstMention(startingAtOrAfter: max(fullSpan.lowerBound, offset + 1))
        let stop = i + Self.mentionsWalked
        while i < mentions.count, i < stop, mentions[i].range.lowerBound < upper {
            let m = mentions[i]
            if m.region != nil, m.range.upperBound <= upper, accepts(m, owner) { return m }
            i += 1
        }
        return nil
    }

    /// Index of the first mention starting at or after `position` (binary search; mentions are in text order).
    private func firstMention(startingAtOrAfter position: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How many mentions `nearest` walks past at most. Text dense with names (a list of places, or
    /// a file that is one long line of them) puts hundreds within `window` of every figure; an
    /// ordinary sentence holds a few, so the nearest ones decide alike (time stays linear).
    static let mentionsWalked = 192
}

extension RegionLevel {
    /// 0 for a province, 1 for a prefecture, 2 for a county.
    var rankValue: Int { rank }
}
