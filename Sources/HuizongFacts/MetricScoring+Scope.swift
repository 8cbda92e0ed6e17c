import Foundation
import HuizongPlaces

/// Scope by LABELS.md §4: whole_area unless the text narrows the figure to a part. This file holds
/// the decision and the sentence's markers (breakdowns, subsets); what narrows by subject, by what is
/// counted and by place is in MetricScoring+ScopeSubject, +ScopeOneThing and +ScopePlace.
extension MetricRules {
    /// What the markers of one sentence say (computed once per sentence).
    struct SentenceMarkers {
        /// End of the first breakdown marker (其中): figures after it are parts of a total.
        var breakdown: Int?
        /// The sentence says something is done (`@done`: 已, 累计): a plan before it no longer governs it.
        var done = false
        /// End of the first clause that names a list by its count and closes on `@subset`
        /// (`20件民生实事中，`): the figures after it are items of that list.
        var subset: Int?
        /// Ends of the clauses headed by one body, tier or group (全市民政部门顶住疫情影响，…), in text
        /// order: the later clauses with no subject of their own go on telling what it did.
        var partSubjects: [Int] = []

        /// The last clause headed by a body that ends at or before `start`.
        func partSubject(before start: Int) -> Int? { partSubjects.last { $0 <= start } }
    }

    /// Scope by LABELS.md §4: a figure is the whole area's unless the text narrows it: a breakdown
    /// (其中) before it in its sentence; a village or group inside a township, or an aid partner's item
    /// (`owner`, MetricScoring+ScopePlace); one body, tier, event or category as its subject (`@part`
    /// before it in its clause: 县级职能部门, 省级财政, 这场活动, 工程类), or as the subject of an earlier
    /// clause of the sentence it goes on from (MetricScoring+ScopeSubject); one thing, batch or
    /// group's earnings (MetricScoring+ScopeOneThing); a subset of a list just named
    /// (`在65件民生实事中,已有26件完成`: an earlier clause of the sentence states a count and ends in
    /// `@subset`). Not narrowing: 包括 listing what items are (only figures counted like the total are
    /// its parts), a 合计 after the list, many bodies (各部门), examples before 等.
    func scope(_ m: SentenceMarkers, in t: [Unicode.Scalar], at place: FigurePlace, unit: String, owner: Attribution) -> Scope {
        // 包括A、B…，合计十大类52件: a sum after the list closes it; the figure is the whole again.
        if let b = m.breakdown, b <= place.start, !Self.closesBracket(t, from: b, to: place.start, sentence: place.sentence),
           !Self.sumsUp(t, from: max(b, place.clause.lowerBound), to: place.start),
           !(wholeMarker(in: t, at: place) != nil && !Self.statesCount(t, in: place.sentence.lowerBound..<b, like: unit)),
           Self.breaksDownSameKind(t, markerEnd: b, in: place.sentence, unit: unit) { return .part }
        if partnersItem(t, at: place, partnerNamed: owner.partnerNamed)
            || Self.belongsBelowTownship(t, place: owner.place, mention: owner.mention, sentence: place.sentence) { return .part }
        var narrowed = false
        // The body or tier must be the clause's subject, at its head: 全市公安机关共化解…, 县级职能部门解决…;
        // 向31家企业发放 or 新增医院床位 name the object, not who did it.
        // Names listed before 等 are examples of what the figure counts (赣州市人民医院新院、武陵大桥等28个项目),
        // not its subject.
        let listsExamples = place.start > place.clause.lowerBound && t[place.start - 1] == "等"
        let subject = place.clause.lowerBound..<(listsExamples ? place.clause.lowerBound : min(place.start, place.clause.lowerBound + Self.subjectReach))
        markers.forEachMatch(in: t, range: subject, skipping: subject.upperBound..<subject.upperBound) { _, e, p in
            if case .part = e.payload, !Self.namesManyBodies(t, before: p, from: place.clause.lowerBound),
               !Self.countsTheBodies(e.word, unit: unit), !Self.isRankingFrame(t, at: p, in: place.clause.lowerBound..<place.start),
               !Self.tierDescribesCounted(t, word: e.word, at: p, figure: place.start),
               !Self.standsAsObject(t, at: p, from: place.clause.lowerBound) { narrowed = true }
            if case .person = e.payload { narrowed = true }
        }
        if narrowed || describesOnePerson(t, at: place) || Self.oneTierPays(t, at: place) || Self.firmsInvest(t, at: place) { return .part }
        if Self.isCategoryCount(t, at: place) || Self.describesOneThing(t, at: place) { return .part }
        if Self.buildsOneWorks(t, at: place) && wholeMarker(in: t, at: place) == nil { return .part }
        if Self.earnedIncome(t, at: place) || Self.measuresOneThing(t, at: place, unit: unit)
            || Self.namesOneBatch(t, in: place.clause.lowerBound..<place.start)
            || Self.framesOneBatch(t, in: place.sentence.lowerBound..<place.clause.lowerBound) { return .part }
        // A place named in the figure's own clause is a subject of its own (该乡育肥山羊…).
        let ownPlace = owner.mention.map { place.clause.contains($0.lowerBound) } ?? false
        if let s = m.partSubject(before: place.clause.lowerBound), !ownPlace, !namesOwnSubject(t, at: place, unit: unit),
           !Self.listBreak(t, from: s, to: place.clause.lowerBound) { return .part }
        // The subset counts items of the list; money spent on it (资金累计投入68.34亿元) is not one of them.
        if let subset = m.subset, subset <= place.start, CountingUnits.unitClass(unit) == CountingUnits.unitClass("件") { return .part }
        return .wholeArea
    }

    /// Whether a `@whole` word (累计, 共, 全市) stands in `from..<to`.
    func statesWhole(in t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var found = false
        markers.forEachMatch(in: t, range: from..<to, skipping: to..<to) { _, e, _ in
            if case .whole = e.payload { found = true }
        }
        return found
    }

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

    /// Whether a breakdown word at `from` stands inside brackets that close before `to`
    /// (…设立会诊中心（包括市级医院4家、县级医院18家），并在31家卫生院…): it breaks down only what the
    /// brackets hold.
    static func closesBracket(_ t: [Unicode.Scalar], from: Int, to: Int, sentence: Range<Int>) -> Bool {
        var depth = parenthesisDepth(t, in: sentence.lowerBound..<from)
        guard depth > 0 else { return false }
        let opened = depth
        for k in from..<to {
            if t[k] == "（" || t[k] == "(" { depth += 1 } else if t[k] == "）" || t[k] == ")" { depth -= 1 }
            if depth < opened { return true }
        }
        return false
    }

    /// Words that add up what was listed before them.
    static let summingWords: [[Unicode.Scalar]] = ["合计", "总计", "共计", "一共", "总共"].map { Array($0.unicodeScalars) }

    /// Whether a summing word stands in `from..<to`.
    static func sumsUp(_ t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        from < to && ScalarText.containsAny(summingWords, in: t, range: from..<to)
    }

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
            if case .part = e.payload, !Self.countableBodies.contains(where: { $0 == e.word }),
               !Self.occasions.contains(where: { $0 == e.word }), !Self.subAreas.contains(where: { $0 == e.word }),
               let clause = Self.clauseHeadedBy(t, at: p, in: sentence), !Self.namesManyBodies(t, before: p, from: clause.lowerBound),
               !Self.isRankingFrame(t, at: p, in: clause), m.partSubjects.last != clause.upperBound {
                m.partSubjects.append(clause.upperBound)
            }
        }
        return m
    }
}
