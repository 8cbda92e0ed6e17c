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
        let t = document.scalars
        var facts: [Fact] = []
        var markerSentence: Range<Int>? = nil
        var markers = MetricRules.SentenceMarkers()
        var inHeading: [Bool] = []
        let figures = scanner.figures(in: t)
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
            let place = FigurePlace(figure: f.start..<f.end, start: f.start, unitEnd: f.unitRange.upperBound,
                                    clause: clause, context: context,
                                    previousClause: previousClause,
                                    sentence: sentence)
            let metric = rules.metric(unit: f.unit, in: t, at: place)
            if markerSentence != sentence {
                markerSentence = sentence
                markers = rules.sentenceMarkers(in: t, sentence: sentence)
            }
            let who = attribute(f.start, clause, sentence, paragraph)
            let fact = Fact(document: document.path, line: document.line(at: f.start),
                            regionCode: who.region?.code ?? "", region: who.region?.name ?? "",
                            place: who.place ?? "", metric: metric, value: f.value, valueHigh: f.valueHigh,
                            unit: f.unit, qualifier: f.qualifier, scope: rules.scope(markers, at: place),
                            status: rules.status(in: t, at: place), quote: QuoteText.quote(t, clause: clause, figure: f.start..<f.unitRange.upperBound))
            if dedup.admit(fact, sentence: sentence, written: t[f.start..<f.unitRange.upperBound]) {
                facts.append(fact)
                inHeading.append(paragraphSpan.map { $0.kind == .title || $0.kind == .heading } ?? false)
            }
        }
        return Self.droppingHeadlineRepeats(facts, inHeading: inHeading)
    }

    /// A figure in a title or heading that the body states again (same value, unit, metric and
    /// region) is the body's figure announced: the body's statement is kept, the headline's dropped.
    static func droppingHeadlineRepeats(_ facts: [Fact], inHeading: [Bool]) -> [Fact] {
        guard inHeading.contains(true) else { return facts }
        // The body's figures in a set, looked up once per headline figure: comparing every
        // headline with every body figure was quadratic in a document of many headings.
        var body = Set<HeadlineKey>()
        for (k, f) in facts.enumerated() where !inHeading[k] { body.insert(HeadlineKey(f)) }
        var out: [Fact] = []
        for (k, f) in facts.enumerated() {
            if inHeading[k] && body.contains(HeadlineKey(f)) { continue }
            out.append(f)
        }
        return out
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
