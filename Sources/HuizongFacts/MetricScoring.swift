/// Where a figure stands in its text, for the rules to read.
struct FigurePlace {
    /// The figure's own scalars (number, unit, qualifiers).
    var figure: Range<Int>
    /// Start of the number.
    var start: Int
    /// End of the unit as written.
    var unitEnd: Int
    var clause: Range<Int>
    /// The part of the clause whose keywords describe this figure: the clause, cut at neighbouring figures.
    var context: Range<Int>
    /// The clause before, in the same sentence (ellipsis: `提出民生事项656个,目前已解决487个`).
    var previousClause: Range<Int>?
    var sentence: Range<Int>
}

/// A keyword occurrence: entry index in the keyword index, and where it starts. (A struct, not a
/// tuple: arrays of tuples look their type metadata up at run time on every allocation.)
struct KeywordHit {
    var entry: Int
    var at: Int
}

/// The best weight seen for one keyword of a figure's context.
struct BestKeyword {
    var id: Int
    var rule: Int
    var noun: Bool
    var weight: Double
}

extension MetricRules {
    /// Scalars that may stand between a noun and its number without breaking the tie (`志愿者达5000人`, `农户共计300户`).
    static let linking: Set<Unicode.Scalar> = ["达", "共", "计", "近", "约", "超", "逾", "有", "为", "累", "到", "至", "了", "过", "总", "将", "多", "上", "等", "”", "」", "’", " "]

    /// A noun ending at `end` touches a number at `start`: nothing between, or one or two linking scalars.
    static func touches(_ t: [Unicode.Scalar], from end: Int, to start: Int) -> Bool {
        let gap = start - end
        if gap <= 0 { return true }
        if gap > nounBefore { return false }
        for k in end..<start where !linking.contains(t[k]) { return false }
        return true
    }

    /// Nouns ending ≤2 scalars before the number, and the head noun of the phrase after the unit
    /// (ending ≤8 scalars after it), count double; so do verbs ending ≤2 scalars before the number.
    /// Keywords farther than `near` scalars from the figure count half: a long clause talks of more than one thing.
    /// A verb starting ≤3 scalars after the unit (`755项已高效办结`) is as close as one right before.
    static let nounBefore = 2, headWindow = 8, verbBefore = 2, verbAfter = 3, near = 10

