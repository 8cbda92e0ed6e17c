import Foundation
import HuizongFacts
import HuizongText

/// A run's facts, kept out of memory so it stays flat as a corpus grows (issue 8).
///
/// A `Fact` carries seven strings (16 bytes each, plus a heap copy for the longer ones) and its
/// quote: about 400 bytes. Here the strings that repeat — document paths, region codes and names,
/// places, metrics, units — are stored once in a pool and referred to by number, and each fact
/// becomes a fixed 56-byte row written to a temporary file with its quote, read back by number
/// through a small cache. What stays in memory per fact is nothing but the upper end of a range.
///
/// Reading an element gives back the `Fact` with its `quote` left empty (totals and the brief's
/// tables need everything else, for every fact, many times); `quote(at:)` reads one quote back.
/// `facts.csv` and `facts.jsonl` are written from the full facts while they are extracted.
public struct FactTable: RandomAccessCollection, Sendable {
    private let rows: RowFile
    private let quotes: SpillFile
    private var rowCount = 0
    private var unattributed = 0
    /// Upper ends of ranges (`1—2件`), by fact number: few facts are ranges.
    private var highs: [Int: Decimal] = [:]
    private var pool = StringPool()
    /// Metrics and units: a few dozen, from fixed tables, so 16-bit numbers hold them.
    private var kinds = StringPool()
    /// Region code and name, as one pooled pair each.
    private var regions: [(code: String, name: String)] = [("", "")]
    private var regionNumbers: [String: Int32] = ["": 0]

    /// An empty table.
    public init() throws {
        rows = RowFile(try SpillFile(purpose: "facts"))
        quotes = try SpillFile(purpose: "quotes")
    }

    /// A table of `facts` (for tests and the benchmark, which build facts by hand).
    public init(_ facts: [Fact]) throws {
        try self.init()
        try append(facts)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rowCount }

    /// Fact `i`, without its quote.
    public subscript(i: Int) -> Fact {
        let r = rows[i]
        let region = regions[Int(r.region)]
        return Fact(document: pool[r.document], line: Int(r.line), regionCode: region.code, region: region.name,
                    place: pool[r.place], metric: kinds[Int32(r.metric)], value: r.value, valueHigh: highs[i],
                    unit: kinds[Int32(r.unit)], qualifier: r.qualifier, scope: r.scope, status: r.status, quote: "")
    }

    /// `document:line` of fact `i`, as totals.json traces it (without making the whole fact).
    public func reference(at i: Int) -> String {
        let r = rows[i]
        return Provenance.reference(document: pool[r.document], line: Int(r.line))
    }

    /// The metric of fact `i` (without making the whole fact).
    public func metric(at i: Int) -> String { kinds[Int32(rows[i].metric)] }

    /// The region code of fact `i` (without making the whole fact).
    public func regionCode(at i: Int) -> String { regions[Int(rows[i].region)].code }

    /// How many different regions the facts name (facts without a region not counted).
    public var regionCount: Int { regions.count - 1 }

    /// How many facts have no region.
    public var unattributedCount: Int { unattributed }

    /// The quote of fact `i`, read back from disk.
    public func quote(at i: Int) -> String {
        let r = rows[i]
        guard r.quoteLength > 0 else { return "" }
        var bytes = [UInt8](repeating: 0, count: Int(r.quoteLength))
        bytes.withUnsafeMutableBytes { quotes.read(at: r.quoteOffset, into: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Fact `i` with its quote.
    public func complete(_ i: Int) -> Fact {
        var fact = self[i]
        fact.quote = quote(at: i)
        return fact
    }

    /// Appends one document's facts (from a single thread: the extraction's in-order collector).
    mutating func append(_ facts: [Fact]) throws {
        for f in facts {
            if let high = f.valueHigh { highs[rowCount] = high }
            var quote = f.quote
            let quoteOffset = try quote.withUTF8 { try quotes.append(UnsafeRawBufferPointer($0)) }
            let region = regionNumber(f)
            if region == 0 { unattributed += 1 }
            try rows.append(FactRow(quoteOffset: quoteOffset, document: pool.number(f.document), line: Int32(clamping: f.line),
                                    region: region, place: pool.number(f.place), quoteLength: UInt32(f.quote.utf8.count),
                                    metric: UInt16(kinds.number(f.metric)), unit: UInt16(kinds.number(f.unit)),
                                    qualifier: f.qualifier, scope: f.scope, status: f.status, value: f.value))
            rowCount += 1
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

/// One fact as stored: 56 bytes, every field but the upper end of a range; strings by number.
struct FactRow {
    var quoteOffset: UInt64
    var document: Int32, line: Int32, region: Int32, place: Int32
    var quoteLength: UInt32
    var metric: UInt16, unit: UInt16
    var qualifier: Qualifier, scope: Scope, status: Status
    var value: Decimal
}

/// Fact rows in a spill file, read back in blocks through a small cache: totals read every row
/// in order, the brief reads a region's rows here and there.
final class RowFile: @unchecked Sendable {
    private let file: SpillFile
    private var count = 0
    /// Direct-mapped: block `b` lives in slot `b % cachedBlocks` (no hashing on every read).
    private var slots: [(block: Int, rows: [FactRow])]
    private let lock = NSLock()
    private static let blockRows = 256
    /// 64 blocks of 256 rows: under a megabyte.
    private static let cachedBlocks = 64

    init(_ file: SpillFile) {
        precondition(_isPOD(FactRow.self), "fact rows are copied as bytes")
        self.file = file
        slots = Array(repeating: (-1, []), count: Self.cachedBlocks)
    }

    func append(_ row: FactRow) throws {
        var row = row
        try withUnsafeBytes(of: &row) { _ = try file.append($0) }
        lock.lock(); count += 1; lock.unlock()
    }

    subscript(i: Int) -> FactRow {
        lock.lock(); defer { lock.unlock() }
        let block = i / Self.blockRows, slot = block % Self.cachedBlocks, first = block * Self.blockRows
        if slots[slot].block == block, i - first < slots[slot].rows.count { return slots[slot].rows[i - first] }
        let n = min(Self.blockRows, count - first)
        let rows = [FactRow](unsafeUninitializedCapacity: n) { buffer, initialized in
            file.read(at: UInt64(first * MemoryLayout<FactRow>.stride),
                      into: UnsafeMutableRawBufferPointer(start: buffer.baseAddress, count: n * MemoryLayout<FactRow>.stride))
            initialized = n
        }
        slots[slot] = (block, rows)
        return rows[i - first]
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
