import Foundation
import HuizongText
import HuizongPlaces
import HuizongFacts

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
    /// All facts, grouped by document in path order, in text order within a document.
    public var facts: [Fact]
    public var documents: [DocumentSummary]
    /// Files found under the inputs but not read (not `.txt`/`.md`), relative paths.
    public var skipped: [String]
    /// Problems that did not stop the run, each naming its file.
    public var warnings: [String]

    public init(facts: [Fact], documents: [DocumentSummary], skipped: [String], warnings: [String]) {
        self.facts = facts; self.documents = documents; self.skipped = skipped; self.warnings = warnings
    }
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

    /// Runs the text, places and facts stages over every input, `jobs` documents at a time.
    /// The output is the same for any `jobs`: results are taken in document order as they come,
    /// and a document's facts are dropped from the workers as soon as they are in the list, so at
    /// most a few documents' results wait at any time.
    public func run(inputs: [String], jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Extraction {
        let collected = InputCollector.collect(inputs)
        let files = collected.files
        let box = ExtractionBox(Extraction(facts: [], documents: [], skipped: collected.skipped,
                                           warnings: collected.diagnostics.map(Self.message)))
        let collector = InOrderCollector<DocumentResult> { result in
            box.value.warnings += result.warnings
            if let summary = result.summary {
                box.value.documents.append(summary)
                box.value.facts += result.facts
            }
        }
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let reader = DocumentReader()
            var i = worker
            while i < files.count {
                let done = collector.deliver(i, process(files[i], reader: reader))
                progress?(done, files.count)
                i += workers
            }
        }
        return box.value
    }

    private struct DocumentResult: Sendable {
        var summary: DocumentSummary?
        var facts: [Fact] = []
        var warnings: [String] = []
    }

    /// Files larger than this are not articles (a database dump, a log): they are skipped with a
    /// warning instead of being read whole into memory.
    public static let maxDocumentBytes = 64 << 20

    private func process(_ file: InputFile, reader: DocumentReader) -> DocumentResult {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.url.path)[.size] as? Int) ?? 0
        if size > Self.maxDocumentBytes {
            return DocumentResult(summary: nil, warnings: [
                "\(file.relativePath): skipped, \(size >> 20) MB is larger than an article can be (limit \(Self.maxDocumentBytes >> 20) MB)"])
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: file.url))
        } catch {
            return DocumentResult(summary: nil, warnings: ["\(file.relativePath): cannot be read (\(Self.reason(error)))"])
        }
        let document = reader.document(bytes: bytes, path: file.relativePath)
        let places = resolver.resolve(scalars: document.scalars, paragraphs: document.paragraphs.map(\.range),
                                      override: config.documentRegions[file.relativePath])
        let facts = factExtractor.extract(from: document, attribute: { offset, clause, sentence, paragraph in
            places.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
        })
        let summary = DocumentSummary(path: file.relativePath, source: document.source, region: places.document,
                                      figures: facts.count)
        return DocumentResult(summary: summary, facts: facts, warnings: document.diagnostics.map(Self.message))
    }

    static func message(_ d: TextDiagnostic) -> String { "\(d.path): \(d.message)" }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
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

/// The extraction being assembled, shared with the collector's closure.
final class ExtractionBox: @unchecked Sendable {
    var value: Extraction
    init(_ value: Extraction) { self.value = value }
}
