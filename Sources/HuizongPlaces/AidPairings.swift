// Aid pairings (东西部协作, 对口支援, LABELS.md §6): in 厦门对口帮扶临夏, 福建援助宁夏 or
// 成都10个区县结对支援甘孜州10个县 the helping side is a partner, not an owner: the money it puts in
// and the works it builds are the helped region's figures. A pairing is read from a clause with an
// aid verb: the place right before the verb helps the first place after it that lies in another
// prefecture (or, in 厦门市向甘肃…援助, the place after 向 is helped by the one before it); every
// place of the clause before the verb and apart from the helped one helps too (a list of cities). A region that helps in more
// clauses than it is helped in is a partner for the whole document, with everything below it
// (龙泉驿 under 成都), except what lies in a helped region (闽宁镇 in 宁夏).

struct AidPairings {
    let gazetteer: Gazetteer

    /// Verbs of one-way help. (协作, 合作 and 携手 are mutual: they name no helping side.)
    static let verbs: [[Unicode.Scalar]] = ["支援", "帮扶", "援助", "援建"].map { Array($0.unicodeScalars) }
    /// Words that make the place after them the receiving side (向甘肃投入, 为宁夏援建).
    static let toward: Set<Unicode.Scalar> = ["向", "给", "为", "对"]

    /// A mention with its region, in text order.
    struct Placed {
        var range: Range<Int>
        var region: Int32
    }

    /// The helping and the helped regions of a document.
    struct Result {
        var helpers: Set<Int32> = []
        var helped: Set<Int32> = []
        var isEmpty: Bool { helpers.isEmpty }
    }

    /// The first position from `from` (before the last scalar) holding 支, 帮 or 援, the first
    /// scalars of the verbs; else the last position. A raw loop: it looks at every scalar.
    private static func nextVerbStart(_ scalars: [Unicode.Scalar], from: Int) -> Int {
        scalars.withUnsafeBufferPointer { text in
            var k = from
            while k + 1 < text.count, text[k] != "支", text[k] != "帮", text[k] != "援" { k += 1 }
            return k
        }
    }

    func read(_ scalars: [Unicode.Scalar], mentions: [Placed]) -> Result {
        var helping: [Int32: Int] = [:], helpedCount: [Int32: Int] = [:]
        guard mentions.count >= 2 else { return Result() }
        var k = 0
        while k + 1 < scalars.count {
            k = Self.nextVerbStart(scalars, from: k)
            guard k + 1 < scalars.count else { break }
            defer { k += 1 }
            guard Self.verbs.contains(where: { $0[0] == scalars[k] && $0[1] == scalars[k + 1] }) else { continue }
            let clause = MentionRoleReader.clause(around: k, in: scalars)
            let lo = clause.lowerBound
            let inClause = Self.within(clause, mentions)
            // The helping side stands right before the verb, the helped one after it (福建援助宁夏),
            // unless the place before the verb is the object of 向/给/为/对 (厦门市向甘肃…援助):
            // then it is the helped one and the helping side stands before it.
            guard let before = inClause.lastIndex(where: { $0.range.upperBound <= k }) else { continue }
            var helper = inClause[before], helpedOne: Placed?
            let p = helper.range.lowerBound
            if p > lo, Self.toward.contains(scalars[p - 1]) {
                guard let h = inClause[..<before].last(where: { apart($0.region, helper.region) }) else { continue }
                helpedOne = helper
                helper = h
            } else {
                helpedOne = inClause.first { $0.range.lowerBound > k && apart(helper.region, $0.region) }
            }
            guard let helpedOne else { continue }
            for m in inClause where m.range.lowerBound < helpedOne.range.lowerBound && m.range.upperBound <= k
                && apart(m.region, helpedOne.region) {
                helping[m.region, default: 0] += 1
            }
            helpedCount[helpedOne.region, default: 0] += 1
        }
        var result = Result()
        for (r, n) in helping where n > helpedCount[r, default: 0] { result.helpers.insert(r) }
        for (r, n) in helpedCount where n >= helping[r, default: 0] { result.helped.insert(r) }
        return result
    }

    /// The mentions lying inside `span` (binary search: mentions are in text order).
    static func within(_ span: Range<Int>, _ mentions: [Placed]) -> ArraySlice<Placed> {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < mentions.count, mentions[end].range.lowerBound < span.upperBound { end += 1 }
        return mentions[lo ..< end].filter { $0.range.upperBound <= span.upperBound }[...]
    }

    /// Whether region `r` is on the helping side: a helper or below one, and not inside a helped region.
    func isPartner(_ r: Int32, _ pairing: Result) -> Bool {
        guard !pairing.isEmpty else { return false }
        let chain = gazetteer.chainSlice(r)
        return chain.contains { pairing.helpers.contains($0) } && !chain.contains { pairing.helped.contains($0) }
    }

    /// Neither region contains the other and they lie in different prefectures.
    func apart(_ a: Int32, _ b: Int32) -> Bool {
        let ca = gazetteer.chainSlice(a), cb = gazetteer.chainSlice(b)
        if ca.contains(b) || cb.contains(a) { return false }
        return prefecture(ca) != prefecture(cb)
    }

    /// The prefecture of a chain (itself for a prefecture; the province for a province).
    private func prefecture(_ chain: ArraySlice<Int32>) -> Int32 {
        chain.first { gazetteer.depth($0) <= 1 } ?? chain.last!
    }
}
