import Foundation
import HuizongPlaces
import HuizongFacts
import HuizongTotals
import HuizongText

/// A facts file that cannot be read back: its name, the line, what is wrong.
public struct FactsInputError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// The reduce step (`huizong build --facts FILE…`, issue 17): facts files as `huizong facts`
/// writes them — JSON lines or CSV, any number, e.g. one per shard of a corpus — read back into an
/// `Extraction` without reading any article, so totals, charts and brief come out as one run over
/// the whole corpus gives them.
///
/// The order is one run's: documents in path order (as the input walk sorts one folder), each
/// document's facts in the order its file lists them. A document found in two files (shards that
/// overlap) is taken from the first and named in a warning, so nothing is counted twice.
/// The facts are held in memory while the files are read (about 400 bytes a figure).
public enum FactsInput {
    public static func read(_ paths: [String], corrections: Corrections, streams: FactStreams = FactStreams()) throws -> Extraction {
        var byDocument: [String: (file: String, facts: [Fact])] = [:]
        var warnings: [String] = []
        for path in paths {
            var seenHere: Set<String> = []
            for fact in try facts(in: path) {
                if let earlier = byDocument[fact.document], earlier.file != path {
                    if seenHere.insert(fact.document).inserted {
                        warnings.append("\(path): \(fact.document) is also in \(earlier.file); its figures were taken from \(earlier.file) only")
                    }
                    continue
                }
                byDocument[fact.document, default: (path, [])].facts.append(fact)
            }
        }
        let box = ExtractionBox(Extraction(facts: try FactTable(), documents: [], skipped: [], warnings: warnings),
                                streams: streams, corrections: corrections)
        try box.start()
        for document in byDocument.keys.sorted() {
            let found = corrections.apply(byDocument[document]!.facts, document: document)
            let summary = DocumentSummary(path: document, source: SourceInfo(encoding: "", script: "", invalidBytes: 0, byteCount: 0, sha256: ""),
                                          region: Attribution(region: nil, place: nil, reason: "read from a facts file"),
                                          figures: found.facts.count)
            var result = Extractor.DocumentResult(summary: summary, facts: found.facts, corrected: found.corrected, applied: found.applied)
            if streams.csv != nil { result.csv = FactsExport.csvRows(found.facts) }
            if streams.jsonl != nil { result.jsonl = FactsExport.jsonlRows(found.facts, corrected: found.corrected) }
            box.take(result)
        }
        var extraction = try box.finish()
        extraction.fromFacts = true
        return extraction
    }

    /// The facts of one file, JSON lines (`.jsonl`, or a first character `{`) or CSV.
    static func facts(in path: String) throws -> [Fact] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FactsInputError(file: path, line: nil, message: "cannot read the facts file")
        }
        let bytes = [UInt8](data)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let looksJSON = path.hasSuffix(".jsonl") || path.hasSuffix(".json")
            || (!path.hasSuffix(".csv") && body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D }) == UInt8(ascii: "{"))
        return looksJSON ? try jsonLines(Array(body), file: path) : try csv(bytes, file: path)
    }

    /// `facts.jsonl`: one fact a line with the contract's field names; numbers are decoded exactly
    /// (JSONDecoder reads a Decimal from its digits), a `corrected` marker is ignored.
    static func jsonLines(_ bytes: [UInt8], file: String) throws -> [Fact] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var facts: [Fact] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            do {
                facts.append(try decoder.decode(Fact.self, from: Data(line)))
            } catch {
                throw FactsInputError(file: file, line: lineNumber, message: "not a fact as `huizong facts --format jsonl` writes it (\(Self.reason(error)))")
            }
        }
        return facts
    }

    /// `facts.csv`: the contract's header, then one fact a row; formula guards are taken off again.
    static func csv(_ bytes: [UInt8], file: String) throws -> [Fact] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw FactsInputError(file: file, line: nil, message: "not UTF-8")
        }
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(bytes) } catch let bad as CSVReader.Malformed {
            throw FactsInputError(file: file, line: bad.line, message: bad.message)
        }
        guard let header = records.first else { return [] }
        guard header.cells == Fact.fieldNames else {
            throw FactsInputError(file: file, line: header.line,
                                  message: "the header must be facts.csv's: " + Fact.fieldNames.joined(separator: ","))
        }
        return try records.dropFirst().map { record in
            func fail(_ column: String, _ text: String) -> FactsInputError {
                FactsInputError(file: file, line: record.line, message: "column \(column): \"\(text)\" is not valid")
            }
            guard record.cells.count == Fact.fieldNames.count else {
                throw FactsInputError(file: file, line: record.line,
                                      message: "\(record.cells.count) cells, facts.csv has \(Fact.fieldNames.count)")
            }
            let c = record.cells.map(CSVReader.unguarded)
            guard let line = Int(c[1]) else { throw fail("line", c[1]) }
            guard let value = Decimal(string: c[6], locale: Locale(identifier: "en_US_POSIX")) else { throw fail("value", c[6]) }
            var high: Decimal?
            if !c[7].isEmpty {
                guard let h = Decimal(string: c[7], locale: Locale(identifier: "en_US_POSIX")) else { throw fail("value_high", c[7]) }
                high = h
            }
            guard let qualifier = Qualifier(rawValue: c[9]) else { throw fail("qualifier", c[9]) }
            guard let scope = Scope(rawValue: c[10]) else { throw fail("scope", c[10]) }
            guard let status = Status(rawValue: c[11]) else { throw fail("status", c[11]) }
            return Fact(document: c[0], line: line, regionCode: c[2], region: c[3], place: c[4], metric: c[5],
                        value: value, valueHigh: high, unit: c[8], qualifier: qualifier, scope: scope, status: status, quote: c[12])
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            context.codingPath.last.map { "bad \($0.stringValue)" } ?? "not JSON"
        default: "\(error)"
        }
    }
}
