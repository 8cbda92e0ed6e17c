import Foundation

/// LABELS.md §5, the first mention decides: a figure stated again later in the story with the same
/// value, metric and region as a target (今年则要办12件 … 12件实事具体为…) is that target named again,
/// and a breakdown (其中有7件与农村有关) right after a target is part of the plan, as are the contents
/// after a colon that follows such a restated list (这10件实事里还有：…); unless the figure's clause,
/// or the words right after it, say work was done (12件实事已全部完成, 其中8件已办结).
enum RestatedTargets {
    private struct Stated: Hashable {
        var series: UnmarkedSeries.Key
        var value: Decimal
    }

    static func carry(_ facts: inout [Fact], evidence: [UnmarkedSeries.Evidence], text t: [Unicode.Scalar], rules: MetricRules) {
        // Most stories state no target: nothing to carry.
        guard facts.contains(where: { $0.status == .target }) else { return }
        // Keys are made only where they can matter: the values of targets first, so that a result
        // with another value (most of them) costs one lookup of a number.
        var targetValues: Set<Decimal> = []
        var targets: Set<Stated> = []
        // The sentence of a planned list named again before its contents (这10件实事里还有：…), whose
        // later figures are those contents.
        var listedPlan: Int? = nil
        for i in facts.indices {
            let f = facts[i]
            if let plan = listedPlan, evidence[i].sentence == plan, f.status == .result,
               !rules.saysDone(in: t, rest: evidence[i].rest, skipping: evidence[i].figure) {
                facts[i].status = .target
                continue
            }
            guard f.status == .target || f.status == .result, f.metric != "rate", f.metric != "other", !f.regionCode.isEmpty else { continue }
            if f.status == .target {
                targetValues.insert(f.value)
                targets.insert(Stated(series: UnmarkedSeries.Key(f), value: f.value))
                continue
            }
            let restated = targetValues.contains(f.value) && targets.contains(Stated(series: UnmarkedSeries.Key(f), value: f.value))
            guard restated || (evidence[i].breakdown && previousIsTarget(facts, before: i, series: UnmarkedSeries.Key(f))),
                  !rules.saysDone(in: t, rest: evidence[i].rest, skipping: evidence[i].figure) else { continue }
            facts[i].status = .target
            if Self.opensList(t, after: evidence[i].figure.upperBound, before: evidence[i].rest.upperBound) { listedPlan = evidence[i].sentence }
        }
    }

    /// How many facts back a breakdown looks for its total.
    static let lookBack = 64

    /// Whether the nearest earlier fact of `series` is a target (a breakdown follows its total),
    /// looking back at most `lookBack` facts (time stays linear in a document's facts).
    private static func previousIsTarget(_ facts: [Fact], before i: Int, series key: UnmarkedSeries.Key) -> Bool {
        for j in stride(from: i - 1, through: max(0, i - lookBack), by: -1) where facts[j].metric == key.metric {
            let f = facts[j]
            if UnmarkedSeries.Key(f) == key {
                return f.status == .target
            }
        }
        return false
    }

    /// Whether a colon follows the figure closely in its sentence (…重点项目里还有：, …具体为：).
    static func opensList(_ t: [Unicode.Scalar], after end: Int, before limit: Int) -> Bool {
        t[end..<min(limit, end + listReach)].contains { $0 == "：" || $0 == ":" }
    }

    /// How far after the figure a word saying the work was done is read (在65件民生实事中，已有26件完成:
    /// 已 is 8 on): a long list sentence's later items do not speak for the figure.
    static let doneReach = 24

    /// How far after the figure the colon that opens its contents may stand (为民办实事重点项目里还有 is 12).
    static let listReach = 16
}
