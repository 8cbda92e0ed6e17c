import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongLayout

/// The overview table and the metric charts, on the structure the sections share: provinces
/// ranked, each with its subtotal and the rows under it, and a 合计 row at the foot.
extension BriefComposer {
    /// A region's total of `metric` in the main unit, or nil when the figure is not its own: a
    /// prefecture whose total rests only on a directly administered county's figures (保定市 for
    /// an article on 定州市) would show 定州's figures twice under two names.
    static func ownTotal(_ region: Region, _ metric: String, main: [String: RegionTotal],
                         directUnder: [String: [String]]) -> RegionTotal? {
        guard let total = main["\(metric)|\(region.code)"] else { return nil }
        guard let direct = directUnder[region.code] else { return total }
        let covered = Set(direct.flatMap { main["\(metric)|\($0)"]?.factIndices ?? [] })
        return covered.isEmpty || !Set(total.factIndices).isSubset(of: covered) ? total : nil
    }

    func ownTotal(_ region: Region, _ metric: String) -> RegionTotal? {
        Self.ownTotal(region, metric, main: mainTotals, directUnder: directUnder)
    }

    /// The scale of a metric's column: from the largest figure the column shows (the 合计).
    func scale(_ metric: String) -> ColumnScale {
        let values = structure.rows.compactMap { ownTotal($0, metric)?.value }
        return ColumnScale(largest: values, total: campaignTotal(metric)?.value, language: config.language)
    }

    static let barsInLargeBrief = 10

    func overviewSection() -> BriefSection? {
        let metrics = metricsShown()
        guard !metrics.isEmpty, !structure.groups.isEmpty else { return nil }
        var blocks: [Block] = [.note(labels.levelsNote(structure.rowLevel)), .note(labels.overviewNote)]
        // Tables of at most five metric columns, split evenly, so values never crowd an A4 page.
        let tableCount = (metrics.count + 4) / 5
        let perTable = (metrics.count + tableCount - 1) / tableCount
        for start in stride(from: 0, to: metrics.count, by: perTable) {
            let chunk = Array(metrics[start..<min(start + perTable, metrics.count)])
            let scales = chunk.map { scale($0.id) }
            // Pinyin and the Chinese beside it need a wider name column in English.
            let columns = [TableColumn(header: labels.region, weight: config.language == .en ? 2.3 : 1.5)]
                + zip(chunk, scales).map { metric, scale in
                    TableColumn(header: labels.columnHead(metric.tableLabel(config.language),
                                                          unit: scale.unit(ranked(metric.id, level: .province).first?.unit ?? "")),
                                alignment: .trailing)
                }
            let cells = { (region: Region) -> [String] in
                zip(chunk, scales).map { metric, scale in
                    self.ownTotal(region, metric.id).map { scale.cell($0.value, qualifier: $0.qualifier) } ?? "—"
                }
            }
            var rows: [[String]] = []
            for group in structure.groups {
                let province = regionName(group.province)
                let subtotal = structure.rowLevel == .province ? province : labels.subtotal(province)
                rows.append([subtotal] + cells(group.province))
                for member in group.members { rows.append([labels.indented(regionName(member))] + cells(member)) }
            }
            rows.append([labels.grandTotal] + zip(chunk, scales).map { metric, scale in
                campaignTotal(metric.id).map { scale.cell($0.value, qualifier: $0.qualifier) } ?? "—"
            })
            blocks.append(.table(Table(columns: columns, rows: rows)))
        }
        return BriefSection(title: labels.overview, level: 1, anchor: "overview", blocks: blocks)
    }

    /// The rows a metric's chart ranks: the overview's rows at the row level (prefectures and the
    /// counties standing beside them, or provinces), largest first.
    func chartRows(_ metric: String) -> [RegionTotal] {
        let regions = structure.rowLevel == .province ? structure.groups.map(\.province) : structure.groups.flatMap(\.members)
        return regions.compactMap { ownTotal($0, metric) }
            .sorted { ($1.value, $0.region.code) < ($0.value, $1.region.code) }
    }

    func chartsSection() -> BriefSection? {
        let blocks = metricsShown().compactMap { overviewChart(for: $0) }.map(Block.chart)
        guard !blocks.isEmpty else { return nil }
        return BriefSection(title: labels.charts, level: 1, anchor: "charts", blocks: blocks)
    }

    /// The chart of one metric across the overview's rows (also written to `charts/<id>.png`).
    func overviewChart(for metric: MetricInfo) -> BarChart? {
        chart(metric, rows: chartRows(metric.id), level: structure.rowLevel, within: nil)
    }

    /// A bar chart of `rows`, the top `top_n` of them, titled with what it shows; bar labels in
    /// one scale, the scale and unit under the axis.
    func chart(_ metric: MetricInfo, rows: [RegionTotal], level: RegionLevel, within parent: Region?) -> BarChart? {
        guard !rows.isEmpty else { return nil }
        // The short form for a large corpus keeps charts to ten bars, two to a page.
        let shown = Array(rows.prefix(isLarge ? min(config.topN, Self.barsInLargeBrief) : config.topN))
        let scale = ColumnScale(largest: shown.map(\.value), language: config.language)
        // Regions of one level never share a fact, so their figures add up; documents can be shared.
        let figures = shown.reduce(0) { $0 + $1.factIndices.count }
        let documents = Set(shown.flatMap(\.documents)).count
        return BarChart(
            title: labels.chartTitle(metric.label(config.language), shown: shown.count, of: rows.count,
                                     level: level, within: parent.map(chartName)),
            id: metric.id, unit: scale.unit(shown[0].unit),
                        // Bar lengths in the scale of the labels, so the axis ticks (万条: 2, 4, 6) read in it too.
            bars: shown.map { Bar(label: chartName($0.region), value: NSDecimalNumber(decimal: $0.value / scale.divisor).doubleValue,
                                  display: scale.cell($0.value, qualifier: $0.qualifier)) },
            color: config.colors[metric.id] ?? metric.color,
            source: labels.chartSource(documents: documents, figures: figures,
                                       marked: shown.contains { $0.qualifier != .exact }))
    }
}
