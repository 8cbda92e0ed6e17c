// Chooses among the candidates of an ambiguous name (城关镇 in 82 counties, 新城区 in two cities)
// by the other places the document names: a candidate gains one point per shared level
// (province, prefecture, county) with each other mention, an ambiguous mention's candidates
// sharing its point. The mention's own text does not vote for itself.

/// A candidate reading of a name mention: a region, and for a township its index.
struct Candidate: Sendable, Hashable {
    var region: Int32
    var township: Int32
}

/// The outcome of disambiguating one mention.
struct Choice: Sendable {
    var candidate: Candidate?
    var reason: String
}

struct Disambiguator {
    let gazetteer: Gazetteer

    /// Mentions this close (in scalars) vote again, with a weight falling from 2 with distance:
    /// on a page naming both 西安 and 呼和浩特, each 新城区 follows the city next to it.
    static let localWindow = 200

    /// `mentions[i]` lists the candidates of mention i; `texts[i]` its text; `positions[i]` its
    /// offset; `weights[i]` how much it counts. `anchor` (the configured region) votes as three mentions.
    func choose(_ mentions: [[Candidate]], texts: [String], positions: [Int], weights: [Double],
                anchor: Int32?) -> [Choice] {
        var choices = [Choice](repeating: Choice(candidate: nil, reason: ""), count: mentions.count)
        var current = mentions
        for round in 0 ..< 2 {
            let (total, byText) = evidence(current, texts: texts, weights: weights, anchor: anchor)
            for i in mentions.indices {
                let cands = mentions[i]
                let townshipsOnly = cands.allSatisfy { $0.township >= 0 }
                if cands.count == 1 && !townshipsOnly {
                    choices[i] = Choice(candidate: cands[0], reason: "only candidate")
                    continue
                }
                let own = byText[texts[i]] ?? [:]
                if townshipsOnly {
                    // A township far from every other place named is more likely part of a word
                    // (部分乡镇 is not 分乡镇 of 夷陵区): keep it only when something supports it,
                    // or when nothing else is named at all.
                    let others = total.contains { key, value in value - (own[key] ?? 0) > 0.01 }
                    let supported = cands.contains { c in
                        gazetteer.chain(c.region).contains { (total[$0] ?? 0) - (own[$0] ?? 0) > 0.01 }
                    }
                    if others && !supported {
                        choices[i] = Choice(candidate: nil, reason: "no place near it in the document")
                        continue
                    }
                    if cands.count == 1 {
                        choices[i] = Choice(candidate: cands[0], reason: "only candidate")
                        continue
                    }
                }
                let local = localEvidence(around: i, current, texts: texts, positions: positions)
                var scored: [(Candidate, Double)] = cands.map { c in
                    var s = 0.0
                    for a in gazetteer.chain(c.region) { s += (total[a] ?? 0) - (own[a] ?? 0) + (local[a] ?? 0) }
                    return (c, s)
                }
                scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.region, $0.0.township) < ($1.0.region, $1.0.township) }
                if scored[0].1 > 0.01 && scored[0].1 > scored[1].1 + 0.01 {
                    let best = scored[0].0
                    choices[i] = Choice(candidate: best, reason: "of \(cands.count), supported by " +
                                        supporter(of: best, excluding: texts[i], mentions: current, texts: texts, anchor: anchor))
                } else {
                    choices[i] = Choice(candidate: nil, reason: "ambiguous: \(cands.count) candidates")
                }
            }
            if round == 0 {
                // Second round: resolved mentions vote with their choice only.
                for i in mentions.indices { if let c = choices[i].candidate { current[i] = [c] } }
            }
        }
        return choices
    }

    /// Evidence per region: the total, and the part contributed by each text.
    private func evidence(_ mentions: [[Candidate]], texts: [String], weights: [Double], anchor: Int32?)
        -> ([Int32: Double], [String: [Int32: Double]]) {
        var total: [Int32: Double] = [:]
        var byText: [String: [Int32: Double]] = [:]
        for (i, cands) in mentions.enumerated() where !cands.isEmpty {
            let w = weights[i] / Double(cands.count)
            var mine = byText[texts[i]] ?? [:]
            for c in cands {
                for a in gazetteer.chain(c.region) {
                    total[a, default: 0] += w
                    mine[a, default: 0] += w
                }
            }
            byText[texts[i]] = mine
        }
        if let anchor {
            for a in gazetteer.chain(anchor) { total[a, default: 0] += 3 }
        }
        return (total, byText)
    }

    /// Extra votes of the mentions near mention `i` (other texts only).
    private func localEvidence(around i: Int, _ mentions: [[Candidate]], texts: [String],
                               positions: [Int]) -> [Int32: Double] {
        var out: [Int32: Double] = [:]
        for (j, cands) in mentions.enumerated() where !cands.isEmpty && texts[j] != texts[i] {
            let d = abs(positions[j] - positions[i])
            guard d <= Self.localWindow else { continue }
            let w = 2.0 / (1.0 + Double(d) / 10.0) / Double(cands.count)
            for c in cands { for a in gazetteer.chain(c.region) { out[a, default: 0] += w } }
        }
        return out
    }

    /// The name of the mention that shares the most levels with `c` (for the reason).
    private func supporter(of c: Candidate, excluding text: String, mentions: [[Candidate]],
                           texts: [String], anchor: Int32?) -> String {
        let mine = Set(gazetteer.chain(c.region))
        var best: (shared: Int, name: String)?
        if let anchor { best = (mine.intersection(gazetteer.chain(anchor)).count, "config") }
        for (i, cands) in mentions.enumerated() where texts[i] != text && cands.count == 1 {
            let shared = mine.intersection(gazetteer.chain(cands[0].region)).count
            if shared > (best?.shared ?? 0) { best = (shared, texts[i]) }
        }
        return best?.name ?? "other mentions"
    }
}
