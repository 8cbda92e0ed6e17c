import Foundation
import HuizongText
import HuizongPlaces

/// Answers "which region does the figure at this offset belong to" (DocumentPlaces.attribute).
/// Arguments: the figure's offset, and the scalar ranges of its clause, sentence and paragraph.
public typealias Attributor = @Sendable (_ offset: Int, _ clause: Range<Int>, _ sentence: Range<Int>, _ paragraph: Range<Int>) -> Attribution

/// Extracts every figure of a document as `Fact`s.
///
/// One pass over the scalars finds figures (number grammar + units, FigureScanner); each figure's
/// clause then decides metric, status and scope (MetricRules, from `Data/metrics.tsv`), the
/// attributor decides the region, and repeated statements of one figure are dropped (FactDeduplicator).
public struct FactExtractor: Sendable {
    /// The metric rules in use.
    public let rules: MetricRules
    let scanner = FigureScanner()
    /// The ordered decisions of LABELS.md §3 that come before the keyword scoring.
    let order: MetricOrder = Self.bundledOrder

    static let bundledOrder: MetricOrder = {
        do { return try MetricOrder.bundled() } catch { preconditionFailure("HuizongFacts: \(error)") }
    }()

    /// The rules bundled with the module (loaded once per process).
    static let bundledRules: MetricRules = {
        do { return try MetricRules.bundled() } catch { preconditionFailure("HuizongFacts: \(error)") }
    }()

    /// An extractor with the bundled metric rules.
    public init() { rules = Self.bundledRules }

    /// An extractor with other metric rules (same format as `metrics.tsv`).
    public init(rules: MetricRules) { self.rules = rules }

    /// All facts of `document`, in text order, the same figure stated twice counted once
    /// (a caption repeating the body, a headline announcing a figure the body states).
    public func extract(from document: Document, attribute: Attributor) -> [Fact] {
        var ignored: [TextDiagnostic] = []
        return extract(from: document, attribute: attribute, diagnostics: &ignored)
    }

    /// The same, adding to `diagnostics` one warning for each number refused because no exact
    /// Decimal holds it (a hundred-digit run, 一亿亿…): such a number is reported, never rounded.
    public func extract(from document: Document, attribute: Attributor, diagnostics: inout [TextDiagnostic]) -> [Fact] {
        let t = document.scalars
        var facts: [Fact] = []
        var markerSentence: Range<Int>? = nil
        var markers = MetricRules.SentenceMarkers()
        var inHeading: [Bool] = []
        var evidence: [UnmarkedSeries.Evidence] = []
        var paragraphPlan = MetricRules.ParagraphPlan()
        let scan = scanner.scan(t)
        let figures = scan.figures
        for r in scan.refused {
            let shown = String(String.UnicodeScalarView(t[r].prefix(24))) + (r.count > 24 ? "…" : "")
            diagnostics.append(TextDiagnostic(path: document.path,
                                              message: "line \(document.line(at: r.lowerBound)): number \(shown) is too long or too large to read exactly; not counted"))
        }
        var dedup = FactDeduplicator(expected: figures.count)
        var clauses = ClauseMemo()
        facts.reserveCapacity(figures.count)
        inHeading.reserveCapacity(figures.count)
        for (k, f) in figures.enumerated() {
            let sentence = ClauseBreaks.span(document.sentences, containing: f.start)?.range
                ?? ClauseBreaks.sentence(t, around: f.start)
            let paragraphSpan = ClauseBreaks.span(document.paragraphs, containing: f.start)
            let paragraph = paragraphSpan?.range ?? ClauseBreaks.paragraph(t, around: f.start)
            let (clause, previousClause) = clauses.clause(t, around: f.start, end: f.end, within: sentence)
            // Keywords beyond a neighbouring figure of the same clause describe that figure
            // (`接种疫苗27904人次、培训师资3519人次、开展活动3547场`).
            var context = clause
            if k > 0, figures[k - 1].end > clause.lowerBound, figures[k - 1].end <= f.start {
                context = figures[k - 1].end..<context.upperBound
            }
            if k + 1 < figures.count, figures[k + 1].start < context.upperBound, figures[k + 1].start >= f.end {
                context = context.lowerBound..<figures[k + 1].start
            }
            // The rules read at most `MetricOrder.reach` scalars around the figure, so a line without
            // punctuation does not make every figure read all of it.
            let place = MetricOrder.bounded(FigurePlace(figure: f.start..<f.end, start: f.start, unitEnd: f.unitRange.upperBound,
                                    clause: clause, context: context,
                                    previousClause: previousClause,
                                    sentence: sentence))
            if Self.isAnecdote(t, clause: clause, start: f.start) { continue }
            let metric = order.decide(unit: f.unit, in: t, at: place) ?? rules.metric(unit: f.unit, in: t, at: place)
            if markerSentence != sentence {
                markerSentence = sentence
                markers = rules.sentenceMarkers(in: t, sentence: sentence)
            }
            let who = attribute(f.start, clause, sentence, paragraph)
            let fact = Fact(document: document.path, line: document.line(at: f.start),
                            regionCode: who.region?.code ?? "", region: who.region?.name ?? "",
                            place: who.place ?? "", metric: metric, value: f.value, valueHigh: f.valueHigh,
                            unit: f.unit, qualifier: f.qualifier, scope: rules.scope(markers, in: t, at: place, unit: f.unit, owner: who),
                            status: rules.status(in: t, at: place, sentence: markers,
                                                paragraphPlanned: paragraphPlan.advance(rules, t, paragraph: paragraph, to: sentence.lowerBound)),
                            quote: QuoteText.quote(t, clause: clause, figure: f.start..<f.unitRange.upperBound))
            if dedup.admit(fact, sentence: sentence, written: t[f.start..<f.unitRange.upperBound]) {
                facts.append(fact)
                inHeading.append(paragraphSpan.map { $0.kind == .title || $0.kind == .heading } ?? false)
                evidence.append(UnmarkedSeries.Evidence(wholeMarker: rules.wholeMarker(in: t, at: place),
                                                        saysDone: UnmarkedSeries.saysDone(t, clause: place.clause, before: f.start),
                                                        sentence: sentence.lowerBound,
                                                        rest: place.clause.lowerBound..<min(place.sentence.upperBound, place.unitEnd + RestatedTargets.doneReach),
                                                        figure: place.start..<place.unitEnd,
                                                        breakdown: markers.breakdown.map { $0 <= f.start } ?? false,
                                                        inSubset: markers.subset.map { $0 <= f.start } ?? false,
                                                        oneYear: UnmarkedSeries.namesOneYear(t, clause: place.clause, before: f.start),
                                                        comparison: UnmarkedSeries.compares(t, clause: place.clause, before: f.start),
                                                        listed: k > 0 && figures[k - 1].end > clause.lowerBound && figures[k - 1].end <= f.start
                                                            && t[figures[k - 1].end..<f.start].contains("、")))
            }
        }
        RestatedTargets.carry(&facts, evidence: evidence, text: t, rules: rules)
        UnmarkedSeries.narrow(&facts, evidence: evidence)
        RateScope.follow(&facts, evidence: evidence)
        return Self.droppingHeadlineRepeats(facts, inHeading: inHeading)
    }

