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
    /// Nouns ending ≤2 scalars before the number, and the head noun of the phrase after the unit
    /// (ending ≤8 scalars after it), count double; so do verbs ending ≤2 scalars before the number.
    /// Keywords farther than `near` scalars from the figure count half: a long clause talks of more than one thing.
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

    /// Whether the sentences of a paragraph read so far leave it under a plan: the last sentence with a
    /// plan verb or a done word decides. Advanced sentence by sentence (linear in the paragraph).
    struct ParagraphPlan {
        var paragraph: Range<Int> = 0..<0
        var readUpTo = 0
        var planned = false

        mutating func advance(_ rules: MetricRules, _ t: [Unicode.Scalar], paragraph: Range<Int>, to sentenceStart: Int) -> Bool {
            if paragraph != self.paragraph { self = ParagraphPlan(paragraph: paragraph, readUpTo: paragraph.lowerBound) }
            guard sentenceStart > readUpTo else { return planned }
            var sentenceStartK = readUpTo
            var plan = false, done = false
            for k in readUpTo..<sentenceStart where ClauseBreaks.isSentenceBreak(t[k]) || k == sentenceStart - 1 {
                let sentence = sentenceStartK..<(k + 1)
                plan = false; done = false
                rules.markers.forEachMatch(in: t, range: sentence, skipping: sentence.upperBound..<sentence.upperBound) { _, e, p in
                    switch e.payload {
                    case .plan: if !MetricRules.insideParenthesis(t, at: p, from: sentence.lowerBound) { plan = true }
                    case .done: done = true
                    default: break
                    }
                }
                if done { planned = false } else if plan { planned = true }
                sentenceStartK = k + 1
            }
            readUpTo = sentenceStart
            return planned
        }
    }

    /// Whether position `p` lies inside a parenthesis opened after `from` (at most `MetricOrder.reach`
    /// scalars back) and not closed before `p`.
    static func insideParenthesis(_ t: [Unicode.Scalar], at p: Int, from: Int) -> Bool {
        var depth = 0
        for k in max(from, p - MetricOrder.reach)..<p {
            switch t[k] {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    /// The figure named as a target: `“5.5%左右”的预定目标`, `“扩招200万人”的目标` (的, then 目标 within
    /// three scalars). `没有完成年度目标` after a figure is no such naming.
    static func namedAsTarget(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let end = min(place.clause.upperBound, place.unitEnd + planAfterWindow)
        var k = place.unitEnd
        while k < end {
            if t[k] == "的" {
                var j = k + 1
                while j < min(end + 3, place.clause.upperBound) - 1 && j <= k + 3 {
                    if t[j] == "目" && t[j + 1] == "标" { return true }
                    j += 1
                }
                return false
            }
            k += 1
        }
        return false
    }

    /// Verbs of doing a promised thing well, closing a 把 phrase.
    static let doWell: [[Unicode.Scalar]] = ["办好", "办实", "抓好", "做好", "干好", "落实好", "完成好"].map { Array($0.unicodeScalars) }

    /// `把…办好` around the figure in its clause: what will be done, a target.
    static func promisesToDoWell(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard t[place.clause.lowerBound..<place.start].contains("把") else { return false }
        var k = place.unitEnd
        while k < place.clause.upperBound {
            for w in doWell where ScalarText.matches(w, in: t, at: k, limit: place.clause.upperBound) { return true }
            k += 1
        }
        return false
    }

    /// How far after the unit a plan verb still governs the figure (`82个老旧小区都要实施`).
    static let planAfterWindow = 8

    /// Plan words that still mark a target from the clause before (the subject clause).
    static let plannedVerbs: Set<[Unicode.Scalar]> = Set(["计划", "力争", "预计", "拟于"].map { Array($0.unicodeScalars) })

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

    /// Status by LABELS.md §5, from the words before the figure:
    /// - `per_unit` when a standard word (每人, 人均) stands before it in its clause, or `/人` follows the unit;
    /// - `target` when a plan word (`@target`: 计划, 将, 要, 总投资…) stands before it in its clause, or in
    ///   the clause before when that one states no figure of its own and so is the subject
    ///   (`全市每名党员结合工作实际,承诺办1—2件实事`), or when a plan verb (`@plan`: 将, 要, 计划…) heads
    ///   the sentence (`今年将新建…,改造…,完成10个…`) or follows the figure's noun phrase closely
    ///   (`82个老旧小区都要实施`), and the figure's own clause does not say it is done (`@done`: 已, 累计, 完成了);
    /// - else `result`. A done word before the figure in its clause wins over a plan word: a share of a
    ///   plan (`占年度总投资的88.76%`, `完成了115%`) and a plan already issued (`已下达的施工计划有29个`) are results.
    func status(in t: [Unicode.Scalar], at place: FigurePlace, sentence: SentenceMarkers = SentenceMarkers(),
                paragraphPlanned: Bool = false) -> Status {
        var target = false, perUnit = false, done = false
        let before = place.clause.lowerBound..<place.start
        markers.forEachMatch(in: t, range: before, skipping: before.upperBound..<before.upperBound) { _, e, _ in
            switch e.payload {
            case .target: target = true
            case .perUnit: perUnit = true
            case .done: done = true
            default: break
            }
        }
        if let prev = place.previousClause, !done,
           !prev.contains(where: { NumeralTables.arabicDigit(t[$0]) != nil }) {
            // Only whole words carry over: a bare 每 there is a frequency (每周一至周五开放), not a standard.
            // Of the plan words only verbs carry over: 任务/目标 closing a clause are nouns (作为重大政治任务).
            markers.forEachMatch(in: t, range: prev, skipping: prev.upperBound..<prev.upperBound) { _, e, _ in
                guard e.word.count >= 2 else { return }
                switch e.payload {
                case .target where Self.plannedVerbs.contains(e.word): target = true
                case .perUnit: perUnit = true
                default: break
                }
            }
        }
        if place.unitEnd < t.count && (t[place.unitEnd] == "/" || t[place.unitEnd] == "／") { perUnit = true }
        if perUnit { return .perUnit }
        // Done right after the figure: `8件已办结`.
        let justAfter = place.unitEnd..<min(place.clause.upperBound, place.unitEnd + 3)
        if !justAfter.isEmpty {
            markers.forEachMatch(in: t, range: justAfter, skipping: justAfter.upperBound..<justAfter.upperBound) { _, e, _ in
                if case .done = e.payload { done = true }
            }
        }
        // A promise of work to be done well: `把十件民生实事办好` (LABELS.md §5).
        if !done && Self.promisesToDoWell(t, at: place) { return .target }
        if target && !done && Self.costOfFinishedWork(t, at: place) { done = true }
        if !done && Self.allocatesFunds(t, at: place) { return .target }
        if target && !done { return .target }
        if !done {
            // A plan verb right after the figure's noun phrase: `82个老旧小区都要实施出新整治`,
            // `3.4公里道路要完成拓宽改造`.
            var plannedAfter = false
            let after = place.unitEnd..<min(place.clause.upperBound, place.unitEnd + Self.planAfterWindow)
            if !after.isEmpty {
                markers.forEachMatch(in: t, range: after, skipping: after.upperBound..<after.upperBound) { _, e, _ in
                    if case .plan = e.payload { plannedAfter = true }
                }
            }
            if plannedAfter || Self.namedAsTarget(t, at: place) { return .target }
        }
        if !done && !target && place.sentence.lowerBound < place.clause.lowerBound {
            // A plan verb heading the sentence governs its later clauses; one inside a parenthesis
            // (`如建设大腹山步道(其中年内将建成5公里栈道)`) speaks only of what it explains.
            var planned = false
            let head = place.sentence.lowerBound..<place.clause.lowerBound
            markers.forEachMatch(in: t, range: head, skipping: head.upperBound..<head.upperBound) { _, e, p in
                switch e.payload {
                case .plan: if !Self.insideParenthesis(t, at: p, from: head.lowerBound) { planned = true }
                case .done: planned = false
                default: break
                }
            }
            if planned { return .target }
        }
        // A plan sentence earlier in the paragraph (`今年要办12件实事，具体为：…`) governs the sentences
        // after it, until one says it is done (`ParagraphPlan`).
        if !done && paragraphPlanned && !sentence.done { return .target }
        return .result
    }

    /// What the markers of one sentence say (computed once per sentence).
    struct SentenceMarkers {
        /// End of the first breakdown marker (其中): figures after it are parts of a total.
        var breakdown: Int?
        /// The sentence says something is done (`@done`: 已, 累计): a plan before it no longer governs it.
        var done = false
        /// End of the first clause that names a list by its count and closes on `@subset`
        /// (`20件民生实事中，`): the figures after it are items of that list.
        var subset: Int?
    }

    /// Scope by LABELS.md §4: a figure is the whole area's unless the text narrows it: a breakdown
    /// (其中) before it in its sentence, one body, tier, event or category as its subject (`@part`
    /// before it in its clause: 县级职能部门, 省级财政, 这场活动, 工程类), a subset of a list just named
    /// (`在65件民生实事中,已有26件完成`: an earlier clause of the sentence states a count and ends in
    /// `@subset`), or a
    /// place below the county (`inPlace`: a village's or township's own figure). Not narrowing: 包括
    /// listing what items are (only figures counted like the total are its parts), a 合计 after the
    /// list, many bodies (各部门), examples before 等.
    func scope(_ m: SentenceMarkers, in t: [Unicode.Scalar], at place: FigurePlace, unit: String, inPlace: Bool) -> Scope {
        // 包括A、B…，合计十大类52件: a sum after the list closes it; the figure is the whole again.
        if let b = m.breakdown, b <= place.start, !Self.sumsUp(t, from: max(b, place.clause.lowerBound), to: place.start),
           Self.breaksDownSameKind(t, markerEnd: b, in: place.sentence, unit: unit) { return .part }
        if inPlace { return .part }
        var narrowed = false
        // The body or tier must be the clause's subject, at its head: 全市公安机关共化解…, 县级职能部门解决…;
        // 向31家企业发放 or 新增医院床位 name the object, not who did it.
        // Names listed before 等 are examples of what the figure counts (赣州市人民医院新院、武陵大桥等28个项目),
        // not its subject.
        let listsExamples = place.start > place.clause.lowerBound && t[place.start - 1] == "等"
        let subject = place.clause.lowerBound..<(listsExamples ? place.clause.lowerBound : min(place.start, place.clause.lowerBound + Self.subjectReach))
        markers.forEachMatch(in: t, range: subject, skipping: subject.upperBound..<subject.upperBound) { _, e, p in
            if case .part = e.payload, !Self.namesManyBodies(t, before: p, from: place.clause.lowerBound) { narrowed = true }
            if case .person = e.payload { narrowed = true }
        }
        if narrowed || describesOnePerson(t, at: place) || Self.oneTierPays(t, at: place) || Self.firmsInvest(t, at: place) { return .part }
        if Self.isCategoryCount(t, at: place) || Self.describesOneThing(t, at: place) { return .part }
        // The subset counts items of the list; money spent on it (资金累计投入68.34亿元) is not one of them.
        if let subset = m.subset, subset <= place.start, CountingUnits.unitClass(unit) == CountingUnits.unitClass("件") { return .part }
        return narrowed ? .part : .wholeArea
    }

    /// Whether a sentence says anything was done in `rest` (from the figure's clause to the sentence's
    /// end): a `@done` word (`已全部完成`, `在65件民生实事中，已有26件完成`) or a finishing verb
    /// (`12件实事全部完成`). `figure` is skipped.
    func saysDone(in t: [Unicode.Scalar], rest: Range<Int>, skipping figure: Range<Int>) -> Bool {
        var done = false
        markers.forEachMatch(in: t, range: rest, skipping: figure) { _, e, _ in
            if case .done = e.payload { done = true }
        }
        return done || rest.contains { k in Self.finishingVerbs.contains { ScalarText.matches($0, in: t, at: k, limit: rest.upperBound) } }
    }

    static let finishingVerbs: [[Unicode.Scalar]] = ["完成", "办结", "完工", "竣工", "建成", "完毕"].map { Array($0.unicodeScalars) }

    /// Where the word stands that states the figure as its region's total: a `@whole` word (全市, 累计,
    /// 共, 合计) before it in its clause (the nearest); nil when none does.
    func wholeMarker(in t: [Unicode.Scalar], at place: FigurePlace) -> Int? {
        var found: Int? = nil
        let before = place.clause.lowerBound..<place.start
        markers.forEachMatch(in: t, range: before, skipping: before.upperBound..<before.upperBound) { _, e, p in
            if case .whole = e.payload { found = max(found ?? p, p) }
        }
        return found
    }

    /// Whether the figure's phrase describes one leader (一次认领了4个“微心愿”的兴和县县委副书记): a 的 after
    /// it in its clause, then a `@person` word within a few scalars.
    func describesOnePerson(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard let de = t[place.unitEnd..<place.clause.upperBound].firstIndex(of: "的") else { return false }
        let after = (de + 1)..<min(place.clause.upperBound, de + 1 + Self.personReach)
        var found = false
        markers.forEachMatch(in: t, range: after, skipping: after.lowerBound..<after.lowerBound) { _, e, _ in
            if case .person = e.payload { found = true }
        }
        return found
    }

    /// Money that one tier's finance pays (全省…建设省级财政补助资金已下达3.6亿元): a tier, wherever it
    /// stands before the amount in its clause, not only at the clause's head.
    static func oneTierPays(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard place.unitEnd > place.start, t[place.unitEnd - 1] == "元" else { return false }
        return (place.clause.lowerBound..<place.start).contains { ScalarText.matches(tierFinance, in: t, at: $0, limit: place.start) }
    }

    static let tierFinance = Array("级财政".unicodeScalars)

    /// A project's 总投资 in a sentence that says the work is finished (总投资230余万元，建成了…，已经完工
    /// 并投入使用): what it cost, a result, not a budget. A count of works finished (已完工25项) is
    /// progress on the plan, not the whole of it.
    static func costOfFinishedWork(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let before = place.clause.lowerBound..<place.start
        guard before.contains(where: { ScalarText.matches(totalInvestment, in: t, at: $0, limit: place.start) }) else { return false }
        let rest = place.unitEnd..<place.sentence.upperBound
        return rest.contains { k in
            worksFinished.contains { w in
                // 已完工25项 counts some of the works finished: the rest are still a plan.
                ScalarText.matches(w, in: t, at: k, limit: rest.upperBound)
                    && !(k + w.count < rest.upperBound && NumeralTables.arabicDigit(t[k + w.count]) != nil)
            }
        }
    }

    /// Money a budget sets aside (安排了专项财政资金2.42亿元): 安排 and then 资金 or 经费 before the
    /// amount in its clause is an allocation, planned (LABELS.md §5, HARD-CALLS 1: 安排资金 stays
    /// planned). Money named before the fund (安排了近70万元价格调节基金) is what was spent.
    static func allocatesFunds(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard place.unitEnd > place.start, t[place.unitEnd - 1] == "元" else { return false }
        let before = place.clause.lowerBound..<place.start
        guard let k = before.first(where: { ScalarText.matches(arranging, in: t, at: $0, limit: place.start) }) else { return false }
        let between = (k + arranging.count)..<place.start
        return between.contains { at in fundWords.contains { ScalarText.matches($0, in: t, at: at, limit: place.start) } }
    }

    static let arranging = Array("安排".unicodeScalars)
    static let fundWords: [[Unicode.Scalar]] = ["资金", "经费"].map { Array($0.unicodeScalars) }

    static let totalInvestment = Array("总投资".unicodeScalars)
    static let worksFinished: [[Unicode.Scalar]] = ["完工", "竣工", "投用", "投入使用", "建成投用", "已建成"].map { Array($0.unicodeScalars) }

    /// Money firms invest, named in the clause before (福建企业和商户3000多家，投资总额达600多亿元): the
    /// firms' own business, one kind of body, not money the region put in.
    static func firmsInvest(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard place.unitEnd > place.start, t[place.unitEnd - 1] == "元", let previous = place.previousClause else { return false }
        let before = place.clause.lowerBound..<place.start
        guard before.contains(where: { ScalarText.matches(investing, in: t, at: $0, limit: place.start) }) else { return false }
        return previous.contains { k in firmWords.contains { ScalarText.matches($0, in: t, at: k, limit: previous.upperBound) } }
    }

    static let investing = Array("投资".unicodeScalars)
    static let firmWords: [[Unicode.Scalar]] = ["企业", "公司", "商户", "商家", "客商"].map { Array($0.unicodeScalars) }

    /// How far after 的 the person a figure describes may be named (兴和县县委副书记 is 8 scalars).
    static let personReach = 10

    /// Whether a body word at `p` is counted or taken together (各职能部门, 165个县直单位): every body,
    /// or many, not the one body that makes a figure a part (LABELS.md §4).
    static func namesManyBodies(_ t: [Unicode.Scalar], before p: Int, from start: Int) -> Bool {
        var k = p - 1
        while k >= start && p - k <= 4 {
            if t[k] == "各" { return true }
            if (t[k] == "个" || t[k] == "家") && k > start
                && (NumeralTables.arabicDigit(t[k - 1]) != nil || NumeralTables.chineseDigit(t[k - 1]) != nil
                    || t[k - 1] == "余" || t[k - 1] == "多") { return true }
            k -= 1
        }
        return false
    }

    /// Words that add up what was listed before them.
    static let summingWords: [[Unicode.Scalar]] = ["合计", "总计", "共计", "一共", "总共"].map { Array($0.unicodeScalars) }

    /// Whether a summing word stands in `from..<to`.
    static func sumsUp(_ t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return summingWords.contains { w in (from..<to).contains { ScalarText.matches(w, in: t, at: $0, limit: to) } }
    }

    /// How far into its clause a body or tier word still stands as the subject.
    static let subjectReach = 10

    /// One category of a list (`危旧房改造类4项`, `工程类的有221个`): 类 just before the number, after a
    /// name (not 各类 or 十大类, which span the whole list).
    static func isCategoryCount(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        var k = place.start - 1
        var gap = 0
        while k > place.clause.lowerBound && gap < 3 && t[k] != "类" { k -= 1; gap += 1 }
        guard k > place.clause.lowerBound, t[k] == "类" else { return false }
        let before = t[k - 1]
        return before != "各" && before != "大" && NumeralTables.chineseDigit(before) == nil && NumeralTables.arabicDigit(before) == nil
    }

    /// Money that describes one thing (`投资额达14.2亿元的S215线`, `总投资为2500万元的8个试点项目`): the
    /// amount of one project, not the area's.
    static func describesOneThing(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard place.unitEnd > place.start, t[place.unitEnd - 1] == "元" else { return false }
        if place.unitEnd < place.clause.upperBound && t[place.unitEnd] == "的" { return true }
        return oneProjectsInvestment(t, at: place)
    }

    /// One named project's investment (…道路提升项目总投资278万元): 项目总投资 with no count of projects
    /// just before it (109个项目总投资16.19亿元 is the whole programme's).
    static func oneProjectsInvestment(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let before = place.clause.lowerBound..<place.start
        guard let k = before.first(where: { at in projectInvestment.contains { ScalarText.matches($0, in: t, at: at, limit: place.start) } })
        else { return false }
        let lead = max(place.clause.lowerBound, k - 4)..<k
        return !lead.contains { NumeralTables.arabicDigit(t[$0]) != nil || NumeralTables.chineseDigit(t[$0]) != nil || t[$0] == "个" || t[$0] == "各" || t[$0] == "项" }
    }

    static let projectInvestment: [[Unicode.Scalar]] = ["项目总投资", "工程总投资"].map { Array($0.unicodeScalars) }

    /// Scalars that count items right after a number (`20件`, `65项`): a clause with one names a list,
    /// not a date (`2024年前三季度里`) or the people a figure is drawn from (`在全县3.4万余名党员中`).
    static let counters: Set<Unicode.Scalar> = ["件", "项", "个", "條", "条", "类", "類", "項", "個"]

    /// Whether the clause ending at `end` holds a number followed (after 余/多) by a counter.
    static func clauseStatesACount(_ t: [Unicode.Scalar], endingAt end: Int, within sentence: Range<Int>) -> Bool {
        var k = end - 1
        while k > sentence.lowerBound && !ClauseBreaks.isClauseBreak(t[k - 1]) && end - k < 80 { k -= 1 }
        var i = k
        while i < end - 1 {
            if NumeralTables.arabicDigit(t[i]) != nil || NumeralTables.chineseDigit(t[i]) != nil {
                var j = i + 1
                while j < end, NumeralTables.arabicDigit(t[j]) != nil || NumeralTables.chineseDigit(t[j]) != nil
                    || t[j] == "余" || t[j] == "多" || t[j] == "万" || t[j] == "十" || t[j] == "百" || t[j] == "千" { j += 1 }
                if j < end && counters.contains(t[j]) { return true }
                i = j
            } else {
                i += 1
            }
        }
        return false
    }

    /// Whether the breakdown marker at `marker` makes a figure in `unit` a part: always for 其中; for
    /// 包括 when the sentence before it states no count (the total is the previous sentence's) or one
    /// in the same unit (十件民生实事具体包括…公租房建成634套 lists the items' contents, not parts of the 10).
    static func breaksDownSameKind(_ t: [Unicode.Scalar], markerEnd: Int, in sentence: Range<Int>, unit: String) -> Bool {
        // 其中 always narrows (其中已完工260项，已完成投资4500多万元: the investment of those done).
        let marker = markerEnd - listing.count
        guard marker >= sentence.lowerBound, ScalarText.matches(listing, in: t, at: marker, limit: markerEnd) else { return true }
        let before = sentence.lowerBound..<marker
        return !statesCount(t, in: before, like: nil) || statesCount(t, in: before, like: unit)
    }

    static let listing = Array("包括".unicodeScalars)

    /// Whether `range` holds a number followed (after 余, 多 and magnitude words) by `unit` (as its
    /// base unit: 万元 is 元); by any unit of count, measure or money when `unit` is nil.
    static func statesCount(_ t: [Unicode.Scalar], in range: Range<Int>, like unit: String?) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard NumeralTables.arabicDigit(t[i]) != nil || NumeralTables.chineseDigit(t[i]) != nil
                || t[i] == "十" || t[i] == "百" || t[i] == "千" else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, NumeralTables.arabicDigit(t[j]) != nil || NumeralTables.chineseDigit(t[j]) != nil
                || "余多万亿十百千. ".unicodeScalars.contains(t[j]) { j += 1 }
            if let entry = UnitTable.standard.match(t, at: j, limit: range.upperBound),
               entry.kind == .quantity || entry.kind == .money,
               unit == nil || entry.base == unit { return true }
            i = j
        }
        return false
    }

    /// The breakdown markers of `sentence`.
    func sentenceMarkers(in t: [Unicode.Scalar], sentence: Range<Int>) -> SentenceMarkers {
        var m = SentenceMarkers()
        markers.forEachMatch(in: t, range: sentence, skipping: sentence.lowerBound..<sentence.lowerBound) { _, e, p in
            let end = p + e.word.count
            if case .breakdown = e.payload, m.breakdown == nil || end < m.breakdown! { m.breakdown = end }
            if case .done = e.payload { m.done = true }
            if case .subset = e.payload, m.subset == nil, end < t.count, ClauseBreaks.isClauseBreak(t[end]),
               Self.clauseStatesACount(t, endingAt: end, within: sentence) {
                m.subset = end
            }
        }
        return m
    }
}
