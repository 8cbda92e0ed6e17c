import Foundation

/// Drops a figure stated again in another sentence of the same document (body text and photo
/// caption): same value, unit, metric and attribution, and a near-identical quote (one contains
/// the other, or their character bigrams match by Dice ≥ 0.6 or overlap ≥ 0.8). Figures of the
/// same sentence are never merged: `第一批58项和第二批58项` states two figures.
struct FactDeduplicator {
    private struct Seen {
        var fact: Fact
        var sentence: Range<Int>
        /// Index in `facts` of the previous (earlier) fact with the same fingerprint, -1 for none.
        var previous: Int32
    }

    /// Earlier facts, in order; those of one fingerprint are chained through `Seen.previous`.
    private var facts: [Seen] = []
    /// Fingerprint of the written figure and metric (exact equality is checked after) → the last
    /// fact in its chain. One flat list and a table of indices: a list per fingerprint cost an
    /// allocation for nearly every figure, as repeats are rare.
    private var chains: [UInt64: Int32] = [:]

    /// How many earlier facts of one fingerprint a figure is compared with, latest first. A
    /// report restates a figure a few times at most; a file repeating one figure a million times
    /// (with different places, so none merges) made every figure walk the whole chain, quadratic
    /// time (a 60 MB one-line file took minutes).
    static let chainLimit = 64

    /// A deduplicator for about `expected` facts (room is made once: growing the table step by step
    /// rehashed it again and again).
    init(expected: Int = 0) {
        facts.reserveCapacity(expected)
        chains.reserveCapacity(expected)
    }

    /// Whether `fact` is new; remembers it when it is. `written` is the figure as written (number and unit).
    mutating func admit(_ fact: Fact, sentence: Range<Int>, written: ArraySlice<Unicode.Scalar>) -> Bool {
        let key = Self.fingerprint(written, metric: fact.metric)
        let chain = chains[key]
        if let chain {
            // Rare: only a figure with the same written form gets here, so the quote work is done lazily.
            let grams = Self.bigrams(fact.quote)
            let mine = Array(fact.quote.unicodeScalars)
            var k = Int(chain), visited = 0
            while k >= 0 && visited < Self.chainLimit {
                let s = facts[k]
                k = Int(s.previous)
                visited += 1
                guard s.sentence != sentence && Self.sameFigure(s.fact, fact) else { continue }
                let theirs = Array(s.fact.quote.unicodeScalars)
                if ScalarText.contains(mine, in: theirs, range: 0..<theirs.count)
                    || ScalarText.contains(theirs, in: mine, range: 0..<mine.count) { return false }
                let (dice, overlap) = Self.similarity(Self.bigrams(s.fact.quote), grams)
                if dice >= 0.6 || overlap >= 0.8 { return false }
            }
        }
        chains[key] = Int32(facts.count)
        facts.append(Seen(fact: fact, sentence: sentence, previous: chain ?? -1))
        return true
    }

    /// Same value, unit, metric and attribution.
    static func sameFigure(_ a: Fact, _ b: Fact) -> Bool {
        a.unit == b.unit && a.metric == b.metric && a.regionCode == b.regionCode && a.place == b.place
            && a.value == b.value && a.valueHigh == b.valueHigh
    }

    /// FNV-1a over the written figure without its qualifiers (约3500辆 and 3500辆 agree) and the metric.
    static func fingerprint(_ written: ArraySlice<Unicode.Scalar>, metric: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for s in written where s != "余" && s != "多" && s != "来" && s != "," {
            h = (h ^ UInt64(s.value)) &* 0x100000001b3
        }
        for s in metric.unicodeScalars { h = (h ^ UInt64(s.value)) &* 0x100000001b3 }
        return h
    }

    /// Sorted character bigrams of a quote (spaces and quotation marks left out), packed into integers.
    static func bigrams(_ s: String) -> [UInt64] {
        var u: [Unicode.Scalar] = []
        u.reserveCapacity(s.unicodeScalars.count)
        for c in s.unicodeScalars where !ScalarText.isSpace(c) && c != "“" && c != "”" && c != "\"" { u.append(c) }
        guard u.count > 1 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(u.count - 1)
        for k in 0..<(u.count - 1) { out.append(UInt64(u[k].value) << 32 | UInt64(u[k + 1].value)) }
        return out.sorted()
    }

    /// Dice coefficient and overlap coefficient (shared / smaller) of two sorted bigram multisets:
    /// a caption often adds a subject (赤峰市住建局…) to the body's clause, which the overlap catches.
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> (dice: Double, overlap: Double) {
        guard !a.isEmpty && !b.isEmpty else { return (a.isEmpty && b.isEmpty ? 1 : 0, 0) }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (2 * Double(common) / Double(a.count + b.count), Double(common) / Double(min(a.count, b.count)))
    }
}
