import Foundation
import HuizongText
import HuizongFormats
import HuizongPlaces
import HuizongFacts
import HuizongTotals

/// What a run learned about one input document (the document itself is dropped after extraction,
/// so memory grows with the number of facts, not with the corpus).
public struct DocumentSummary: Sendable, Equatable {
    public var path: String
    public var source: SourceInfo
    /// The region the document is about, as inferred (or overridden), and why.
    public var region: Attribution
    /// How many facts it gave.
    public var figures: Int
    /// True when the text names no place and the region came from the file or folder name.
    public var regionFromPath = false
    /// The article's title and date as its first lines give them, for citing it in the brief.
    var heading = ArticleHeading(title: nil, date: nil)
}

/// A run's facts and what it read, in a stable order whatever the number of threads.
public struct Extraction: Sendable {
    /// All facts, grouped by document in path order, in text order within a document; held
    /// compactly, quotes on disk (`FactTable`).
    public var facts: FactTable
    public var documents: [DocumentSummary]
    /// Files found under the inputs but not read (a format Huizong does not read, a damaged file,
    /// a scan without text…), relative paths; each also has its warning.
    public var skipped: [String]
    /// Problems that did not stop the run, each naming its file.
    public var warnings: [String]
    /// What the corrections file changed, in document order (issue 17).
    public var corrections: [AppliedCorrection] = []
    /// Corrections that matched no figure, named (also among `warnings`); `check` fails on them.
    public var staleCorrections: [String] = []
    /// Built from facts files (`build --facts`), not from articles: the documents are those the
    /// facts name, with no encoding, script or region of their own.
    public var fromFacts = false

    public init(facts: FactTable, documents: [DocumentSummary], skipped: [String], warnings: [String]) {
        self.facts = facts; self.documents = documents; self.skipped = skipped; self.warnings = warnings
    }
}

/// Where `facts.csv` and `facts.jsonl` are written while the facts are extracted, so the full
/// facts (with their quotes) never need to be held all at once. Either may be absent.
public struct FactStreams {
    public var csv: ByteSink?
    public var jsonl: ByteSink?
    /// Whether the CSV starts with a BOM: yes in files (for spreadsheets), no on standard output.
    public var csvBOM: Bool
    public init(csv: ByteSink? = nil, jsonl: ByteSink? = nil, csvBOM: Bool = true) {
        self.csv = csv; self.jsonl = jsonl; self.csvBOM = csvBOM
    }
}

