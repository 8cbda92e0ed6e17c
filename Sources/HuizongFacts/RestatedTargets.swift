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
        var targets: Set<Stated> = []
        var lastStatus: [UnmarkedSeries.Key: Status] = [:]
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
            guard f.metric != "rate", f.metric != "other", !f.regionCode.isEmpty else { continue }
            let series = UnmarkedSeries.Key(region: f.regionCode, metric: f.metric, unitClass: CountingUnits.unitClass(f.unit))
            let stated = Stated(series: series, value: f.value)
            if f.status == .target {
                targets.insert(stated)
            } else if f.status == .result, targets.contains(stated) || (evidence[i].breakdown && lastStatus[series] == .target),
                      !rules.saysDone(in: t, rest: evidence[i].rest, skipping: evidence[i].figure) {
                facts[i].status = .target
                if Self.opensList(t, after: evidence[i].figure.upperBound, before: evidence[i].rest.upperBound) { listedPlan = evidence[i].sentence }
            }
            lastStatus[series] = facts[i].status
        }
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
