import Foundation

/// Status by LABELS.md §5: result, target or per_unit, from the words around a figure.
extension MetricRules {
    /// Whether position `p` lies inside a parenthesis opened after `from` (at most `MetricOrder.reach`
    /// scalars back) and not closed before `p`.
    static func insideParenthesis(_ t: [Unicode.Scalar], at p: Int, from: Int) -> Bool {
        parenthesisDepth(t, in: max(from, p - MetricOrder.reach)..<p) > 0
    }

    /// How many parentheses opened in `range` are still open at its end (a stray closing one is ignored).
    static func parenthesisDepth(_ t: [Unicode.Scalar], in range: Range<Int>) -> Int {
        var depth = 0
        for k in range {
            switch t[k] {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth
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

    /// Whether a sentence says anything was done in `rest` (from the figure's clause to the sentence's
    /// end): a `@done` word (`已全部完成`, `在65件民生实事中，已有26件完成`) or a finishing verb
    /// (`12件实事全部完成`). `figure` is skipped.
    func saysDone(in t: [Unicode.Scalar], rest: Range<Int>, skipping figure: Range<Int>) -> Bool {
        var done = false
        markers.forEachMatch(in: t, range: rest, skipping: figure) { _, e, _ in
            if case .done = e.payload { done = true }
        }
        return done || ScalarText.containsAny(Self.finishingVerbs, in: t, range: rest)
    }

    static let finishingVerbs: [[Unicode.Scalar]] = ["完成", "办结", "完工", "竣工", "建成", "完毕"].map { Array($0.unicodeScalars) }

    /// A project's 总投资 in a sentence that says the work is finished (总投资230余万元，建成了…，已经完工
    /// 并投入使用): what it cost, a result, not a budget. A count of works finished (已完工25项) is
    /// progress on the plan, not the whole of it.
    static func costOfFinishedWork(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard ScalarText.contains(totalInvestment, in: t, range: place.clause.lowerBound..<place.start) else { return false }
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
        guard countsMoney(t, at: place),
              let k = ScalarText.firstIndex(of: arranging, in: t, range: place.clause.lowerBound..<place.start) else { return false }
        return ScalarText.containsAny(fundWords, in: t, range: (k + arranging.count)..<place.start)
    }

    static let arranging = Array("安排".unicodeScalars)
    static let fundWords: [[Unicode.Scalar]] = ["资金", "经费"].map { Array($0.unicodeScalars) }

    static let totalInvestment = Array("总投资".unicodeScalars)
    static let worksFinished: [[Unicode.Scalar]] = ["完工", "竣工", "投用", "投入使用", "建成投用", "已建成"].map { Array($0.unicodeScalars) }

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
}