/// Reads, resolves and extracts documents; the stages before totals.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let config: BriefConfig
    let resolver: PlaceResolver
    let factExtractor: FactExtractor
    /// Applied to each document's facts as soon as they are extracted (`huizong facts` passes none).
    public let corrections: Corrections

    public init(gazetteer: Gazetteer, config: BriefConfig, corrections: Corrections = Corrections()) {
        self.gazetteer = gazetteer
        self.config = config
        self.corrections = corrections
        self.resolver = PlaceResolver(gazetteer: gazetteer)
        self.factExtractor = FactExtractor()
    }

    /// Runs the text, places and facts stages over every input, `jobs` documents at a time,
    /// writing every fact to `streams` as it goes.
    /// The output is the same for any `jobs`: results are taken in document order as they come,
    /// and a document's facts are dropped from the workers as soon as they are stored, so at
    /// most a few documents' results wait at any time. Throws only when an output cannot be written.
    public func run(inputs: [String], jobs: Int, streams: FactStreams = FactStreams(),
                    progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Extraction {
        let collected = InputCollector.collect(inputs)
        let files = collected.files
        // Every file left out is named on the terminal, so `--strict` can fail on it.
        let skipWarnings = collected.skipped.map { path in
            "\(VisibleText.escaped(path)): skipped, not a format Huizong reads (it reads \(FormatReader.extensionList))"
        }
        let box = ExtractionBox(Extraction(facts: try FactTable(), documents: [], skipped: collected.skipped,
                                           warnings: collected.diagnostics.map(Self.message) + skipWarnings),
                                streams: streams, corrections: corrections)
        try box.start()
        let workers = max(1, min(jobs, files.count))
        // Documents are handed out in order, one at a time, to whichever worker is free; a worker
        // may run at most `window` documents ahead of the oldest one not yet collected, so one slow
        // document (a long Traditional one) cannot make the others' results pile up in memory.
        let window = DispatchSemaphore(value: workers * 4)
        let next = WorkCounter()
        let collector = InOrderCollector<DocumentResult> { result in
            box.take(result)
            window.signal()
        }
        let exportCSV = streams.csv != nil, exportJSONL = streams.jsonl != nil
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let reader = FormatReader()
            while true {
                window.wait()
                let i = next.take()
                guard i < files.count else { window.signal(); break }
                var result = process(files[i], reader: reader)
                // Export rows are formatted here, on the worker, so the in-order collector only copies bytes.
                if exportCSV { result.csv = FactsExport.csvRows(result.facts) }
                if exportJSONL { result.jsonl = FactsExport.jsonlRows(result.facts, corrected: result.corrected) }
                let done = collector.deliver(i, result)
                progress?(done, files.count)
            }
        }
        var extraction = try box.finish()
        if extraction.documents.isEmpty {
            extraction.warnings.append("no documents read from \(inputs.joined(separator: ", ")) (Huizong reads \(FormatReader.extensionList))")
        }
        return extraction
    }

    struct DocumentResult: Sendable {
        var summary: DocumentSummary?
        /// The file's path when it was left out (its warning says why).
        var skipped: String?
        var facts: [Fact] = []
        /// Which of `facts` a correction changed, and what the corrections did.
        var corrected: [Bool] = []
        var applied: [AppliedCorrection] = []
        var warnings: [String] = []
        var csv: [UInt8] = []
        var jsonl: [UInt8] = []
    }

    /// Files larger than this are not articles (a database dump, a log): they are skipped with a
    /// warning instead of being read whole into memory.
    public static let maxDocumentBytes = 64 << 20

    private func process(_ file: InputFile, reader: FormatReader) -> DocumentResult {
        // The path as every output shows it: a file name may carry a newline, ESC or a bidi
        // override, which must not reach facts.csv, facts.jsonl, the brief or a terminal raw.
        let shown = VisibleText.escaped(file.relativePath)
        var bytes: [UInt8]
        switch FileBytes.contents(of: file.url.path, limit: Self.maxDocumentBytes) {
        case .success(let read): bytes = read
        case .failure(.tooLarge(let size)):
            return DocumentResult(summary: nil, warnings: [
                "\(shown): skipped, \(size >> 20) MB is larger than an article can be (limit \(Self.maxDocumentBytes >> 20) MB)"])
        case .failure(.unreadable(let reason)):
            return DocumentResult(summary: nil, warnings: ["\(shown): cannot be read (\(reason))"])
        }
        let document: Document
        switch reader.document(bytes: bytes, file: file, path: shown) {
        case .success(let read): document = read
        case .failure(let failure):
            return DocumentResult(summary: nil, skipped: shown, warnings: [FormatReader.message(failure, path: shown)])
        }
        bytes = []   // the raw file is not needed past decoding (a 60 MB file would stay through extraction)
        let paragraphs = document.paragraphs.map(\.range)
        let override = config.documentRegions[file.relativePath]
        var places = resolver.resolve(scalars: document.scalars, paragraphs: paragraphs, override: override)
        // A text that names no place takes the region its path names (兴和县/报告.txt), resolved
        // as if the config named it, so 全县 and 我县 in it resolve too.
        var fromPath = false
        if override == nil, places.document.region == nil, let hinted = gazetteer.regionNamed(inPath: Self.namedPath(file)) {
            places = resolver.resolve(scalars: document.scalars, paragraphs: paragraphs, override: hinted.code)
            places.document.reason = "document: path names \(hinted.name)"
            fromPath = true
        }
        let resolved = places
        var numberWarnings: [TextDiagnostic] = []
        let found = factExtractor.extract(from: document, attribute: { offset, clause, sentence, paragraph in
            resolved.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
        }, diagnostics: &numberWarnings)
        let corrected = corrections.apply(found, document: shown)
        var summary = DocumentSummary(path: shown, source: document.source, region: resolved.document,
                                      figures: corrected.facts.count, regionFromPath: fromPath)
        summary.heading = ArticleHeading(document)
        return DocumentResult(summary: summary, facts: corrected.facts, corrected: corrected.corrected,
                              applied: corrected.applied, warnings: (document.diagnostics + numberWarnings).map(Self.message))
    }

    /// The path whose names may give a document's region: its relative path with the folder it
    /// was found in in front (`兴和县/报告.txt` for `huizong build 兴和县`), nothing further up.
    static func namedPath(_ file: InputFile) -> String {
        let depth = file.relativePath.split(separator: "/").count + 1
        return file.url.standardizedFileURL.pathComponents.filter { $0 != "/" }.suffix(depth).joined(separator: "/")
    }

    static func message(_ d: TextDiagnostic) -> String { "\(d.path): \(d.message)" }
}

