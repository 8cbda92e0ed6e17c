/// Drops a figure stated again in another sentence of the same document (body text and photo
/// caption): same value, unit, metric and attribution, and a near-identical quote (one contains the other, or
/// their character bigrams match by Dice ≥ 0.6 or overlap ≥ 0.8). Figures of the same sentence are never merged:
/// `第一批58项和第二批58项` states two figures.
struct FactDeduplicator {
    private var seen: [(fact: Fact, sentence: Range<Int>, bigrams: [UInt64])] = []

    /// Whether `fact` is new; remembers it when it is.
    mutating func admit(_ fact: Fact, sentence: Range<Int>) -> Bool {
        let grams = Self.bigrams(fact.quote)
        for s in seen where s.fact.value == fact.value && s.fact.unit == fact.unit && s.fact.metric == fact.metric
            && s.fact.valueHigh == fact.valueHigh && s.fact.regionCode == fact.regionCode && s.fact.place == fact.place
            && s.sentence != sentence {
            if s.fact.quote.contains(fact.quote) || fact.quote.contains(s.fact.quote) { return false }
            let (dice, overlap) = Self.similarity(s.bigrams, grams)
            if dice >= 0.6 || overlap >= 0.8 { return false }
        }
        seen.append((fact, sentence, grams))
        return true
    }

    /// Sorted character bigrams of a quote, packed into integers.
    static func bigrams(_ s: String) -> [UInt64] {
        let u = Array(s.unicodeScalars).filter { !ScalarText.isSpace($0) && $0 != "“" && $0 != "”" && $0 != "\"" }
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