    /// Scalars after 我 that make it a region or a body (我市, 我县, 我们), or the campaign's name (我为群众办实事).
    static let notFirstPerson: Set<Unicode.Scalar> = ["市", "县", "区", "省", "州", "盟", "旗", "镇", "乡", "村", "国",
                                                       "们", "們", "委", "局", "校", "院", "部", "厅", "办", "所", "站", "为", "為"]

    /// One person's words in an anecdote (LABELS.md §1: `我贷100万元买了105头牛`, `我提了两个问题`): a
    /// first-person 我 just before the number in its clause.
    static func isAnecdote(_ t: [Unicode.Scalar], clause: Range<Int>, start: Int) -> Bool {
        var k = max(clause.lowerBound, start - 4)
        while k < start {
            if t[k] == "我" && (k + 1 >= t.count || !notFirstPerson.contains(t[k + 1])) { return true }
            k += 1
        }
        return false
    }

    /// A figure in a title or heading that the body states again (same value, unit, metric and
    /// region) is one figure: it is kept where it is first stated, the title (LABELS.md §2: a figure
    /// stated again is one figure, labelled at its first statement), with what the body says of it
    /// (its scope and place, and its status unless the headline's is a plan or standard: the body's
    /// clause says more than a headline); the body's
    /// statement is dropped.
    static func droppingHeadlineRepeats(_ facts: [Fact], inHeading: [Bool]) -> [Fact] {
        guard inHeading.contains(true) else { return facts }
        var kept = facts
        var dropped = Set<Int>()
        // The body's figures by what makes them the same figure, each list in text order: looked
        // up once per headline figure (comparing every pair was quadratic in a document of many headings).
        var body: [HeadlineKey: [Int]] = [:]
        for (j, f) in facts.enumerated() where !inHeading[j] { body[HeadlineKey(f), default: []].append(j) }
        for k in facts.indices where inHeading[k] {
            let key = HeadlineKey(facts[k])
            guard var candidates = body[key], !candidates.isEmpty else { continue }
            let j = candidates.removeFirst()
            body[key] = candidates
            // A plan or standard either statement states holds for the figure (`今年要为老百姓办10件实事`
            // in the title, `10件为民办实事重点项目` in the body).
            if facts[k].status == .result { kept[k].status = facts[j].status }
            kept[k].scope = facts[j].scope
            kept[k].place = facts[j].place
            dropped.insert(j)
        }
        return kept.indices.filter { !dropped.contains($0) }.map { kept[$0] }
    }

    /// The figures of a bare string, without region or provenance (for tools and tests).
    public func extract(text: String, path: String = "") -> [Fact] {
        let scalars = Array(text.unicodeScalars)
        let doc = Document(path: path, text: text, scalars: scalars, paragraphs: [], sentences: [],
                           source: SourceInfo(encoding: "utf-8", script: "simplified", invalidBytes: 0,
                                              byteCount: text.utf8.count, sha256: ""),
                           lineMap: LineMap(starts: [0], lines: [1]), diagnostics: [])
        return extract(from: doc) { _, _, _, _ in Attribution(region: nil, place: nil, reason: "none") }
    }
}

/// What makes a headline's figure the body's: unit, metric, region, value and upper value.
private struct HeadlineKey: Hashable {
    let unit: String, metric: String, regionCode: String
    let value: Decimal, valueHigh: Decimal?
    init(_ f: Fact) {
        unit = f.unit; metric = f.metric; regionCode = f.regionCode; value = f.value; valueHigh = f.valueHigh
    }
}