    /// The metric id for a figure with base unit `unit`.
    func metric(unit: String, in t: [Unicode.Scalar], at place: FigurePlace) -> String {
        let candidates = candidateRules(unit)
        if candidates.isEmpty { return "other" }
        if let decided = candidates.first(where: { rules[$0].unitDecides }) { return rules[decided].id }
        // Per-rule flags and scores live in stack buffers: five arrays per figure were a good part
        // of the cost of scoring.
        let n = rules.count
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: 3 * n) { flags in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * n) { scores in
                flags.initialize(repeating: false)
                scores.initialize(repeating: 0)
                return scoredMetric(candidates, in: t, at: place,
                                    accepts: UnsafeMutableBufferPointer(rebasing: flags[0 ..< n]),
                                    adjacentVerb: UnsafeMutableBufferPointer(rebasing: flags[n ..< 2 * n]),
                                    verbSeen: UnsafeMutableBufferPointer(rebasing: flags[2 * n ..< 3 * n]),
                                    nounScore: UnsafeMutableBufferPointer(rebasing: scores[0 ..< n]),
                                    verbScore: UnsafeMutableBufferPointer(rebasing: scores[n ..< 2 * n]))
            }
        }
    }

    /// `metric` once the candidate rules are known and the per-rule buffers (all false / 0) are given.
    private func scoredMetric(_ candidates: [Int], in t: [Unicode.Scalar], at place: FigurePlace,
                              accepts: UnsafeMutableBufferPointer<Bool>, adjacentVerb: UnsafeMutableBufferPointer<Bool>,
                              verbSeen: UnsafeMutableBufferPointer<Bool>, nounScore: UnsafeMutableBufferPointer<Double>,
                              verbScore: UnsafeMutableBufferPointer<Double>) -> String {
        for i in candidates { accepts[i] = true }

        // Keyword occurrences in the clause for the metrics that count in this unit.
        var hits: [KeywordHit] = []
        hits.reserveCapacity(16)  // one allocation for the usual clause, not a growth per doubling
        keywords.forEachMatch(in: t, range: place.context, skipping: place.figure) { idx, e, p in
            if accepts[e.payload.rule] { hits.append(KeywordHit(entry: idx, at: p)) }
        }
        hits = Self.longestOnly(hits, keywords)
        // The head of the noun phrase after the unit is its last noun that can be counted in this unit
        // (10项为民办实事工程 counts 工程; 700余名党员公开办实事 counts 党员, as 实事 are not counted in 名).
        // The phrase after the unit ends at a parenthesis: `事项65件(含政策类)` does not count 政策.
        var phraseEnd = min(place.context.upperBound, place.unitEnd + Self.headWindow)
        for k in place.unitEnd..<max(place.unitEnd, phraseEnd) where t[k] == "(" || t[k] == "（" { phraseEnd = k; break }
        var headEnd = -1
        for h in hits {
            let e = keywords.entries[h.entry]
            let end = h.at + e.word.count
            if e.payload.noun && h.at >= place.unitEnd && end <= phraseEnd && end > headEnd { headEnd = end }
        }
        var best: [BestKeyword] = []
        best.reserveCapacity(hits.count)
        func record(_ k: Keyword, _ w: Double) {
            if let i = best.firstIndex(where: { $0.id == k.id }) {
                if w > best[i].weight { best[i].weight = w }
            } else {
                best.append(BestKeyword(id: k.id, rule: k.rule, noun: k.noun, weight: w))
            }
        }
        var nounHits = 0
        for h in hits {
            let e = keywords.entries[h.entry]
            let k = e.payload
            var w = k.weight
            let end = h.at + e.word.count
            let distance = end <= place.start ? place.start - end : max(0, h.at - place.unitEnd)
            if k.noun {
                nounHits += 1
                // A head noun after the unit is what is counted (民生实事48个子项目 counts 子项目);
                // only without one does a noun touching the number from before count double; with one,
                // nouns before the number are context and count half.
                let touching = headEnd < 0 && end <= place.start && Self.touches(t, from: end, to: place.start)
                if touching || (h.at >= place.unitEnd && end == headEnd) {
                    w *= 2
                } else if headEnd >= 0 && end <= place.start {
                    w *= 0.5
                } else if distance > Self.near {
                    w *= 0.5
                }
            } else {
                verbSeen[k.rule] = true
                if (end <= place.start && distance <= Self.verbBefore)
                    || (h.at >= place.unitEnd && distance <= Self.verbAfter) {
                    w *= 2
                    adjacentVerb[k.rule] = true
                } else if distance > Self.near {
                    w *= 0.5
                }
            }
            record(k, w)
        }
        // An elliptic clause with no noun borrows (at half weight) the nouns of the clause before it.
        if nounHits == 0, let prev = place.previousClause {
            var borrowed: [KeywordHit] = []
            keywords.forEachMatch(in: t, range: prev, skipping: prev.lowerBound..<prev.lowerBound) { idx, e, p in
                if e.payload.noun && accepts[e.payload.rule] { borrowed.append(KeywordHit(entry: idx, at: p)) }
            }
            for h in Self.longestOnly(borrowed, keywords) {
                let k = keywords.entries[h.entry].payload
                record(k, k.weight / 2)
            }
        }
        for b in best {
            if b.noun { nounScore[b.rule] += b.weight } else { verbScore[b.rule] += b.weight }
        }
        var winner: Int? = nil
        var winnerScore = 0.0
        for i in candidates {
            let r = rules[i]
            let score = nounScore[i] + verbScore[i]
            guard score >= r.min, score > 0 else { continue }
            if r.needVerb && !verbSeen[i] { continue }
            if nounScore[i] == 0 && !(r.verbAlone && adjacentVerb[i]) { continue }
            if score > winnerScore { winner = i; winnerScore = score }
        }
        return winner.map { rules[$0].id } ?? "other"
    }

    /// Drops keyword hits lying inside a longer hit (干部 inside 党员干部 counts once, as 党员干部).
    static func longestOnly(_ hits: [KeywordHit], _ index: KeywordIndex<Keyword>) -> [KeywordHit] {
        guard hits.count > 1 else { return hits }
        func inside(_ h: KeywordHit) -> Bool {
            let len = index.entries[h.entry].word.count
            return hits.contains { o in
                let olen = index.entries[o.entry].word.count
                return olen > len && o.at <= h.at && h.at + len <= o.at + olen
            }
        }
        // Usually no hit lies inside another: then the list is returned as it is, without a copy.
        guard let firstInside = hits.firstIndex(where: inside) else { return hits }
        var kept = Array(hits[..<firstInside])
        for h in hits[(firstInside + 1)...] where !inside(h) { kept.append(h) }
        return kept
    }

    /// Whether the figure is an amount of money (its unit ends in 元: 元, 万元, 亿元).
    static func countsMoney(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        place.unitEnd > place.start && t[place.unitEnd - 1] == "元"
    }
}
