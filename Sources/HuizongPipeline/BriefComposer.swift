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
    /// Each region's total of a metric in the metric's main unit, by `metric|code`.
    let mainTotals: [String: RegionTotal]
    /// Directly administered counties by the prefecture their code sits under.
    let directUnder: [String: [String]]
    /// Provinces and the rows under them, shared by overview, charts and sections.
    let structure: BriefStructure
    /// Facts by the section that lists them (a row's code; its province for figures of regions without a row).
    let factsBySection: [String: [Int32]]
    /// Each document's title and date, by path, for citing its figures.
    let headings: [String: ArticleHeading]

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
        var main: [String: RegionTotal] = [:]
        for rows in ranked.values { for r in rows { main["\(r.metric)|\(r.region.code)"] = r } }
        self.mainTotals = main
        var directUnder: [String: [String]] = [:]
        for code in BriefStructure.directlyAdministered.sorted() {
            if let parent = gazetteer.region(code: code)?.parentCode { directUnder[parent, default: []].append(code) }
        }
        self.directUnder = directUnder
        let metricIDs = shownMetrics.map(\.id)
        let rankMetric = metricIDs.first ?? ""
        let own = { (region: Region) -> Bool in
            metricIDs.contains { Self.ownTotal(region, $0, main: main, directUnder: directUnder) != nil }
        }
        let structure = BriefStructure(
            totals: totals.totals, metrics: metricIDs,
            rank: { (main["\(rankMetric)|\($0.code)"]?.value, $0.code) },
            configLevel: config.overviewLevel, gazetteer: gazetteer, hasOwnCell: own,
            alsoProvinces: Self.provincesListed(byRegion, facts: extraction.facts, gazetteer: gazetteer))
        self.structure = structure
        var sectionOf: [String: String] = [:]
        var bySection: [String: [Int32]] = [:]
        for (code, indices) in byRegion where !code.isEmpty {
            let section = sectionOf[code] ?? structure.section(of: code, gazetteer: gazetteer) ?? ""
            sectionOf[code] = section
            bySection[section, default: []] += indices
        }
        self.factsBySection = bySection.mapValues { $0.sorted() }
        self.headings = Dictionary(extraction.documents.map { ($0.path, $0.heading) }, uniquingKeysWith: { a, _ in a })
    }

    /// Documents beyond which the appendix lists only those that need a look (no region, no
    /// figures); manifest.json lists them all. 10,000 documents would otherwise fill 300 pages.
    static let allDocumentsUpTo = 200

    /// Regions with figures of their own, beyond which the brief keeps sections to the overview
    /// level and above, so a corpus of thousands of articles still gives a brief of readable length.
    static let allSectionsUpTo = 60

    /// Figures listed per section in the short form for a large corpus (the rest are in facts.csv).
    static let factsPerLargeSection = 3

    var facts: FactTable { extraction.facts }
    var numbers: BriefNumbers { BriefNumbers(language: config.language) }


    func compose(date: String?) -> BriefContent {
        let sections = [overviewSection(), chartsSection()].compactMap { $0 } + regionSections() + appendixSections()
        var content = BriefContent(
            title: config.shownTitle, subtitle: config.shownSubtitle, organisation: config.shownOrganisation, date: date,
            keyNumbers: keyNumbers(), sections: sections,
            labels: BriefLabels(contents: labels.contents, pageFooter: labels.pageFooter, continued: labels.continued),
            keywords: metricsShown().map { $0.label(config.language) })
        content.period = config.shownPeriod.map(labels.period)
        content.lead = lead()
        return content
    }

    // MARK: Which metrics and regions

    /// Provinces with a figure a section lists (a summable metric), whatever its status.
    static func provincesListed(_ byRegion: [String: [Int32]], facts: FactTable, gazetteer: Gazetteer) -> [Region] {
        var found: [String: Region] = [:]
        for (code, indices) in byRegion where !code.isEmpty {
            guard let province = gazetteer.path(of: code).first, found[province.code] == nil else { continue }
            if indices.contains(where: { summarised(facts.metric(at: Int($0))) }) { found[province.code] = province }
        }
        return found.keys.sorted().map { found[$0]! }
    }

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
        numbers.format(t.value, unit: t.unit, qualifier: t.qualifier)
    }

    /// The facts of a section: all of them up to the config's limit; past it the largest of each
    /// metric, in text order, and a note sending the reader to facts.csv for the rest.
    func listedFacts(_ indices: [Int], showRegion: Bool = false, section: String = "") -> [Block] {
        // A brief of hundreds of regions lists fewer figures per section, so it stays short.
        let limit = isLarge ? min(config.factsPerRegion, Self.factsPerLargeSection) : config.factsPerRegion
        guard indices.count > limit else { return [.table(factTable(indices, showRegion: showRegion, section: section))] }
        // Results first, then by metric in taxonomy order, largest value first, then text order;
        // each fact's key is made once (a section can hold thousands of facts).
        let keys = indices.enumerated().map { n, i in
            let f = facts[i]
            return ListingKey(kind: (f.status == .result ? 0 : 1) * 1000 + (Self.metricOrder[f.metric] ?? 99),
                              value: f.value, approximate: NSDecimalNumber(decimal: f.value).doubleValue, position: n)
        }
        // The largest of each kind in turn (results first, metrics in taxonomy order), so a short
        // list shows several metrics rather than the three largest of the first one.
        var byKind: [[ListingKey]] = []
        for key in keys.sorted(by: ListingKey.listedBefore) {
            if byKind.last?.first?.kind == key.kind { byKind[byKind.count - 1].append(key) } else { byKind.append([key]) }
        }
        var picked: [Int] = []
        var round = 0
        while picked.count < limit {
            let layer = byKind.compactMap { round < $0.count ? $0[round].position : nil }
            if layer.isEmpty { break }
            picked += layer.prefix(limit - picked.count)
            round += 1
        }
        let chosen = picked.sorted()
        return [.table(factTable(chosen.map { indices[$0] }, showRegion: showRegion, section: section)), .note(labels.moreFacts(indices.count - limit))]
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
    func factTable(_ rows: [Int], showRegion: Bool = false, section: String = "") -> Table {
        // The source column fits a seed-style file name and line (`004_1f6891cf0bc37d1b.txt:21`) on one line.
        let en = config.language == .en
        let columns = [TableColumn(header: labels.metric, weight: 1.05),
                       TableColumn(header: labels.value, alignment: .trailing, weight: en ? 1.15 : 0.95),
                       TableColumn(header: labels.status, weight: en ? 0.65 : 0.5),
                       TableColumn(header: labels.source, weight: 2.25),
                       TableColumn(header: labels.quote, weight: 1.95)]
        return Table(columns: columns, rows: rows.map { i in
            let f = facts.complete(i)
            let value = f.valueHigh.map { numbers.range(f.value, $0, unit: f.unit) }
                ?? numbers.format(f.value, unit: f.unit, qualifier: f.qualifier)
            // A section listing the figures of several regions (a prefecture's counties) names the
            // region of each figure not its own before the quote, with the place below it.
            let names = [showRegion && f.regionCode != section ? regionName(code: f.regionCode, chinese: f.region) : "", f.place].filter { !$0.isEmpty }
            let place = names.isEmpty ? "" : "［" + names.joined(separator: " · ") + "］"
            let source = headings[f.document].map { $0.citation(reference: TotalsExport.reference(f)) } ?? TotalsExport.reference(f)
            return [MetricCatalog.info(f.metric).tableLabel(config.language), value, labels.statusName(f.status.rawValue),
                    source, place + Self.shortened(f.quote)]
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
                let found = MetricCatalog.info(c.metric).tableLabel(config.language) + " " + numbers.format(c.value, unit: c.unit)
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
        // What the run read: bookkeeping for whoever checks the brief, not the campaign's numbers.
        documentBlocks.append(.paragraph(bookkeeping()))
        let documents = extraction.fromFacts
            ? Table(columns: [TableColumn(header: labels.document, weight: 2),
                              TableColumn(header: labels.figures, alignment: .trailing, weight: 0.6)],
                    rows: read.map { [$0.path, "\($0.figures)"] })
            : Table(
            columns: [TableColumn(header: labels.document, weight: 2), TableColumn(header: labels.encoding),
                      TableColumn(header: labels.script), TableColumn(header: labels.region, weight: 1.3),
                      TableColumn(header: labels.figures, alignment: .trailing, weight: 0.6)],
            rows: read.map { d in
                [d.path, d.source.encoding, labels.scriptName(d.source.script), d.region.region.map { labels.documentRegion(regionName($0), fromPath: d.regionFromPath) } ?? "—", "\(d.figures)"]
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
