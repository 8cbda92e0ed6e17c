import Foundation

/// LABELS.md §4 for figures no word narrows or widens: a story that gives one metric for its region
/// several times in units that add (money, people, items), with different values and never as a
/// total (全县, 累计, 共…), is listing the results of its sectors or programmes (危房改造投入900多万元 …
/// 教育资助金落实154.7万元 … 争取到6520万元专项资金): each is a `part`, so totals add them instead of
/// taking one sector for the whole.
/// Beside a stated total, the smaller unmarked figures are its sectors. One unmarked figure alone,
/// the same value stated again, or a total stated before its parts stays `whole_area`.
enum UnmarkedSeries {
    /// What makes figures one series: the same region (not a place inside it), metric and kind of unit.
    struct Key: Hashable {
        var region: String
        var metric: String
        var unitClass: String

        /// The series `f` belongs to.
        init(_ f: Fact) {
            region = f.regionCode; metric = f.metric; unitClass = CountingUnits.unitClass(f.unit)
        }
    }

    /// What the text says around one fact, for the series.
    struct Evidence {
        /// Where a `@whole` word (全市, 累计, 共…) stands before it in its clause, if one does.
        var wholeMarker: Int?
        var statedWhole: Bool { wholeMarker != nil }
        /// 已 stands before it in its clause (目前已解决487个): a count so far.
        var saysDone: Bool
        /// Where its sentence starts.
        var sentence: Int
        /// Its clause and the words right after it (`RestatedTargets.doneReach`), and the figure
        /// itself: read only when a target could carry over, for a word saying work was done.
        var rest: Range<Int> = 0..<0
        var figure: Range<Int> = 0..<0
        /// A breakdown word (其中) stands before it in its sentence.
        var breakdown: Bool = false
        /// An earlier clause of its sentence names a list it counts items of (在65件民生实事中).
        var inSubset: Bool = false
        /// Its clause names one year before it and no sum word (去年在全国扩招139.41万人, 2020年的扩招数):
        /// one year's share, a part beside a larger total of the years (LABELS.md §4).
        var oneYear: Bool = false
        /// Its clause compares before it (较上一年多出83万人, 和2016年相比增长了28.78亿元): a difference
        /// between two figures, not an amount a later rate could measure.
        var comparison: Bool = false
        /// An enumeration comma 、 stands between the figure before it in its clause and it: an item of a list.
        var listed: Bool = false
    }

    /// Metrics whose units add into one amount: money, people, households, cadres, to-do items. Works
    /// (学校3所, 文化站5家, 农贸市场4个) and activities (帮扶活动50次, 文化活动975场) are counted by kind:
    /// each figure is the region's whole count of its kind of thing (§4, "of one kind of thing"), and
    /// several of them are not the sectors of one amount. Rates and `other` are never totalled.
    static func fungible(_ metric: String) -> Bool {
        switch metric {
        case "rate", "other", "projects", "service_events": return false
        default: return true
        }
    }

    /// Whether the clause names one year before `start` (去年, 今年, 当年, 2020年) and no word that
    /// sums (累计, 共, 合计, 总计, 以来).
    static func namesOneYear(_ t: [Unicode.Scalar], clause: Range<Int>, before start: Int) -> Bool {
        let before = clause.lowerBound..<start
        guard ScalarText.containsAny(yearWords, in: t, range: before) || statesYearNumber(t, in: before) else { return false }
        return !ScalarText.containsAny(sumWords, in: t, range: before)
    }

    static let yearWords: [[Unicode.Scalar]] = ["去年", "今年", "当年", "上一年", "上年"].map { Array($0.unicodeScalars) }
    static let sumWords: [[Unicode.Scalar]] = ["累计", "共", "合计", "总计", "以来", "两年", "三年", "五年", "年来"].map { Array($0.unicodeScalars) }

    /// Whether four digits followed by 年 stand in `range` (2020年).
    static func statesYearNumber(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var run = 0
        for k in range {
            if NumeralTables.arabicDigit(t[k]) != nil { run += 1; continue }
            if t[k] == "年" && run == 4 { return true }
            run = 0
        }
        return false
    }

    /// Whether a word of comparison (较, 比, 相比, 同比) stands before `start` in its clause.
    static func compares(_ t: [Unicode.Scalar], clause: Range<Int>, before start: Int) -> Bool {
        t[clause.lowerBound..<start].contains { $0 == "较" || $0 == "比" }
    }

    /// Whether 已 or a word of finishing (完成了548件, 办结, 解决) stands before the figure at `start` in its clause.
    static func saysDone(_ t: [Unicode.Scalar], clause: Range<Int>, before start: Int) -> Bool {
        t[clause.lowerBound..<start].contains("已") || ScalarText.containsAny(progressWords, in: t, range: clause.lowerBound..<start)
    }

