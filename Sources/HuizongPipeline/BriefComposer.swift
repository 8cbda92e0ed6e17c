import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongLayout

/// Decides what the brief says (issue 7's order): cover, contents (laid out by layout), overview
/// table, one chart per metric, a section per region with every fact and its source, appendix.
/// It chooses words and numbers only; layout decides where they go.
struct BriefComposer {
    let config: BriefConfig
    let gazetteer: Gazetteer
    let extraction: Extraction
    let totals: RegionTotals
    let labels: Labels
    /// Totals and facts by region code, so each section finds its own without scanning all.
    let totalsByRegion: [String: [RegionTotal]]
    /// Numbers of the facts in `facts` (not copies: a corpus can hold hundreds of thousands of facts;
    /// 32-bit, as memory grows with them).
    let factsByRegion: [String: [Int32]]
    let rankedTotals: [String: [RegionTotal]]
    /// `rankedTotals` split by parent region, for the sub-region chart of each section.
    let rankedByParent: [String: [RegionTotal]]
    /// The metrics the brief shows, in order (asked for by every section).
    let shownMetrics: [MetricInfo]

    init(config: BriefConfig, gazetteer: Gazetteer, extraction: Extraction, totals: RegionTotals) {
        self.config = config; self.gazetteer = gazetteer; self.extraction = extraction; self.totals = totals
        self.labels = Labels(language: config.language)
        self.totalsByRegion = Dictionary(grouping: totals.totals, by: \.region.code)
        var byRegion: [String: [Int32]] = [:]
        for i in extraction.facts.indices { byRegion[extraction.facts.regionCode(at: i), default: []].append(Int32(i)) }
        self.factsByRegion = byRegion
        let ranked = Self.rankAll(totals)
        self.rankedTotals = ranked
        var byParent: [String: [RegionTotal]] = [:]
        for (key, rows) in ranked {
            for row in rows where row.region.parentCode != nil { byParent[key + "|" + row.region.parentCode!, default: []].append(row) }
        }
        self.rankedByParent = byParent
        self.shownMetrics = Self.metricsShown(config: config, totals: totals)
    }

    /// Documents beyond which the appendix lists only those that need a look (no region, no
    /// figures); manifest.json lists them all. 10,000 documents would otherwise fill 300 pages.
    static let allDocumentsUpTo = 200

    /// Regions with figures of their own, beyond which the brief keeps sections to the overview
    /// level and above, so a corpus of thousands of articles still gives a brief of readable length.
    static let allSectionsUpTo = 60

    var facts: FactTable { extraction.facts }

    func compose(date: String?) -> BriefContent {
        let sections = [overviewSection(), chartsSection()].compactMap { $0 } + regionSections() + appendixSections()
        return BriefContent(
            title: config.title, subtitle: config.subtitle, organisation: config.organisation, date: date,
            keyNumbers: keyNumbers(), sections: sections,
            labels: BriefLabels(contents: labels.contents, pageFooter: labels.pageFooter, continued: labels.continued),
            keywords: metricsShown().map { $0.label(config.language) })
    }

    // MARK: Which metrics and regions

    /// Summable metrics with at least one total, in the config's order (else the taxonomy's).
    func metricsShown() -> [MetricInfo] { shownMetrics }

    static func metricsShown(config: BriefConfig, totals: RegionTotals) -> [MetricInfo] {
        let present = Set(totals.totals.map(\.metric))
        let order = config.metrics.isEmpty ? MetricCatalog.all.map(\.id) : config.metrics
        return order.map(MetricCatalog.info).filter { $0.summable && present.contains($0.id) }
    }

    /// Totals at the overview level for one metric, largest first (ties by code).
    func ranked(_ metric: String, level: RegionLevel) -> [RegionTotal] {
        rankedTotals["\(metric)|\(level.rawValue)"] ?? []
    }

