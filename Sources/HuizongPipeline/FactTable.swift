import Foundation
import HuizongFacts

/// A run's facts, held compactly so memory stays small as a corpus grows (issue 8).
///
/// A `Fact` carries seven strings (16 bytes each, plus a heap copy for the longer ones) and its
/// quote. Here the strings that repeat — document paths, region codes and names, places, metrics,
/// units — are stored once in a pool and referred to by number, and the quotes go to a
/// `QuoteStore` on disk: about 80 bytes of memory per fact instead of about 400.
///
/// Reading an element gives back the `Fact` with its `quote` left empty (totals and the brief's
/// tables need everything else, for every fact, many times); `quote(at:)` reads one quote back.
/// `facts.csv` and `facts.jsonl` are written from the full facts while they are extracted.
public struct FactTable: RandomAccessCollection, Sendable {
    struct Row {
        var document: Int32, line: Int32, regionCode: Int32, region: Int32, place: Int32
        var metric: Int32, unit: Int32
        var qualifier: Qualifier, scope: Scope, status: Status
        var value: Decimal
        var valueHigh: Decimal?
    }

    private var rows: [Row] = []
    private var pool = StringPool()
    private let quotes: QuoteStore

    /// An empty table.
    public init() throws { quotes = try QuoteStore() }

    /// A table of `facts` (for tests and the benchmark, which build facts by hand).
    public init(_ facts: [Fact]) throws {
        try self.init()
        try append(facts)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    /// Fact `i`, without its quote.
    public subscript(i: Int) -> Fact {
        let r = rows[i]
        return Fact(document: pool[r.document], line: Int(r.line), regionCode: pool[r.regionCode], region: pool[r.region],
                    place: pool[r.place], metric: pool[r.metric], value: r.value, valueHigh: r.valueHigh,
                    unit: pool[r.unit], qualifier: r.qualifier, scope: r.scope, status: r.status, quote: "")
    }

    /// The quote of fact `i`, read back from the store.
    public func quote(at i: Int) -> String { quotes.quote(i) }

    /// Fact `i` with its quote.
    public func complete(_ i: Int) -> Fact {
        var fact = self[i]
        fact.quote = quote(at: i)
        return fact
    }

    /// Appends one document's facts (from a single thread: the extraction's in-order collector).
    mutating func append(_ facts: [Fact]) throws {
        rows.reserveCapacity(rows.count + facts.count)
        for f in facts {
            rows.append(Row(document: pool.number(f.document), line: Int32(clamping: f.line),
                            regionCode: pool.number(f.regionCode), region: pool.number(f.region),
                            place: pool.number(f.place), metric: pool.number(f.metric), unit: pool.number(f.unit),
                            qualifier: f.qualifier, scope: f.scope, status: f.status,
                            value: f.value, valueHigh: f.valueHigh))
            try quotes.append(f.quote)
        }
    }
}

/// Strings stored once each, referred to by number; number 0 is the empty string.
struct StringPool: Sendable {
    private var strings: [String] = [""]
    private var numbers: [String: Int32] = ["": 0]

    subscript(n: Int32) -> String { strings[Int(n)] }

    mutating func number(_ s: String) -> Int32 {
        if let n = numbers[s] { return n }
        let n = Int32(strings.count)
        strings.append(s)
        numbers[s] = n
        return n
    }
}
