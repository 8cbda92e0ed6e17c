import Foundation

/// LABELS.md §5, the first mention decides: a figure stated again later in the story with the same
/// value, metric and region as a target (今年则要办12件 … 12件实事具体为…) is that target named again,
/// and a breakdown (其中有7件与农村有关) right after a target is part of the plan; unless the sentence,
/// from the figure's clause on, says work was done (12件实事已全部完成, 其中8件已办结).
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
        for i in facts.indices {
            let f = facts[i]
            guard f.metric != "rate", f.metric != "other", !f.regionCode.isEmpty else { continue }
            let series = UnmarkedSeries.Key(region: f.regionCode, metric: f.metric, unitClass: CountingUnits.unitClass(f.unit))
            let stated = Stated(series: series, value: f.value)
            if f.status == .target {
                targets.insert(stated)
            } else if f.status == .result, targets.contains(stated) || (evidence[i].breakdown && lastStatus[series] == .target),
                      !rules.saysDone(in: t, rest: evidence[i].rest, skipping: evidence[i].figure) {
                facts[i].status = .target
            }
            lastStatus[series] = facts[i].status
        }
    }
}
