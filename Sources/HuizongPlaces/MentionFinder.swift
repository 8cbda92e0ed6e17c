// Finds place mentions in one pass: at each position the trie gives every indexed name starting
// there; the longest one that is not part of another word wins and the scan jumps past it.

/// A mention before resolution: its span and every target its name could mean.
struct RawMention: Sendable {
    var range: Range<Int>
    var text: String
    /// A slice of the trie's own target list when every target stands (no copy per mention).
    var targets: ArraySlice<NameTarget>
    /// For a deictic: the kind of region (`市`, `县`, `区`…); nil for a name.
    var deicticKind: Character?
    /// The trie node the name ends at: two mentions have the same node exactly when their texts
    /// have the same scalars.
    var node: Int32
}

struct MentionFinder: Sendable {
    let gazetteer: Gazetteer

    /// What may follow a short form when it names a street, school or park instead of the place
    /// (中山路, 中山公园, 新乡村). As scalars, longest first: they are tried after many a short form.
    private static let streetSuffixes: [[Unicode.Scalar]] = [
        "路", "街", "道", "巷", "里", "村", "屯", "弄", "胡同", "社区", "小区", "花园", "公园", "广场",
        "大街", "大道", "桥", "站", "中学", "小学", "大学", "学院", "医院", "宾馆", "酒店", "饭店", "商场",
        "镇", "乡", "岭", "岸",
    ].sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }
    /// The first scalars of `streetSuffixes`: most short forms are followed by none of them.
    private static let streetSuffixStarts = Set(streetSuffixes.map { $0[0] })
    /// Short forms that, after this character, are the tail of another word
    /// (孙中山, 黄河南岸, 幸福建设).
    private static let wordBefore: [String: Set<Unicode.Scalar>] = [
        "中山": ["孙"], "河南": ["黄"], "河北": ["黄"], "福建": ["幸"], "江西": ["浙"], "山西": ["江"],
    ]
    /// Every character in `wordBefore`'s sets: the String-keyed look-up runs only after one of them.
    private static let wordBeforeScalars = wordBefore.values.reduce(into: Set<Unicode.Scalar>()) { $0.formUnion($1) }
    /// Characters after a deictic that make it another word (全市场, 区域, 省份).
    private static let deicticBreakers: Set<Unicode.Scalar> = ["场", "域", "份", "长", "委", "级"]
    /// Characters before 全 that make 全X part of a word (健全, 安全, 完全…), or before 该 (应该).
    private static let deicticBefore: Set<Unicode.Scalar> = [
        "健", "安", "完", "齐", "周", "保", "成", "顾", "俱", "两", "十", "应", "活", "合",
    ]

    /// Official names that name no place by themselves (山西 has counties called 城区, 郊区, 矿区).
    private static let genericNames: Set<String> = ["城区", "郊区", "矿区", "新区", "市辖区"]

    /// Township names this short are too often parts of ordinary words (新镇, 口镇).
    static let minTownshipLength = 3

    func find(in scalars: [Unicode.Scalar]) -> [RawMention] {
        var out: [RawMention] = []
        var hits: [TrieHit] = []
        let trie = gazetteer.trie
        scalars.withUnsafeBufferPointer { buf in
            var i = trie.nextPossibleStart(in: buf, from: 0)
            while i < buf.count {
                if !hits.isEmpty { hits.removeAll(keepingCapacity: true) }
                trie.hits(in: buf, at: i, into: &hits)
                var accepted: RawMention?
                for hit in hits.reversed() {  // longest first
                    if let m = accept(hit, scalars) {
                        accepted = m
                        break
                    }
                }
                if let m = accepted {
                    out.append(m)
                    i = trie.nextPossibleStart(in: buf, from: m.range.upperBound)
                } else {
                    i = trie.nextPossibleStart(in: buf, from: i + 1)
                }
            }
        }
        return out
    }

    private func accept(_ hit: TrieHit, _ scalars: [Unicode.Scalar]) -> RawMention? {
        // Which targets stand depends on the name alone (see MentionReadings); the text around
        // the hit decides the rest.
        guard let reading = gazetteer.readings.reading(of: hit.node) else { return nil }
        let text = Self.string(scalars[hit.start ..< hit.end])
        // Every generic name ends in 区: other hits skip hashing their text.
        if scalars[hit.end - 1] == "区" && Self.genericNames.contains(text) { return nil }
        if hit.end - hit.start == 2, isConjunctionBeforeTitle(scalars, hit) { return nil }
        if reading.isDeictic {
            if hit.end < scalars.count, Self.deicticBreakers.contains(scalars[hit.end]) { return nil }
            if hit.start > 0, Self.deicticBefore.contains(scalars[hit.start - 1]) { return nil }
            return RawMention(range: hit.start ..< hit.end, text: text, targets: [],
                              deicticKind: text.last, node: hit.node)
        }
        // A name that is only a short form yields to a following street or facility word.
        if reading.onlyShortForms {
            if followedByStreetWord(scalars, hit.end) { return nil }
            if hit.start > 0, Self.wordBeforeScalars.contains(scalars[hit.start - 1]),
               Self.wordBefore[text]?.contains(scalars[hit.start - 1]) == true { return nil }
        }
        return RawMention(range: hit.start ..< hit.end, text: text, targets: reading.targets, deicticKind: nil,
                          node: hit.node)
    }

    /// A String from scalars, written as UTF-8 straight into the string's storage (appending
    /// scalars one by one is slow).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for s in scalars { count += UTF8.width(s) }
        if count == 0 { return "" }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for s in scalars { UTF8.encode(s) { out[n] = $0; n += 1 } }
            return n
        }
    }

    /// Conjunctions that are also the first character of a two-character county name (和县).
    private static let conjunctions: Set<Unicode.Scalar> = ["和", "与", "及", "或", "同", "跟"]
    /// What follows 县, 区 or 市 in an official's title or a tier (县长, 县委, 县级, 区直).
    private static let titleWords: Set<Unicode.Scalar> = ["长", "委", "级", "直", "域", "乡", "政"]

    /// `和县` in `县委书记和县长`: a conjunction, then a title (县长) — no county of that name.
    private func isConjunctionBeforeTitle(_ scalars: [Unicode.Scalar], _ hit: TrieHit) -> Bool {
        Self.conjunctions.contains(scalars[hit.start]) && hit.end < scalars.count
            && Self.titleWords.contains(scalars[hit.end])
    }

    private func followedByStreetWord(_ scalars: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end < scalars.count, Self.streetSuffixStarts.contains(scalars[end]) else { return false }
        for word in Self.streetSuffixes {
            var j = end
            var ok = true
            for s in word {
                guard j < scalars.count, scalars[j] == s else { ok = false; break }
                j += 1
            }
            if ok { return true }
        }
        return false
    }
}
