// Infers the region a document (or one story of a multi-story page) is about from its resolved
// mentions: every mention adds its weight to its region and all ancestors; starting from the best
// province, descend into the best child while that child holds at least 60 % of the weight.
// A page of stories about one city ends at that city; a page about several cities stops at
// their common ancestor.

/// A resolved, non-deictic mention as region inference sees it.
struct Evidence: Sendable {
    var region: Int32
    var township: Int32
    var weight: Double
    var inTitle: Bool
    var text: String
    /// What the mention's weight is multiplied by wherever it is weighed (a dateline's 0.5).
    var scale: Double = 1
}

struct RegionInference {
    let gazetteer: Gazetteer
    /// Share of the parent's weight a child needs to be chosen instead of its parent.
    static let descendShare = 0.6

    /// Higher score first, then lower region index, so ties order the same way in every run.
    private static func higher(_ a: (Int32, Double), _ b: (Int32, Double)) -> Bool {
        a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
    }

    /// The inferred region and a short reason, or nil when nothing was named.
    func infer(_ evidence: [Evidence]) -> (region: Int32, reason: String)? {
        guard !evidence.isEmpty else { return nil }
        // Scores in the dense per-region arrays the disambiguator uses (summed in evidence order, as
        // a dictionary would; positive weights, so every region scored is listed once).
        let scratch = gazetteer.scratchPool.take(gazetteer)
        defer { gazetteer.scratchPool.give(scratch) }
        for e in evidence { scratch.addTotal(chainOf: e.region, e.weight) }
        let scoredRegions = Array(scratch.totalRegions)
        func best(among nodes: [Int32]) -> (Int32, Double)? {
            // Ranked by a total order (score, then region index): the order of `nodes` does not matter.
            let scored: [(Int32, Double)] = nodes.map { n in (n, scratch.total[Int(n)]) }
            let ranked = scored.filter { $0.1 > 0 }.sorted(by: Self.higher)
            guard let first = ranked.first else { return nil }
            if ranked.count > 1 && ranked[1].1 == first.1 { return nil }  // a tie decides nothing
            return first
        }
        let provinces = scoredRegions.filter { gazetteer.parentIndex[Int($0)] < 0 }
        guard var (node, nodeScore) = best(among: provinces) else { return nil }
        while true {
            let children = scoredRegions.filter { gazetteer.parentIndex[Int($0)] == node }
            guard let (child, childScore) = best(among: children),
                  childScore >= Self.descendShare * nodeScore else { break }
            (node, nodeScore) = (child, childScore)
        }
        return (node, reason(for: node, evidence))
    }

    /// Why `node` was chosen: the title names it, townships pin it, or most mentions lie in it.
    private func reason(for node: Int32, _ evidence: [Evidence]) -> String {
        let name = gazetteer.regions[Int(node)].name
        let inside = evidence.filter { gazetteer.chainSlice($0.region).contains(node) }
        if inside.contains(where: { $0.inTitle && $0.region == node && $0.township < 0 }) {
            return "title names \(name)"
        }
        let direct = inside.filter { $0.region == node && $0.township < 0 }
        let towns = Set(inside.filter { $0.township >= 0 }.map(\.text)).sorted()
        if direct.isEmpty && !towns.isEmpty {
            let shown = towns.prefix(3).joined(separator: "、") + (towns.count > 3 ? "…" : "")
            return "townships \(shown) lie in \(name)"
        }
        return "\(inside.count) of \(evidence.count) mentions in \(name)"
    }

    /// The lowest common ancestor of several regions.
    func commonAncestor(_ regions: [Int32]) -> Int32? {
        guard var common = regions.first.map({ gazetteer.chain($0) }) else { return nil }
        for r in regions.dropFirst() {
            let other = Set(gazetteer.chain(r))
            common = common.filter { other.contains($0) }
        }
        return common.first
    }
}
