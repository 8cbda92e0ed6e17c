import Foundation
import HuizongPlaces

/// The ordered metric decisions of LABELS.md §3 (`Data/metric_order.tsv`): the unit decides first,
/// then the noun it counts; only where neither settles it does the keyword scoring of `metrics.tsv`
/// have the last word. Reads like the labelling rules, so a wrong call can be traced to one line.
struct MetricOrder: Sendable {
    enum UnitClass: String, Sendable { case persons, households, events, works, items }
    enum NounClass: String, Sendable { case cadre, volunteer, `public`, practical, opinion, works, policy, thing, area, category, modifier }
    enum VerbClass: String, Sendable { case solve, collect, build, learn, income, serve, started, capacity }

    var unitClasses: [String: UnitClass] = [:]
    var nouns = KeywordIndex<NounClass>(blockWords: [])
    var verbs = KeywordIndex<VerbClass>(blockWords: [])
    var listWords = KeywordIndex<Bool>(blockWords: [])
    /// `项目` and `工程`: works, but to-do items in a sentence about the campaign's list (§3.8).
    static let listableWorks: Set<[Unicode.Scalar]> = [Array("项目".unicodeScalars), Array("工程".unicodeScalars)]

    /// The decisions shipped in the module's resources.
    static func bundled() throws -> MetricOrder {
        // An installed copy's share/huizong first (InstalledData), then SwiftPM's resource bundle.
        guard let url = InstalledData.file("metric_order.tsv")
                ?? Bundle.module.url(forResource: "metric_order", withExtension: "tsv") else {
            throw MetricRules.FormatError(description: "metric_order.tsv missing from the HuizongFacts resources")
        }
        return try MetricOrder(tsv: String(contentsOf: url, encoding: .utf8))
    }

    init(tsv: String) throws {
        for (number, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = raw.split(separator: "\t").map(String.init)
            func words(_ col: Int) -> [[Unicode.Scalar]] {
                cols.count > col ? cols[col].split(separator: " ").map { Array($0.unicodeScalars) } : []
            }
            func bad() -> MetricRules.FormatError {
                MetricRules.FormatError(description: "metric_order.tsv line \(number + 1): cannot read `\(line)`")
            }
            switch cols[0] {
            case "unit":
                guard cols.count == 3, let c = UnitClass(rawValue: cols[1]) else { throw bad() }
                for u in words(2) { unitClasses[String(String.UnicodeScalarView(u))] = c }
            case "noun":
                guard cols.count == 3, let c = NounClass(rawValue: cols[1]) else { throw bad() }
                for w in words(2) { nouns.add(w, c) }
            case "verb":
                guard cols.count == 3, let c = VerbClass(rawValue: cols[1]) else { throw bad() }
                for w in words(2) { verbs.add(w, c) }
            case "list":
                guard cols.count == 2 else { throw bad() }
                for w in words(1) { listWords.add(w, true) }
            default:
                throw bad()
            }
        }
    }

    /// A keyword found in the text.
    struct Hit<C> {
        var cls: C
        var word: [Unicode.Scalar]
        var at: Int
        var end: Int { at + word.count }
    }

    /// Keyword hits in `range`, a hit inside a longer one dropped (村 inside 村民). One sweep in
    /// order of start (longest first): a hit ending no later than an earlier, different hit lies inside it.
    static func hits<C>(_ index: KeywordIndex<C>, in t: [Unicode.Scalar], range: Range<Int>, skipping hole: Range<Int>) -> [Hit<C>] {
        var all: [Hit<C>] = []
        guard !range.isEmpty else { return all }
        index.forEachMatch(in: t, range: range, skipping: hole) { _, e, p in
            if all.isEmpty { all.reserveCapacity(8) }  // one allocation, not one per doubling
            all.append(Hit(cls: e.payload, word: e.word, at: p))
        }
        guard all.count > 1 else { return all }
        all.sort { ($0.at, -$0.word.count) < ($1.at, -$1.word.count) }
        var kept: [Hit<C>] = []
        kept.reserveCapacity(all.count)
        var maxEnd = -1
        var previous: (at: Int, end: Int, kept: Bool) = (-1, -1, false)
        for h in all {
            let keep = (h.at == previous.at && h.end == previous.end) ? previous.kept : h.end > maxEnd
            if keep { kept.append(h) }
            previous = (h.at, h.end, keep)
            maxEnd = max(maxEnd, h.end)
        }
        return kept
    }

