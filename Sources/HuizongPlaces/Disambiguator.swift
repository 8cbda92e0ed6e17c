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
    /// When no candidate stands out: those sharing the best score (for TieBreak).
    var tied: [Candidate] = []
}

struct Disambiguator {
    let gazetteer: Gazetteer

    /// Mentions this close (in scalars) vote again, with a weight falling from 2 with distance:
    /// on a page naming both 西安 and 呼和浩特, each 新城区 follows the city next to it.
    static let localWindow = 200

    /// `mentions[i]` lists the candidates of mention i; `texts[i]` its text; `textKeys`, when given,
    /// keys equal exactly when the texts' scalars are (the trie nodes of the names); `positions[i]` its
    /// offset; `weights[i]` how much it counts. `anchor` (the configured region) votes as three mentions.
    ///
    /// Evidence lives in dense per-region arrays (reset through the list of regions touched) and
    /// mentions of one text are decided together, so a page naming 城关镇 forty times costs
    /// linear time, not forty Dictionary rebuilds. Sums are added in the same order as a plain
    /// mention-by-mention pass, so the scores are bit-for-bit the same.
    func choose(_ mentions: [[Candidate]], texts: [String], textKeys: [Int32]? = nil, positions: [Int],
                weights: [Double], anchor: Int32?) -> [Choice] {
        let n = mentions.count
        var choices = [Choice](repeating: Choice(candidate: nil, reason: ""), count: n)
        guard n > 0 else { return choices }
        // The usual page names only unambiguous divisions: nothing to weigh.
        if mentions.allSatisfy({ $0.count == 1 && $0[0].township < 0 }) {
            return mentions.map { Choice(candidate: $0[0], reason: "only candidate") }
        }
        // Mentions of one text share their own evidence (the text does not vote for itself).
        let (textID, byText) = Self.groupByText(texts, keys: textKeys)
        let sortedPositions = zip(positions, positions.dropFirst()).allSatisfy { $0 <= $1 }
        let scratch = gazetteer.scratchPool.take(gazetteer)
        defer { gazetteer.scratchPool.give(scratch) }
        var current = mentions
        // Each ambiguous text's candidate chains, folded once for all passes over its mentions:
        // `fold[i]` indexes `folds` while `current[i]` is still a mention's whole list.
        var folds: [FoldedChains] = []
        var fold = [Int](repeating: -1, count: n)
        for group in byText {
            var first = -1
            for i in group where mentions[i].count >= 2 {
                if first < 0 {
                    first = i
                    folds.append(scratch.fold(mentions[i]))
                }
                // Mentions of one text share their trie node's list; a list read in context may not.
                if mentions[i] == mentions[first] { fold[i] = folds.count - 1 }
            }
        }
        for round in 0 ..< 2 {
            scratch.resetTotal()
            for (i, cands) in current.enumerated() where !cands.isEmpty {
                let w = weights[i] / Double(cands.count)
                if fold[i] >= 0 { scratch.addTotal(folds[fold[i]], w); continue }
                for c in cands { scratch.addTotal(chainOf: c.region, w) }
            }
            if let anchor { scratch.addTotal(chainOf: anchor, 3) }
            var supporters: [Int64: String] = [:]
            for (tid, group) in byText.enumerated() {
                // A text naming one division only needs no weighing (and no own evidence).
                if group.allSatisfy({ mentions[$0].count == 1 && mentions[$0][0].township < 0 }) {
                    for i in group { choices[i] = Choice(candidate: mentions[i][0], reason: "only candidate") }
                    continue
                }
                // This text's own evidence, summed in mention order.
                for i in group where !current[i].isEmpty {
                    let w = weights[i] / Double(current[i].count)
                    if fold[i] >= 0 { scratch.addOwn(folds[fold[i]], w); continue }
                    for c in current[i] { scratch.addOwn(chainOf: c.region, w) }
                }
                // Whether any other place is named at all (computed once per text).
                var others: Bool?
                for i in group {
                    let cands = mentions[i]
                    let townshipsOnly = cands.allSatisfy { $0.township >= 0 }
                    if cands.count == 1 && !townshipsOnly {
                        choices[i] = Choice(candidate: cands[0], reason: "only candidate")
                        continue
                    }
                    if townshipsOnly {
                        // A township far from every other place named is more likely part of a word
                        // (部分乡镇 is not 分乡镇 of 夷陵区): keep it only when something supports it,
                        // or when nothing else is named at all.
                        if others == nil { others = scratch.anyOtherEvidence() }
                        let supported = cands.contains { scratch.hasOtherEvidence(inChainOf: $0.region) }
                        if others! && !supported {
                            choices[i] = Choice(candidate: nil, reason: "no place near it in the document")
                            continue
                        }
                        if cands.count == 1 {
                            choices[i] = Choice(candidate: cands[0], reason: "only candidate")
                            continue
                        }
                    }
                    addLocalEvidence(around: i, current, textID: textID, positions: positions,
                                     sorted: sortedPositions, fold: fold, folds: folds, into: scratch)
                    let (top, runnerUp) = Self.bestTwo(cands, scratch)
                    let decided = top.score > 0.01 && top.score > runnerUp.score + 0.01
                    let tied = decided ? [] : cands.filter { scratch.score(chainOf: $0.region) > top.score - 0.01 }
                    scratch.resetLocal()
                    if decided {
                        let best = top.candidate
                        let key = Int64(best.region) << 32 | Int64(tid)
                        let name = supporters[key] ?? supporter(of: best, excluding: tid, mentions: current,
                                                                 textID: textID, texts: texts, anchor: anchor)
                        supporters[key] = name
                        choices[i] = Choice(candidate: best, reason: "of \(cands.count), supported by " + name)
                    } else {
                        choices[i] = Choice(candidate: nil, reason: "ambiguous: \(cands.count) candidates", tied: tied)
                    }
                }
                scratch.resetOwn()
            }
            if round == 0 {
                // Second round: resolved mentions vote with their choice only. A mention of one
                // candidate votes as before; when no mention of several was settled, the second
                // round would repeat the first exactly (on seven generated pages in ten), and is skipped.
                var settled = false
                for i in 0 ..< n where mentions[i].count > 1 {
                    if let c = choices[i].candidate { current[i] = [c]; fold[i] = -1; settled = true }
                }
                if !settled { break }
            }
        }
        return choices
    }