/// Hands out 0, 1, 2… to worker threads.
final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}

/// One slot per document, written from worker threads; read after all workers finish.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    /// Moves the value out of slot `i`, leaving it empty.
    func take(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; let value = slots[i]; slots[i] = nil; return value }
}

/// Hands results to `consume` in index order, whatever order they arrive in from the workers;
/// `consume` runs under the lock, so it needs no locking of its own.
final class InOrderCollector<T: Sendable>: @unchecked Sendable {
    private var waiting: [Int: T] = [:]
    private var next = 0
    private var delivered = 0
    private let lock = NSLock()
    private let consume: (T) -> Void

    init(consume: @escaping (T) -> Void) { self.consume = consume }

    /// Takes the result of item `i`; returns how many items have arrived so far.
    func deliver(_ i: Int, _ value: T) -> Int {
        lock.lock()
        defer { lock.unlock() }
        waiting[i] = value
        while let ready = waiting.removeValue(forKey: next) {
            consume(ready)
            next += 1
        }
        delivered += 1
        return delivered
    }
}

/// The extraction being assembled, fed by the in-order collector (under its lock, so one thread
/// at a time): facts go into the table and their export rows to the streams.
final class ExtractionBox: @unchecked Sendable {
    private var value: Extraction
    private var csv: BufferedWriter?
    private var jsonl: BufferedWriter?
    private let csvBOM: Bool
    private let corrections: Corrections
    /// The first write that failed; the rest of the run is then skipped and the error thrown.
    private var failure: Error?

    init(_ value: Extraction, streams: FactStreams, corrections: Corrections) {
        self.value = value
        csv = streams.csv.map { BufferedWriter($0) }
        jsonl = streams.jsonl.map { BufferedWriter($0) }
        csvBOM = streams.csvBOM
        self.corrections = corrections
    }

    func start() throws { try csv?.append(FactsExport.csvStart(bom: csvBOM)) }

    func take(_ result: Extractor.DocumentResult) {
        value.warnings += result.warnings
        if let skipped = result.skipped { value.skipped.append(skipped) }
        guard let summary = result.summary, failure == nil else { return }
        value.documents.append(summary)
        value.corrections += result.applied
        do {
            try value.facts.append(result.facts)
            try csv?.append(result.csv)
            try jsonl?.append(result.jsonl)
        } catch {
            failure = error
        }
    }

    func finish() throws -> Extraction {
        if let failure { throw failure }
        value.staleCorrections = corrections.stale(applied: Set(value.corrections.map(\.index)))
        value.warnings += value.staleCorrections
        try csv?.flush()
        try jsonl?.flush()
        return value
    }
}