    /// The metric by the ordered decisions, or nil when they leave it to the keyword scoring.
    func decide(unit: String, in t: [Unicode.Scalar], at whole: FigurePlace) -> String? {
        let place = Self.bounded(whole)
        if unit == "元" { return moneyIsPutIn(t, at: place) ? nil : "other" }
        guard let unitClass = unitClasses[unit] else { return nil }
        if statesCapacity(t, at: place) { return "other" }
        switch unitClass {
        case .households: return "households"
        case .events:
            // 化解矛盾纠纷50余次 counts disputes settled, not events held.
            if let noun = countedNoun(t, at: place, among: Self.itemNouns), noun.cls == .opinion { return item(t, at: place) }
            return "service_events"
        case .persons: return person(t, at: place)
        case .works:
            if let noun = countedNoun(t, at: place, among: Self.itemNouns), noun.cls == .thing || noun.cls == .area { return "other" }
            return "projects"
        case .items: return item(t, at: place)
        }
    }

    /// What a thing can hold (建成后能容下6000名学生, 可容纳200人) is an attribute of the thing, not people
    /// served or things done (§3.11): a capacity verb right before the number in its clause.
    private func statesCapacity(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let before = max(place.clause.lowerBound, place.start - Self.capacityReach)..<place.start
        return Self.hits(verbs, in: t, range: before, skipping: before.upperBound..<before.upperBound).contains { $0.cls == .capacity }
    }

    /// How far before the number a capacity verb reads (容纳 plus a modifier: 可同时容纳).
    static let capacityReach = 6

    /// §3.2: money earned, sold or a product's value is not money put in.
    private func moneyIsPutIn(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let before = place.clause.lowerBound..<place.start
        return !Self.hits(verbs, in: t, range: before, skipping: before.upperBound..<before.upperBound).contains { $0.cls == .income }
    }

    /// §3.4: cadres (and professionals sent to serve), volunteers, else the public served.
    private func person(_ t: [Unicode.Scalar], at place: FigurePlace) -> String {
        let noun = countedNoun(t, at: place, among: Self.personNouns)
        switch noun?.cls {
        case .cadre:
            // Cadres before a serve verb are its subject; the figure counts whom they served.
            if let noun, noun.end <= place.start {
                let between = noun.end..<place.start
                if Self.hits(verbs, in: t, range: between, skipping: between.upperBound..<between.upperBound).contains(where: { $0.cls == .serve }) {
                    return "people_served"
                }
            }
            let after = place.unitEnd..<place.context.upperBound
            let learning = Self.hits(verbs, in: t, range: after, skipping: after.lowerBound..<after.lowerBound).contains { $0.cls == .learn }
            return learning ? "people_served" : "cadres"
        case .volunteer: return "volunteers"
        default: return "people_served"
        }
    }

    /// §3.6–§3.11 for counters of anything, by the counted noun.
    private func item(_ t: [Unicode.Scalar], at place: FigurePlace) -> String? {
        guard let noun = countedNoun(t, at: place, among: Self.itemNouns) else { return nil }
        switch noun.cls {
        case .practical: return "practical_matters"
        case .opinion:
            // The verb nearest before the number says what was done to what it counts (梳理出难点300多个
            // is collected, whatever the clause solves elsewhere); else any solving verb around it.
            let verbs = Self.hits(self.verbs, in: t, range: place.context, skipping: place.figure)
            if let nearest = verbs.filter({ $0.end <= place.start && ($0.cls == .solve || $0.cls == .collect) }).max(by: { $0.end < $1.end }) {
                return nearest.cls == .solve ? "problems_solved" : "opinions_collected"
            }
            if verbs.contains(where: { $0.cls == .solve }) { return "problems_solved" }
            return "opinions_collected"
        case .works:
            if Self.listableWorks.contains(noun.word) && listSentence(t, at: place) && !worksStarted(t, at: place) { return "practical_matters" }
            return "projects"
        case .policy: return "policies"
        case .thing, .area: return "other"
        case .category: return listSentence(t, at: place) ? "practical_matters" : nil
        case .cadre, .volunteer, .public, .modifier: return nil
        }
    }