    /// `ranked` for every metric and level, computed once: sections ask for it thousands of times.
    static func rankAll(_ totals: RegionTotals) -> [String: [RegionTotal]] {
        let groups = Dictionary(grouping: totals.totals) { "\($0.metric)|\($0.region.level.rawValue)" }
        return groups.mapValues { rows in
            let unit = mainUnit(rows)
            return rows.filter { $0.unit == unit }
                .sorted { ($1.value, $0.region.code) < ($0.value, $1.region.code) }
        }
    }

    /// The unit most totals of a metric use (a metric's figures may come in several units).
    static func mainUnit(_ rows: [RegionTotal]) -> String {
        var counts: [String: Int] = [:]
        for r in rows { counts[r.unit, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
    }

    func display(_ t: RegionTotal) -> String {
        DisplayNumber.format(t.value, unit: t.unit, qualifier: t.qualifier)
    }

    // MARK: Cover

    func keyNumbers() -> [KeyNumber] {
        let regionCount = factsByRegion.keys.filter { !$0.isEmpty }.count
        var numbers = [KeyNumber(label: labels.documents, value: "\(extraction.documents.count)"),
                       KeyNumber(label: labels.regions, value: "\(regionCount)"),
                       KeyNumber(label: labels.figures, value: "\(facts.count)")]
        // Total funds: the sum over top-level regions, each already free of double counting.
        let funds = totals.totals.filter { $0.metric == "funds" && $0.unit == "元" && $0.region.parentCode == nil }
        if !funds.isEmpty {
            let sum = funds.reduce(Decimal(0)) { $0 + $1.value }
            let q = funds.map(\.qualifier).contains(.approx) ? Qualifier.approx
                : funds.map(\.qualifier).contains(.atLeast) ? .atLeast : .exact
            numbers.append(KeyNumber(label: labels.totalFunds, value: DisplayNumber.format(sum, unit: "元", qualifier: q)))
        }
        // Figures a person changed: the cover says so, the appendix lists them (issue 17).
        if !extraction.corrections.isEmpty {
            numbers.append(KeyNumber(label: labels.corrections, value: "\(extraction.corrections.count)"))
        }
        return numbers
    }

    // MARK: Overview and charts

    func overviewSection() -> BriefSection? {
        let metrics = metricsShown()
        guard !metrics.isEmpty else { return nil }
        let level = config.overviewLevel
        // Each metric's column shows the totals in its main unit, the same ones its chart shows.
        var cells: [String: [String: String]] = [:]
        var names: [String: String] = [:]
        for metric in metrics {
            for t in ranked(metric.id, level: level) {
                cells[t.region.code, default: [:]][metric.id] = display(t)
                names[t.region.code] = t.region.name
            }
        }
        var blocks: [Block] = [.note(labels.overviewNote)]
        // Tables of at most five metric columns, split evenly, so values never crowd an A4 page.
        let tableCount = (metrics.count + 4) / 5
        let perTable = (metrics.count + tableCount - 1) / tableCount
        for start in stride(from: 0, to: metrics.count, by: perTable) {
            let chunk = Array(metrics[start..<min(start + perTable, metrics.count)])
            let columns = [TableColumn(header: labels.region, weight: 1.4)]
                + chunk.map { TableColumn(header: $0.label(config.language), alignment: .trailing) }
            let codes = cells.keys.sorted().filter { code in chunk.contains { cells[code]?[$0.id] != nil } }
            let rows = codes.map { code in [names[code]!] + chunk.map { cells[code]?[$0.id] ?? "—" } }
            blocks.append(.table(Table(columns: columns, rows: rows)))
        }
        return BriefSection(title: labels.overview, level: 1, anchor: "overview", blocks: blocks)
    }

    func chartsSection() -> BriefSection? {
        var blocks: [Block] = []
        for metric in metricsShown() {
            guard let chart = chart(for: metric, level: config.overviewLevel) else { continue }
            blocks.append(.chart(chart))
        }
        guard !blocks.isEmpty else { return nil }
        return BriefSection(title: labels.charts, level: 1, anchor: "charts", blocks: blocks)
    }

    /// The bar chart of one metric across the regions of a level (also written to `charts/<id>.png`).
    func chart(for metric: MetricInfo, level: RegionLevel, within parent: String? = nil) -> BarChart? {
        let rows = parent.map { rankedByParent["\(metric.id)|\(level.rawValue)|\($0)"] ?? [] } ?? ranked(metric.id, level: level)
        guard !rows.isEmpty else { return nil }
        let shown = Array(rows.prefix(config.topN))
        // Regions of one level never share a fact, so their figures add up; documents can be shared.
        let figures = shown.reduce(0) { $0 + $1.factIndices.count }
        let documents = Set(shown.flatMap(\.documents)).count
        return BarChart(
            title: metric.label(config.language) + (parent == nil ? "" : " · " + labels.subRegions),
            id: metric.id, unit: shown[0].unit,
            bars: shown.map { Bar(label: $0.region.name, value: NSDecimalNumber(decimal: $0.value).doubleValue, display: display($0)) },
            color: config.colors[metric.id] ?? metric.color,
            source: labels.chartSource(documents: documents, figures: figures))
    }

    // MARK: Regions

    func regionSections() -> [BriefSection] {
        let withTotals = Set(totals.totals.map(\.region.code))
        let withFacts = Set(factsByRegion.keys.filter { !$0.isEmpty })
        // A region whose totals all come from a single sub-region (河北省 › 保定市 › 定州市) would
        // repeat that sub-region's section: it gets one only when it has figures of its own or
        // several sub-regions with totals.
        var childrenWithTotals: [String: Set<String>] = [:]
        for t in totals.totals { if let parent = t.region.parentCode { childrenWithTotals[parent, default: []].insert(t.region.code) } }
        var codes = withTotals.union(withFacts).filter { withFacts.contains($0) || (childrenWithTotals[$0]?.count ?? 0) >= 2 }.sorted()
        guard !codes.isEmpty else { return [] }
        if withFacts.count > Self.allSectionsUpTo {
            codes = codes.filter { gazetteer.region(code: $0).map { $0.level <= config.overviewLevel } ?? false }
        }
        var sections = [BriefSection(title: labels.byRegion, level: 1, anchor: "regions", blocks: [])]
        for code in codes {
            guard let region = gazetteer.region(code: code) else { continue }
            sections.append(regionSection(region))
        }
        return sections
    }

    func regionSection(_ region: Region) -> BriefSection {
        var blocks: [Block] = [.note(gazetteer.path(of: region.code).map(\.name).joined(separator: " › ") + "（\(region.code)）")]
        let own = totalsByRegion[region.code] ?? []
        if !own.isEmpty {
            let columns = [TableColumn(header: labels.metric, weight: 1),
                           TableColumn(header: labels.value, alignment: .trailing, weight: 1),
                           TableColumn(header: labels.basis, weight: 1.5),
                           TableColumn(header: labels.source, weight: 2.2)]
            let rows = own.map { t -> [String] in
                // The first three sources and how many in all (a province's total can rest on thousands).
                let refs = t.factIndices.prefix(3).map { TotalsExport.reference(facts[$0]) }.joined(separator: "\n")
                let shownRefs = t.factIndices.count > 3 ? refs + "\n…（\(t.factIndices.count)）" : refs
                return [MetricCatalog.info(t.metric).label(config.language), display(t),
                        labels.basisText(stated: t.basis == .stated,
                                         partsSum: t.partsSum.map { DisplayNumber.format($0, unit: t.unit) },
                                         setAside: t.setAsideReasons),
                        shownRefs]
            }
            blocks.append(.table(Table(columns: columns, rows: rows)))
        }
        if region.level != .county {
            for metric in metricsShown() {
                if let chart = chart(for: metric, level: childLevel(region.level), within: region.code),
                   chart.bars.count >= 2 {
                    blocks.append(.chart(chart))
                    break
                }
            }
        }
        let stated = (factsByRegion[region.code] ?? []).map(Int.init)
        if !stated.isEmpty { blocks += listedFacts(stated) }
        return BriefSection(title: region.name, level: 2, anchor: "region-\(region.code)", blocks: blocks)
    }

    /// The facts of a section: all of them up to the config's limit; past it the largest of each
    /// metric, in text order, and a note sending the reader to facts.csv for the rest.
    func listedFacts(_ indices: [Int]) -> [Block] {
        // A brief of hundreds of regions lists fewer figures per region, so it stays readable.
        let manyRegions = factsByRegion.count > Self.allSectionsUpTo
        let limit = manyRegions ? min(config.factsPerRegion, 12) : config.factsPerRegion
        guard indices.count > limit else { return [.table(factTable(indices))] }
        // Results first, then by metric in taxonomy order, largest value first, then text order;
        // each fact's key is made once (a section can hold thousands of facts).
        let keys = indices.enumerated().map { n, i in
            let f = facts[i]
            return ListingKey(kind: (f.status == .result ? 0 : 1) * 1000 + (Self.metricOrder[f.metric] ?? 99),
                              value: f.value, approximate: NSDecimalNumber(decimal: f.value).doubleValue, position: n)
        }
        let chosen = keys.sorted(by: ListingKey.listedBefore).prefix(limit).map(\.position).sorted()
        return [.table(factTable(chosen.map { indices[$0] })), .note(labels.moreFacts(indices.count - limit))]
    }

    private struct ListingKey {
        var kind: Int, value: Decimal, approximate: Double, position: Int

        /// By kind, then largest value first, then text order. Values are compared as Doubles
        /// first (Decimal comparison allocates) and exactly only when the Doubles are equal.
        static func listedBefore(_ a: ListingKey, _ b: ListingKey) -> Bool {
            if a.kind != b.kind { return a.kind < b.kind }
            if a.approximate != b.approximate { return a.approximate > b.approximate }
            if a.value != b.value { return a.value > b.value }
            return a.position < b.position
        }
    }

    /// Each metric's place in the taxonomy, for choosing which facts a section lists.
    static let metricOrder = Dictionary(uniqueKeysWithValues: MetricCatalog.all.enumerated().map { ($1.id, $0) })

    func childLevel(_ level: RegionLevel) -> RegionLevel { level == .province ? .prefecture : .county }

    /// Every fact with its value, kind, source and quote, so each number can be checked.
    func factTable(_ rows: [Int]) -> Table {
        // The source column fits a seed-style file name and line (`004_1f6891cf0bc37d1b.txt:21`) on one line.
        let columns = [TableColumn(header: labels.metric, weight: 0.85),
                       TableColumn(header: labels.value, alignment: .trailing, weight: 0.85),
                       TableColumn(header: labels.status, weight: 0.45),
                       TableColumn(header: labels.source, weight: 2.2),
                       TableColumn(header: labels.quote, weight: 2.4)]
        return Table(columns: columns, rows: rows.map { i in
            let f = facts.complete(i)
            let value = f.valueHigh.map { DisplayNumber.magnitude(f.value) + "—" + DisplayNumber.magnitude($0) + f.unit }
                ?? DisplayNumber.format(f.value, unit: f.unit, qualifier: f.qualifier)
            let place = f.place.isEmpty ? "" : "［\(f.place)］"
            return [MetricCatalog.info(f.metric).label(config.language), value, labels.statusName(f.status.rawValue),
                    TotalsExport.reference(f), place + Self.shortened(f.quote)]
        })
    }

    /// Quotes longer than this many characters are shortened in the brief (facts.csv keeps them whole).
    static let quoteLimit = 240

    /// A quote as the brief shows it: whole when short; else its start and its end (where the
    /// figure usually stands) around an ellipsis. A clause of a file without punctuation can be
    /// megabytes long: drawn whole it took minutes and gigabytes.
    static func shortened(_ quote: String) -> String {
        let scalars = quote.unicodeScalars
        guard scalars.count > quoteLimit else { return quote }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(quoteLimit / 2))
        out.append("…")
        out.append(contentsOf: scalars.suffix(quoteLimit / 2))
        return String(out)
    }

    // MARK: Appendix

    /// Every correction that changed a figure: where, the figure as found, what changed. None: no section.
    func correctionsSection() -> [BriefSection] {
        guard !extraction.corrections.isEmpty else { return [] }
        let table = Table(
            columns: [TableColumn(header: labels.source, weight: 1.6), TableColumn(header: labels.figure, weight: 1.2),
                      TableColumn(header: labels.change, weight: 2.4)],
            rows: extraction.corrections.map { c in
                let found = MetricCatalog.info(c.metric).label(config.language) + " " + DisplayNumber.format(c.value, unit: c.unit)
                let change = c.dropped ? labels.dropped
                    : c.changes.isEmpty ? labels.unchanged
                    : c.changes.map { labels.fieldName($0.field) + "：" + ($0.old.isEmpty ? "—" : $0.old) + " → " + ($0.new.isEmpty ? "—" : $0.new) }
                        .joined(separator: "\n")
                return ["\(c.document):\(c.line)", found + (c.figures > 1 ? labels.figureCount(c.figures) : ""), change]
            })
        return [BriefSection(title: labels.corrections, level: 2, anchor: "appendix-corrections", blocks: [.table(table)])]
    }

    /// The appendix: figures without a region, documents read, warnings; each its own entry in contents.
    func appendixSections() -> [BriefSection] {
        let loose = (factsByRegion[""] ?? []).map(Int.init)
        var read = extraction.documents
        var documentBlocks: [Block] = []
        if read.count > Self.allDocumentsUpTo {
            let total = read.count
            read = Array(read.filter { $0.region.region == nil || $0.figures == 0 }.prefix(Self.allDocumentsUpTo))
            documentBlocks.append(.note(labels.someDocuments(listed: read.count, of: total)))
        }
        // Built from facts files, only the documents' names and figures are known.
        if extraction.fromFacts { documentBlocks.insert(.note(labels.fromFactsNote), at: 0) }
        let documents = extraction.fromFacts
            ? Table(columns: [TableColumn(header: labels.document, weight: 2),
                              TableColumn(header: labels.figures, alignment: .trailing, weight: 0.6)],
                    rows: read.map { [$0.path, "\($0.figures)"] })
            : Table(
            columns: [TableColumn(header: labels.document, weight: 2), TableColumn(header: labels.encoding),
                      TableColumn(header: labels.script), TableColumn(header: labels.region, weight: 1.3),
                      TableColumn(header: labels.figures, alignment: .trailing, weight: 0.6)],
            rows: read.map { d in
                [d.path, d.source.encoding, labels.scriptName(d.source.script), d.region.region.map { labels.documentRegion($0.name, fromPath: d.regionFromPath) } ?? "—", "\(d.figures)"]
            })
        if !read.isEmpty { documentBlocks.append(.table(documents)) }
        // Skipped files are among the warnings, each with its reason.
        let warnings = extraction.warnings
        return [
            BriefSection(title: labels.appendix, level: 1, anchor: "appendix", blocks: []),
            BriefSection(title: labels.unattributed, level: 2, anchor: "appendix-unattributed",
                         blocks: loose.isEmpty ? [.paragraph(labels.noneUnattributed)] : listedFacts(loose)),
        ] + correctionsSection() + [
            BriefSection(title: labels.documentsRead, level: 2, anchor: "appendix-documents", blocks: documentBlocks),
            BriefSection(title: labels.warnings, level: 2, anchor: "appendix-warnings",
                         blocks: warnings.isEmpty ? [.paragraph(labels.noWarnings)] : warnings.map { .paragraph($0) }),
        ]
    }
}