    /// The class of units that count items of a list (件, 个, 项): progress is told in items, while
    /// 投资完成57.5亿元 is one sector's investment.
    static let itemClass = CountingUnits.unitClass("件")

    static let progressWords: [[Unicode.Scalar]] = ["完成", "办结", "解决", "完工"].map { Array($0.unicodeScalars) }

    /// Marks as `part` the sectors of each series of `whole_area` results: all of a series with
    /// several values of which none is stated as the region's total (except a covering total given
    /// first), or those below the stated total. A count so far after a larger figure of its sentence
    /// (全区共收集梳理的各类实事达587件…完成了548件) is the progress of that list, not a sector: the
    /// area's when the list is stated as the area's (HARD-CALLS 2: a subset only when introduced by 中,
    /// 里, 其中, which the scope rule reads), else a part of the list (提出重点民生事项656个，已解决487个).
    static func narrow(_ facts: inout [Fact], evidence: [Evidence]) {
        let statedWhole = evidence.map(\.statedWhole)
        var series: [Key: [Int]] = [:]
        // The parts the text already marks (其中, one body's figure), by series: they count among
        // the figures a total must cover.
        var markedParts: [Key: Decimal] = [:]
        for (i, f) in facts.enumerated() where f.status == .result && f.place.isEmpty
            && Self.fungible(f.metric) {
            let key = Key(f)
            if f.scope == .wholeArea { series[key, default: []].append(i) } else { markedParts[key, default: 0] += f.value }
        }
        for (key, all) in series where all.count > 1 {
            // Members are in text order: one pass keeps the largest value seen so far in the sentence
            // (linear, however many figures a long document gives one series).
            var members: [Int] = []
            var sentence = -1
            var largestSoFar: Decimal = 0
            var largestIsStated = false
            for i in all {
                if evidence[i].sentence != sentence { sentence = evidence[i].sentence; largestSoFar = 0; largestIsStated = false }
                if evidence[i].saysDone && largestSoFar > facts[i].value && CountingUnits.unitClass(facts[i].unit) == Self.itemClass {
                    // Progress of a list stated as the area's (全区共收集…587件): left whole, out of the
                    // sectors. Progress of an unmarked list is that list's part.
                    if !largestIsStated { facts[i].scope = .part }
                } else {
                    members.append(i)
                }
                if facts[i].value > largestSoFar { largestSoFar = facts[i].value; largestIsStated = statedWhole[i] }
            }
            if members.count < 2 { continue }
            // One total word before a list of kinds (累计选派挂职干部623名、专技人才5635名): the total is
            // the list's sum, each figure one kind of it, so a part; the list's sum then stands as a
            // stated total for the others. One list counted twice (共9项27条, no 、) is not such a list.
            var byMarker: [Int: [Int]] = [:]
            for i in members { if let w = evidence[i].wholeMarker { byMarker[w, default: []].append(i) } }
            var listTotal: Decimal? = nil
            for (_, items) in byMarker where items.count > 1 && items.dropFirst().allSatisfy({ evidence[$0].listed }) {
                for i in items { facts[i].scope = .part }
                let sum = items.reduce(Decimal(0)) { $0 + facts[$1].value }
                listTotal = max(listTotal ?? sum, sum)
            }
            members.removeAll { facts[$0].scope == .part }
            // Beside a stated total (累计办结实事548件), the unmarked smaller figures are its sectors.
            // One year's figure (去年在全国扩招139.41万人) is a share of a larger total of the years, even
            // when the area is named.
            let statedValues = members.filter { statedWhole[$0] && !evidence[$0].oneYear }.map { facts[$0].value } + (listTotal.map { [$0] } ?? [])
            if let stated = statedValues.max() {
                for i in members where (!statedWhole[i] || evidence[i].oneYear) && facts[i].value < stated { facts[i].scope = .part }
                continue
            }
            if members.count < 2 { continue }
            let first = facts[members[0]].value
            guard members.contains(where: { facts[$0].value != first }) else { continue }
            // A figure stated first and at least as large as all the others together (marked parts
            // included) is their total, given before its parts (援助资金8.72亿元, then 投入9353万元 and
            // 1.41亿元): it stays whole. A largest figure that comes later is one more sector.
            let largest = members.max { facts[$0].value < facts[$1].value }!
            let others = members.filter { facts[$0].value != facts[largest].value }.reduce(markedParts[key] ?? 0) { $0 + facts[$1].value }
            let coversOthers = facts[largest].value >= others && facts[members[0]].value == facts[largest].value
            for i in members where !(coversOthers && facts[i].value == facts[largest].value) {
                facts[i].scope = .part
            }
        }
    }
}