    /// Whether the rest of the sentence says the counted 项目 were started or finished as works
    /// (339个项目开工, 其中已完工260项): works in the construction sense (§3.9), even in a list sentence.
    private func worksStarted(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let rest = place.clause.lowerBound..<place.sentence.upperBound
        return Self.hits(verbs, in: t, range: rest, skipping: place.figure).contains { $0.cls == .started }
    }

    /// Whether the sentence around the figure (cut to `reach`) names the campaign's list. A sentence
    /// that opens with 其中 breaks down the one before it (…票决确定的10项民生实事项目。其中8个项目完成了
    /// 年度目标): that one counts too.
    private func listSentence(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        if listWords.containsAny(in: t, range: place.sentence) { return true }
        var k = place.sentence.lowerBound
        while k < place.sentence.upperBound && (t[k] == " " || t[k] == "\u{3000}") { k += 1 }
        guard ScalarText.matches(Self.breakdownOpening, in: t, at: k, limit: place.sentence.upperBound) else { return false }
        guard place.sentence.lowerBound > 0 else { return false }
        // Back from the scalar before this sentence (the previous one's end mark) to the mark before it.
        let floor = max(0, place.sentence.lowerBound - Self.reach)
        var start = place.sentence.lowerBound - 1
        while start > floor && !Self.sentenceEnds.contains(t[start - 1]) { start -= 1 }
        return listWords.containsAny(in: t, range: start..<place.sentence.lowerBound)
    }

    static let breakdownOpening = Array("其中".unicodeScalars)
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n"]

    /// How far from a figure its clause and sentence are read: a line without punctuation must not
    /// make every figure read the whole line (time stays linear in the input).
    static let reach = 400

    /// `place` with its clause, context, clause before and sentence cut to `reach` scalars around the figure.
    static func bounded(_ place: FigurePlace) -> FigurePlace {
        let window = max(0, place.start - reach)..<(place.unitEnd + reach)
        func cut(_ r: Range<Int>) -> Range<Int> { r.clamped(to: window) }
        var p = place
        p.clause = cut(place.clause)
        p.context = cut(place.context)
        p.sentence = cut(place.sentence)
        p.previousClause = place.previousClause.map(cut)
        return p
    }

    /// A noun ending at `end` is what the number at `start` counts: at most a short verb phrase
    /// between, and no 的 (which makes the noun the setting of another phrase).
    static func setsSubject(_ t: [Unicode.Scalar], from end: Int, to start: Int) -> Bool {
        start - end <= 6 && !t[end..<start].contains("的")
    }

    /// Whether a verb of solving, collecting or serving stands between a body and the number: then the
    /// body is who acted (各职能部门经协商解决了296件), and the number counts what it acted on.
    func actsOnFigure(_ t: [Unicode.Scalar], from end: Int, to start: Int) -> Bool {
        Self.hits(verbs, in: t, range: end..<start, skipping: start..<start).contains { $0.cls == .solve || $0.cls == .collect || $0.cls == .serve }
    }

    /// How far after the unit its noun phrase is read: long enough for a modified head
    /// (`农村区域性养老服务中心` is 11 scalars), short enough not to run into the next phrase.
    static let phraseReach = 12

