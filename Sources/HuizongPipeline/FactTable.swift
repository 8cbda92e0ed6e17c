import Foundation
import HuizongFacts

/// A run's facts, held compactly so memory stays small as a corpus grows (issue 8).
///
/// A `Fact` carries seven strings (16 bytes each, plus a heap copy for the longer ones) and its
/// quote. Here the strings that repeat — document paths, region codes and names, places, metrics,
/// units — are stored once in a pool and referred to by number, and the quotes go to a
/// `QuoteStore` on disk: about 50 bytes of memory per fact instead of about 400.
///
/// Reading an element gives back the `Fact` with its `quote` left empty (totals and the brief's
/// tables need everything else, for every fact, many times); `quote(at:)` reads one quote back.
/// `facts.csv` and `facts.jsonl` are written from the full facts while they are extracted.
public struct FactTable: RandomAccessCollection, Sendable {
    /// 44 bytes: every field of a fact but its quote and the upper end of a range.
    struct Row {
        var document: Int32, line: Int32, region: Int32, place: Int32
        var metric: UInt16, unit: UInt16
        var qualifier: Qualifier, scope: Scope, status: Status
        var value: Decimal
    }

    /// Rows in chunks of fixed size: the table grows without copying itself, so it never needs
    /// twice its size while growing as one array would.
    private var chunks: [[Row]] = []
    private static let chunkBits = 16
    private var rowCount = 0
    /// Upper ends of ranges (`1—2件`), by fact number: few facts are ranges.
    private var highs: [Int: Decimal] = [:]
    private var pool = StringPool()
    /// Metrics and units: a few dozen, from fixed tables, so 16-bit numbers hold them.
    private var kinds = StringPool()
    /// Region code and name, as one pooled pair each.
    private var regions: [(code: String, name: String)] = [("", "")]
    private var regionNumbers: [String: Int32] = ["": 0]
    private let quotes: QuoteStore

    /// An empty table.
    public init() throws { quotes = try QuoteStore() }

    /// A table of `facts` (for tests and the benchmark, which build facts by hand).
    public init(_ facts: [Fact]) throws {
        try self.init()
        try append(facts)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rowCount }

    /// Fact `i`, without its quote.
    public subscript(i: Int) -> Fact {
        let r = chunks[i >> Self.chunkBits][i & (1 << Self.chunkBits - 1)]
        let region = regions[Int(r.region)]
        return Fact(document: pool[r.document], line: Int(r.line), regionCode: region.code, region: region.name,
                    place: pool[r.place], metric: kinds[Int32(r.metric)], value: r.value, valueHigh: highs[i],
                    unit: kinds[Int32(r.unit)], qualifier: r.qualifier, scope: r.scope, status: r.status, quote: "")
    }

    /// The region code of fact `i` (without making the whole fact).
    public func regionCode(at i: Int) -> String {
        regions[Int(chunks[i >> Self.chunkBits][i & (1 << Self.chunkBits - 1)].region)].code
    }

    /// How many different regions the facts name (facts without a region not counted).
    public var regionCount: Int { regions.count - 1 }

    /// How many facts have no region.
    public var unattributedCount: Int { chunks.reduce(0) { $0 + $1.count { $0.region == 0 } } }

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
        for f in facts {
            if rowCount >> Self.chunkBits == chunks.count {
                chunks.append([])
                chunks[chunks.count - 1].reserveCapacity(1 << Self.chunkBits)
            }
            if let high = f.valueHigh { highs[rowCount] = high }
            let row = Row(document: pool.number(f.document), line: Int32(clamping: f.line), region: regionNumber(f),
                          place: pool.number(f.place), metric: UInt16(kinds.number(f.metric)), unit: UInt16(kinds.number(f.unit)),
                          qualifier: f.qualifier, scope: f.scope, status: f.status, value: f.value)
            chunks[chunks.count - 1].append(row)
            rowCount += 1
            try quotes.append(f.quote)
        }
    }

    private mutating func regionNumber(_ f: Fact) -> Int32 {
        if let n = regionNumbers[f.regionCode] { return n }
        let n = Int32(regions.count)
        regions.append((f.regionCode, f.region))
        regionNumbers[f.regionCode] = n
        return n
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
