import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongLayout

/// Page 1 as the reader's summary (issue 18): the campaign's total of each metric, how many
/// regions reported at each level, and a lead written from those totals. What the run read
/// (documents, figures) is bookkeeping and goes to the appendix.
extension BriefComposer {
    /// A campaign total: the sum over provinces, each already free of double counting.
    struct CampaignTotal {
        var value: Decimal
        var unit: String
        var qualifier: Qualifier
        var numbers: BriefNumbers
        var display: String { numbers.format(value, unit: unit, qualifier: qualifier) }
    }

    /// The total of `metric` over all provinces in its main unit; nil when no province has one.
    func campaignTotal(_ metric: String) -> CampaignTotal? {
        let rows = ranked(metric, level: .province)
        guard let first = rows.first else { return nil }
        return CampaignTotal(value: rows.reduce(Decimal(0)) { $0 + $1.value }, unit: first.unit,
                             qualifier: Self.combined(rows.map(\.qualifier)), numbers: numbers)
    }

    /// The qualifier of a sum: approximate when a part is, else a lower bound when a part is.
    static func combined(_ qualifiers: [Qualifier]) -> Qualifier {
        qualifiers.contains(.approx) ? .approx
            : qualifiers.contains { $0 == .atLeast || $0 == .range } ? .atLeast : .exact
    }

    /// The cover's numbers: each shown metric's campaign total, then the corrections applied.
    func keyNumbers() -> [KeyNumber] {
        var numbers = metricsShown().compactMap { metric in
            campaignTotal(metric.id).map { KeyNumber(label: labels.campaignTotal(metric.label(config.language)), value: $0.display) }
        }
        // Figures a person changed: the cover says so, the appendix lists them (issue 17).
        if !extraction.corrections.isEmpty {
            numbers.append(KeyNumber(label: labels.corrections, value: "\(extraction.corrections.count)"))
        }
        return numbers
    }

    /// Two or three sentences from the totals: who reported, the largest contributor to the
    /// first metric, and the share of the largest in funds (or the second metric).
    func lead() -> [String] {
        let levels = RegionLevel.allCases.sorted()
        let reporting = levels.compactMap { level in structure.reporting[level].map { (level, $0) } }
        guard !reporting.isEmpty else { return [labels.noTotalsLead] }
        var sentences = [labels.reportingSentence(reporting)]
        var leadMetrics = Array(metricsShown().prefix(1))
        if let funds = metricsShown().first(where: { $0.id == "funds" }), !leadMetrics.contains(funds) {
            leadMetrics.append(funds)
        } else if metricsShown().count > 1 {
            leadMetrics.append(metricsShown()[1])
        }
        for metric in leadMetrics {
            guard let total = campaignTotal(metric.id), let top = chartRows(metric.id).first else { continue }
            let share = total.value > 0 ? NSDecimalNumber(decimal: top.value / total.value).doubleValue : 0
            sentences.append(labels.leaderSentence(metric: metric.label(config.language), total: total.display,
                                                   leader: regionName(top.region), value: display(top),
                                                   percent: Int((share * 100).rounded()),
                                                   rowsAtLevel: structure.rowLevel))
        }
        return [sentences.joined()]
    }

    /// The run's bookkeeping, for the appendix: documents read, figures found, regions they name.
    func bookkeeping() -> String {
        labels.bookkeeping(documents: extraction.documents.count, figures: facts.count,
                           regions: factsByRegion.keys.filter { !$0.isEmpty }.count)
    }
}