    static let openingQuotes: Set<Unicode.Scalar> = ["“", "「", "\""]
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "」", "\""]

    /// Scalars that end the noun phrase after a unit.
    static let phraseBreaks: Set<Unicode.Scalar> = ["的", "“", "”", "「", "」", "\"", "，", ",", "。", "、", "；", ";", "(", "（", "：", ":", "！", "？", " "]

    /// Nouns that people are counted as, and nouns that things are counted as: a person counter
    /// skips 县 in 463名县级以上党员干部, a thing counter skips 群众 in 为群众办实事10件.
    static let personNouns: Set<NounClass> = [.cadre, .volunteer, .public]
    static let itemNouns: Set<NounClass> = [.practical, .opinion, .works, .policy, .thing, .area, .category]

    /// What the figure counts, among the nouns of `classes`: the head (last noun) of the phrase right after the
    /// unit, else the nearest noun before the number in its context, else the nearest noun of the
    /// sentence's earlier clauses (ellipsis).
    func countedNoun(_ t: [Unicode.Scalar], at place: FigurePlace, among classes: Set<NounClass>) -> Hit<NounClass>? {
        // A name in quotation marks right after the unit is the phrase (23个“民生微实事”项目 counts 微实事).
        let quoted = place.unitEnd < place.context.upperBound && Self.openingQuotes.contains(t[place.unitEnd])
        let phraseStart = quoted ? place.unitEnd + 1 : place.unitEnd
        var phraseEnd = min(place.context.upperBound, phraseStart + Self.phraseReach)
        if phraseStart < phraseEnd {
            for k in phraseStart..<phraseEnd where Self.phraseBreaks.contains(t[k]) { phraseEnd = k; break }
            let after = phraseStart..<phraseEnd
            // A verb ends the phrase unless it is inside a noun (服务 in 养老服务中心, 建设 in 建设项目).
            let inNouns = Self.hits(nouns, in: t, range: after, skipping: after.lowerBound..<after.lowerBound)
            if let v = Self.hits(verbs, in: t, range: after, skipping: after.lowerBound..<after.lowerBound)
                .first(where: { v in !inNouns.contains { $0.at <= v.at && $0.end >= v.end && $0.end - $0.at > v.end - v.at } }) {
                phraseEnd = v.at
            }
        }
        let all = Self.hits(nouns, in: t, range: place.context, skipping: place.figure).filter { classes.contains($0.cls) }
        // A modifier, then a name in quotation marks (25座便民“溪桥”, 54个群众“微心愿”): when the words
        // before the quote name nothing of what is counted, the quoted name is the head. After a noun
        // (1284名干部担任“群众贴心人”) the quote stays outside the phrase.
        if phraseEnd < place.context.upperBound, Self.openingQuotes.contains(t[phraseEnd]),
           !all.contains(where: { $0.at >= phraseStart && $0.end <= phraseEnd }),
           let close = (phraseEnd + 1..<min(place.context.upperBound, phraseEnd + 1 + Self.phraseReach))
               .first(where: { Self.closingQuotes.contains(t[$0]) }) {
            phraseEnd = close
        }
        // The last noun of the phrase is its head, what it modifies comes first: 10家农村区域性养老服务中心
        // counts 中心, not 村; 1284名干部担任“群众贴心人” counts 干部 (the verb ends the phrase).
        if let head = all.filter({ $0.at >= phraseStart && $0.end <= phraseEnd }).max(by: { ($0.end, $1.at) < ($1.end, $0.at) }) {
            return head
        }
        // Before the number, the nearest noun; a place, body or post there is the setting
        // (交由乡镇职能部门解决的40余条), counted only as the subject of the number (学位新增5790个).
        let clauseBefore = place.clause.lowerBound..<place.start
        for range in [place.context.lowerBound..<place.start, clauseBefore] where !range.isEmpty {
            let before = Self.hits(nouns, in: t, range: range, skipping: place.figure)
                .filter { classes.contains($0.cls) && ($0.cls != .area || MetricRules.touches(t, from: $0.end, to: place.start)) }
                .sorted { $0.end > $1.end }
            if let noun = before.first(where: { $0.cls != .thing || (Self.setsSubject(t, from: $0.end, to: place.start) && !actsOnFigure(t, from: $0.end, to: place.start)) }) {
                return noun
            }
        }
        // Ellipsis: the nearest noun of the earlier clauses of the sentence (`在20件民生实事中，8件已办结，
        // 12件正在办理` counts 实事 three times).
        let earlier = place.sentence.lowerBound..<max(place.sentence.lowerBound, place.clause.lowerBound)
        if !earlier.isEmpty {
            // A place, body or post there is a setting, not what the clauses count.
            return Self.hits(nouns, in: t, range: earlier, skipping: earlier.lowerBound..<earlier.lowerBound)
                .filter { classes.contains($0.cls) && $0.cls != .thing && $0.cls != .area }.max(by: { $0.end < $1.end })
        }
        return nil
    }
}