    /// The two best readings of a mention with two or more candidates: higher score first, then
    /// lower region and township. Candidates are distinct, so this order is total and the two are
    /// those a full sort would put first; only they decide.
    private static func bestTwo(_ cands: [Candidate], _ scratch: DisambiguationScratch)
        -> (top: (candidate: Candidate, score: Double), runnerUp: (candidate: Candidate, score: Double)) {
        func above(_ a: (candidate: Candidate, score: Double), _ b: (candidate: Candidate, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score
                : (a.candidate.region, a.candidate.township) < (b.candidate.region, b.candidate.township)
        }
        var top = (candidate: cands[0], score: scratch.score(chainOf: cands[0].region))
        var second = (candidate: cands[1], score: scratch.score(chainOf: cands[1].region))
        if above(second, top) { swap(&top, &second) }
        for c in cands.dropFirst(2) {
            let e = (candidate: c, score: scratch.score(chainOf: c.region))
            if above(e, top) { second = top; top = e } else if above(e, second) { second = e }
        }
        return (top, second)
    }

    /// Mentions grouped by text: each mention's group, and each group's mentions in order (groups
    /// in order of first appearance). Place names are Han characters (and ASCII), whose Strings are
    /// equal exactly when their UTF-8 bytes are, so they are grouped by a hash of their bytes;
    /// hashing a non-ASCII String normalises it first, which cost more than the grouping.
    /// Any other text falls back to grouping by String. With `keys` (equal exactly when the texts'
    /// scalars are, and so their bytes), plain texts are grouped by key without touching their bytes.
    static func groupByText(_ texts: [String], keys: [Int32]? = nil) -> (textID: [Int], byText: [[Int]]) {
        var textID = [Int](repeating: 0, count: texts.count)
        var byText: [[Int]] = []
        func isPlain(_ t: String) -> Bool {
            t.unicodeScalars.allSatisfy { s in
                let v = s.value
                return v < 0x80 || (0x4E00 ... 0x9FFF).contains(v) || (0x3400 ... 0x4DBF).contains(v)
            }
        }
        if let keys {
            var idOf: [Int32: Int] = [:]
            for (i, key) in keys.enumerated() {
                if let k = idOf[key] { textID[i] = k; byText[k].append(i) } else {
                    textID[i] = byText.count
                    idOf[key] = byText.count
                    byText.append([i])
                }
            }
            // Texts of one key are the same scalars: one of each group tells whether all are plain.
            if byText.allSatisfy({ isPlain(texts[$0[0]]) }) { return (textID, byText) }
            textID = [Int](repeating: 0, count: texts.count)
            byText = []
        }
        let plain = texts.allSatisfy(isPlain)
        if plain {
            var idOf: [UInt64: [Int]] = [:]  // byte hash → groups with that hash
            for (i, t) in texts.enumerated() {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in t.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
                if let k = idOf[h]?.first(where: { texts[byText[$0][0]].utf8.elementsEqual(t.utf8) }) {
                    textID[i] = k; byText[k].append(i)
                } else {
                    textID[i] = byText.count
                    idOf[h, default: []].append(byText.count)
                    byText.append([i])
                }
            }
            return (textID, byText)
        }
        var idOf: [String: Int] = [:]
        for (i, t) in texts.enumerated() {
            if let k = idOf[t] { textID[i] = k; byText[k].append(i) } else {
                textID[i] = byText.count
                idOf[t] = byText.count
                byText.append([i])
            }
        }
        return (textID, byText)
    }

    /// Adds the extra votes of the mentions near mention `i` (other texts only) to `scratch.local`,
    /// nearer mentions first in text order as a full scan would.
    private func addLocalEvidence(around i: Int, _ mentions: [[Candidate]], textID: [Int], positions: [Int],
                                  sorted: Bool, fold: [Int], folds: [FoldedChains], into scratch: DisambiguationScratch) {
        var lo = 0, hi = mentions.count
        if sorted {
            // The window [positions[i] - localWindow, positions[i] + localWindow] by binary search.
            let from = positions[i] - Self.localWindow
            var a = 0, b = i
            while a < b { let m = (a + b) / 2; if positions[m] < from { a = m + 1 } else { b = m } }
            lo = a
            let to = positions[i] + Self.localWindow
            a = i; b = mentions.count
            while a < b { let m = (a + b) / 2; if positions[m] <= to { a = m + 1 } else { b = m } }
            hi = a
        }
        for j in lo ..< hi where !mentions[j].isEmpty && textID[j] != textID[i] {
            let d = abs(positions[j] - positions[i])
            guard d <= Self.localWindow else { continue }
            let w = 2.0 / (1.0 + Double(d) / 10.0) / Double(mentions[j].count)
            if fold[j] >= 0 { scratch.addLocal(folds[fold[j]], w); continue }
            for c in mentions[j] { scratch.addLocal(chainOf: c.region, w) }
        }
    }

    /// The name of the mention that shares the most levels with `c` (for the reason); the first
    /// such mention in text order.
    private func supporter(of c: Candidate, excluding tid: Int, mentions: [[Candidate]], textID: [Int],
                           texts: [String], anchor: Int32?) -> String {
        let mine = gazetteer.chainSlice(c.region)
        func shared(_ r: Int32) -> Int {
            var count = 0
            for a in gazetteer.chainSlice(r) where mine.contains(a) { count += 1 }
            return count
        }
        var best: (shared: Int, name: String)?
        if let anchor { best = (shared(anchor), "config") }
        for (i, cands) in mentions.enumerated() where cands.count == 1 && textID[i] != tid {
            // Nothing can share more levels than the whole chain: stop at the first that does.
            if (best?.shared ?? 0) >= mine.count { break }
            let s = shared(cands[0].region)
            if s > (best?.shared ?? 0) { best = (s, texts[i]) }
        }
        return best?.name ?? "other mentions"
    }
}
