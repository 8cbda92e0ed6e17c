import Foundation

/// LABELS.md §4 for figures no word narrows or widens: a story that gives one metric for its region
/// several times, with different values and never as a total (全县, 累计, 共…), is listing the
/// results of its sectors or programmes (危房改造投入900多万元 … 教育资助金落实154.7万元 … 争取到6520万元
/// 专项资金): each is a `part`, so totals add them instead of taking one sector for the whole.
/// Beside a stated total, the smaller unmarked figures are its sectors. One unmarked figure alone,
/// the same value stated again, or a total stated before its parts stays `whole_area`.
enum UnmarkedSeries {
    /// What makes figures one series: the same region (not a place inside it), metric and kind of unit.
    private struct Key: Hashable {
        var region: String
        var metric: String
        var unitClass: String
    }

    /// Marks as `part` the sectors of each series of `whole_area` results: all of a series with
    /// several values of which none is stated as the region's total (except a covering total given
    /// first), or those below the stated total. `statedWhole[i]` says whether `facts[i]` carries a
    /// `@whole` word.
    static func narrow(_ facts: inout [Fact], statedWhole: [Bool]) {
        var series: [Key: [Int]] = [:]
        // The parts the text already marks (其中, one body's figure), by series: they count among
        // the figures a total must cover.
        var markedParts: [Key: Decimal] = [:]
        for (i, f) in facts.enumerated() where f.status == .result && f.place.isEmpty && !f.regionCode.isEmpty
            && f.metric != "rate" && f.metric != "other" {
            let key = Key(region: f.regionCode, metric: f.metric, unitClass: CountingUnits.unitClass(f.unit))
            if f.scope == .wholeArea { series[key, default: []].append(i) } else { markedParts[key, default: 0] += f.value }
        }
        for (key, members) in series where members.count > 1 {
            // Beside a stated total (累计办结实事548件), the unmarked smaller figures are its sectors.
            if let stated = members.filter({ statedWhole[$0] }).map({ facts[$0].value }).max() {
                for i in members where !statedWhole[i] && facts[i].value < stated { facts[i].scope = .part }
                continue
            }
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
