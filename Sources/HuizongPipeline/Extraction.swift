import Foundation
import HuizongText
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
}

/// A run's facts and what it read, in a stable order whatever the number of threads.
public struct Extraction: Sendable {
    /// All facts, grouped by document in path order, in text order within a document; held
    /// compactly, quotes on disk (`FactTable`).
    public var facts: FactTable
    public var documents: [DocumentSummary]
    /// Files found under the inputs but not read (not `.txt`/`.md`), relative paths.
    public var skipped: [String]
    /// Problems that did not stop the run, each naming its file.
    public var warnings: [String]

    public init(facts: FactTable, documents: [DocumentSummary], skipped: [String], warnings: [String]) {
        self.facts = facts; self.documents = documents; self.skipped = skipped; self.warnings = warnings
    }
}

/// Where `facts.csv` and `facts.jsonl` are written while the facts are extracted, so the full
/// facts (with their quotes) never need to be held all at once. Either may be absent.
public struct FactStreams {
    public var csv: ByteSink?
    public var jsonl: ByteSink?
    public init(csv: ByteSink? = nil, jsonl: ByteSink? = nil) { self.csv = csv; self.jsonl = jsonl }
}

/// Reads, resolves and extracts documents; the stages before totals.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let config: BriefConfig
    let resolver: PlaceResolver
    let factExtractor: FactExtractor

    public init(gazetteer: Gazetteer, config: BriefConfig) {
        self.gazetteer = gazetteer
        self.config = config
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
        let box = ExtractionBox(Extraction(facts: try FactTable(), documents: [], skipped: collected.skipped,
                                           warnings: collected.diagnostics.map(Self.message)), streams: streams)
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
            let reader = DocumentReader()
            while true {
                window.wait()
                let i = next.take()
                guard i < files.count else { window.signal(); break }
                var result = process(files[i], reader: reader)
                // Export rows are formatted here, on the worker, so the in-order collector only copies bytes.
                if exportCSV { result.csv = FactsExport.csvRows(result.facts) }
                if exportJSONL { result.jsonl = FactsExport.jsonlRows(result.facts) }
                let done = collector.deliver(i, result)
                progress?(done, files.count)
            }
        }
        return try box.finish()
    }

    struct DocumentResult: Sendable {
        var summary: DocumentSummary?
        var facts: [Fact] = []
        var warnings: [String] = []
        var csv: [UInt8] = []
        var jsonl: [UInt8] = []
    }

    /// Files larger than this are not articles (a database dump, a log): they are skipped with a
    /// warning instead of being read whole into memory.
    public static let maxDocumentBytes = 64 << 20

    private func process(_ file: InputFile, reader: DocumentReader) -> DocumentResult {
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
        let document = reader.document(bytes: bytes, path: shown)
        bytes = []   // the raw file is not needed past decoding (a 60 MB file would stay through extraction)
        let places = resolver.resolve(scalars: document.scalars, paragraphs: document.paragraphs.map(\.range),
                                      override: config.documentRegions[file.relativePath])
        let facts = factExtractor.extract(from: document, attribute: { offset, clause, sentence, paragraph in
            places.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
        })
        let summary = DocumentSummary(path: shown, source: document.source, region: places.document,
                                      figures: facts.count)
        return DocumentResult(summary: summary, facts: facts, warnings: document.diagnostics.map(Self.message))
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
    /// The first write that failed; the rest of the run is then skipped and the error thrown.
    private var failure: Error?

    init(_ value: Extraction, streams: FactStreams) {
        self.value = value
        csv = streams.csv.map { BufferedWriter($0) }
        jsonl = streams.jsonl.map { BufferedWriter($0) }
    }

    func start() throws { try csv?.append(FactsExport.csvStart) }

    func take(_ result: Extractor.DocumentResult) {
        value.warnings += result.warnings
        guard let summary = result.summary, failure == nil else { return }
        value.documents.append(summary)
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
        try csv?.flush()
        try jsonl?.flush()
        return value
    }
}
