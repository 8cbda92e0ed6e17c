import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongLayout

/// A section for every row of the overview and a row for every section (issue 18): a province
/// (level 2) and under it its rows (level 3); a figure of a county is listed in its row's section,
/// with the county named beside it, and a figure of a region without a row in its province's.
extension BriefComposer {
    /// Metrics whose figures a region summary lists: `other` and `rate` stay in facts.csv.
    static func summarised(_ metric: String) -> Bool { MetricCatalog.info(metric).summable }

    /// Whether the brief is the short form for a large corpus: fewer figures per section, no county charts.
    var isLarge: Bool { factsByRegion.count > Self.allSectionsUpTo }

    func regionSections() -> [BriefSection] {
        guard !structure.groups.isEmpty else { return [] }
        var sections = [BriefSection(title: labels.byRegion, level: 1, anchor: "regions",
                                     blocks: [.note(labels.sectionsNote(structure.rowLevel))])]
        for group in structure.groups {
            sections.append(regionSection(group.province, level: 2))
            for member in group.members { sections.append(regionSection(member, level: 3)) }
        }
        return sections
    }

    /// The short form of a large corpus in English: its totals tables name no source (see `countedTotalsTable`).
    var shortEnglish: Bool { isLarge && config.language == .en }

    /// A region's totals: metric, value, how it was reached, and its first sources.
    func totalsTable(_ own: [RegionTotal]) -> Table {
        // English figures (`10,000 households`, never broken) need a wider value column.
        let en = config.language == .en
        let columns = [TableColumn(header: labels.metric, weight: en ? 1.1 : 1),
                       TableColumn(header: labels.value, alignment: .trailing, weight: en ? 1.5 : 0.9),
                       TableColumn(header: labels.basis, weight: 1.6),
                       TableColumn(header: labels.source, weight: 2.1)]
        return Table(columns: columns, rows: own.map { t -> [String] in
            // The first three sources and how many in all (a province's total can rest on thousands).
            // The short form names one source and the count, and how many were set aside.
            let first = isLarge ? 1 : 3
            let refs = t.factIndices.prefix(first).map { TotalsExport.reference(facts[$0]) }.joined(separator: "\n")
            let shownRefs = t.factIndices.count > first ? refs + (isLarge ? " " : "\n") + labels.inAll(t.factIndices.count) : refs
            let basis = isLarge ? labels.basisText(stated: t.basis == .stated, partsSum: nil)
                + (t.setAside.isEmpty ? "" : labels.setAsideCount(t.setAside.count))
                : labels.basisText(stated: t.basis == .stated,
                                   partsSum: t.partsSum.map { numbers.format($0, unit: t.unit) },
                                   setAside: t.setAsideReasons)
            return [MetricCatalog.info(t.metric).tableLabel(config.language), display(t), basis, shownRefs]
        })
    }

    /// The totals of the English short form: how many figures each rests on instead of its first
    /// source, so a row fits on one line (English words need about twice the width of Chinese ones,
    /// and with a source the rows took two or three lines: 46 pages for 1,000 documents). Every
    /// total's figures, by document and line, are in totals.json, as the note above the table says.
    func countedTotalsTable(_ own: [RegionTotal]) -> Table {
        let columns = [TableColumn(header: labels.metric, weight: 1.15),
                       TableColumn(header: labels.value, alignment: .trailing, weight: 1.45),
                       TableColumn(header: labels.figures, alignment: .trailing, weight: 0.65),
                       TableColumn(header: labels.basis, weight: 1.75)]
        return Table(columns: columns, rows: own.map { t in
            let basis = labels.basisText(stated: t.basis == .stated, partsSum: nil)
                + (t.setAside.isEmpty ? "" : labels.setAsideCount(t.setAside.count))
            return [MetricCatalog.info(t.metric).tableLabel(config.language), display(t), "\(t.factIndices.count)", basis]
        })
    }

    func regionSection(_ region: Region, level: Int) -> BriefSection {
        var blocks: [Block] = [.note(pathText(region) + labels.code(region.code))]
        let shown = Set(metricsShown().map(\.id))
        let own = (totalsByRegion[region.code] ?? []).filter { shown.contains($0.metric) }
        if !own.isEmpty {
            let figures = Set(own.flatMap(\.factIndices)).count
            let documents = Set(own.flatMap(\.documents)).count
            blocks.append(.note(labels.restsOn(figures: figures, documents: documents, sourcesInExports: shortEnglish)))
            blocks.append(.table(shortEnglish ? countedTotalsTable(own) : totalsTable(own)))
        }
        // The rows one level down as a chart: a province's prefectures when they have no sections
        // of their own, a prefecture's counties in a brief short enough to show them.
        // (The short form for a large corpus has none: the rankings are in totals.csv.)
        let down: RegionLevel? = isLarge ? nil : region.level == .province ? (structure.rowLevel == .province ? .prefecture : nil)
            : region.level == .prefecture ? .county : nil
        if let down {
            for metric in metricsShown() {
                let rows = rankedByParent["\(metric.id)|\(down.rawValue)|\(region.code)"] ?? []
                if rows.count >= 2, let chart = chart(metric, rows: rows, level: down, within: region) {
                    blocks.append(.chart(chart))
                    break
                }
            }
        }
        let indices = (factsBySection[region.code] ?? []).map(Int.init)
        let listed = indices.filter { Self.summarised(facts.metric(at: $0)) }
        if !listed.isEmpty { blocks += listedFacts(listed, showRegion: true, section: region.code) }
        if listed.count < indices.count { blocks.append(.note(labels.otherFigures(indices.count - listed.count))) }
        return BriefSection(title: regionName(region), level: level, anchor: "region-\(region.code)", blocks: blocks)
    }
}
