// Place names the trie cannot index because, alone, they are ordinary words; the text around
// them says when they name a place:
// - a county's two-character stem right after its own city or province (保定安新, 河南固始,
//   赤峰松山): the parent leaves one reading;
// - a stem alone before a headline's colon (双峰：“三类清单”…) or before a media word
//   (宁海新闻网, 双峰日报), when one county in the country has it;
// - a province's one-character abbreviation with a compass direction (晋西北, 苏北, 豫东南): the
//   province, which is often all a provincial report names of itself;
// - a provincial paper whose name does not name its province (扬子晚报讯…): the province (see
//   Newspapers; the role reader then weighs it as a paper's name).

struct ContextualMentions {
    let gazetteer: Gazetteer

    /// Province abbreviations read with a direction, by the first two digits of the province's
    /// code. Left out: those that are common words or begin county names (京 黑 吉 桂 琼 黔 青
    /// 宁 新 甘 云 贵 津 沪 渝).
    static let abbreviations: [Unicode.Scalar: String] = [
        "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "苏": "32", "浙": "33", "皖": "34", "闽": "35",
        "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43", "粤": "44", "川": "51", "蜀": "51",
        "滇": "53", "藏": "54", "陕": "61", "陇": "62",
    ]
    static let papers = Newspapers.bundled
    /// A bit per BMP scalar that starts an abbreviation, a paper's name or a media word.
    static let starters = bits(Array(abbreviations.keys) + papers.firstScalars + mediaWords.map { $0[0] })
    /// The same for abbreviations alone and for papers' names alone: media words start with
    /// common characters (新 日 电), and a bit test is cheaper than the hashed look-ups it spares.
    static let abbreviationStarters = bits(Array(abbreviations.keys))
    static let paperStarters = bits(papers.firstScalars)

    private static func bits(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for s in scalars where s.value < 0x10000 { bits[Int(s.value) >> 6] |= 1 << (UInt64(s.value) & 63) }
        return bits
    }

    @inline(__always) private static func has(_ bits: [UInt64], _ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && bits[Int(s.value) >> 6] & (1 << (UInt64(s.value) & 63)) != 0
    }
    static let directions: Set<Unicode.Scalar> = ["东", "西", "南", "北", "中"]
    /// What may stand before an abbreviation: not a character (收藏东西 is no 藏东), or a
    /// preposition or conjunction.
    static let beforeAbbreviation: Set<Unicode.Scalar> = ["在", "于", "到", "赴", "和", "与", "及", "援", "的", "对", "向", "从", "全"]
    /// Words after a stem that make it a newspaper, site or account of that county.
    static let mediaWords: [[Unicode.Scalar]] = ["新闻网", "日报", "融媒", "电视台"]
        .map { Array($0.unicodeScalars) }

    /// The mentions these rules add to `found` (the trie's, in text order), in text order.
    /// `title` is the span of the title lines.
    func find(in scalars: [Unicode.Scalar], found: [RawMention], title: Range<Int>) -> [RawMention] {
        var covered = [Bool](repeating: false, count: scalars.count + 1)
        // Over indices, not `for m in found`: copying each mention (its String and targets) cost
        // more than these loops' own work.
        for j in found.indices { for i in found[j].range { covered[i] = true } }
        var out: [RawMention] = []
        func free(_ r: Range<Int>) -> Bool { r.upperBound <= scalars.count && !r.contains { covered[$0] } }
        func add(_ r: Range<Int>, _ region: Int32) {
            out.append(RawMention(range: r, text: MentionFinder.string(scalars[r]),
                                  targets: [NameTarget(region: region, township: -1, how: .shortForm)][...],
                                  deicticKind: nil, node: -1 - region))
            for i in r { covered[i] = true }
        }
        // A stem after its parent (a province or city named alone, not as part of a longer name).
        for j in found.indices where found[j].deicticKind == nil && found[j].targets.count == 1
            && found[j].targets.first!.township < 0 {
            let parent = found[j].targets.first!.region
            guard gazetteer.regions[Int(parent)].level != .county else { continue }
            let r = found[j].range.upperBound ..< found[j].range.upperBound + 2
            guard free(r), isHan(scalars[r.lowerBound]), isHan(scalars[r.lowerBound + 1]) else { continue }
            let inParent = gazetteer.stems.counties(scalars[r.lowerBound], scalars[r.lowerBound + 1])
                .filter { gazetteer.chainSlice($0).contains(parent) }
            if inParent.count == 1 { add(r, inParent[0]) }
        }
        // A stem alone before a headline's colon.
        var i = title.lowerBound
        while i < title.upperBound, scalars[i] == " " || scalars[i] == "\u{3000}" { i += 1 }
        if i + 2 < scalars.count, scalars[i + 2] == "：" || scalars[i + 2] == ":", free(i ..< i + 2) {
            let c = gazetteer.stems.counties(scalars[i], scalars[i + 1])
            if c.count == 1 { add(i ..< i + 2, c[0]) }
        }
        // Stems before media words, and abbreviations with a direction, anywhere.
        var k = 0
        // Read once: a static read in the loop costs a call per scalar.
        let starters = Self.starters, abbreviationStarters = Self.abbreviationStarters
        let paperStarters = Self.paperStarters
        while k + 2 < scalars.count {
            // Most scalars start none of these words: one bit test rules them out, in a loop over
            // raw buffers, as it looks at every scalar of the document.
            k = Self.nextStarter(scalars, from: k, limit: scalars.count - 2, starters)
            guard k + 2 < scalars.count else { break }
            defer { k += 1 }
            let s = scalars[k]
            if Self.has(abbreviationStarters, s), let prefix = Self.abbreviations[s], !covered[k], let province = gazetteer.provinceByPrefix[prefix],
               Self.directions.contains(scalars[k + 1]),
               k == 0 || !isHan(scalars[k - 1]) || Self.beforeAbbreviation.contains(scalars[k - 1]),
               gazetteer.stems.counties(s, scalars[k + 1]).isEmpty {
                var end = k + 2
                if (scalars[k + 1] == "东" || scalars[k + 1] == "西"), end < scalars.count,
                   scalars[end] == "南" || scalars[end] == "北" { end += 1 }
                if free(k ..< end) { add(k ..< end, province) }
                continue
            }
            if Self.has(paperStarters, s), let paper = Self.papers.match(scalars, at: k), free(k ..< k + paper.length) {
                if let province = gazetteer.regionIndex[paper.province] {
                    add(k ..< k + paper.length, province)
                }  // a national paper (光明日报) names no place: skipped whole
                k += paper.length - 1
                continue
            }
            if k >= 2, isHan(s), Self.mediaWords.contains(where: { startsWith($0, scalars, at: k) }),
               free(k - 2 ..< k), isHan(scalars[k - 2]), isHan(scalars[k - 1]) {
                let c = gazetteer.stems.counties(scalars[k - 2], scalars[k - 1])
                if c.count == 1 { add(k - 2 ..< k, c[0]) }
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first position in `from ..< limit` whose scalar has its bit in `starters`, else `limit`.
    private static func nextStarter(_ scalars: [Unicode.Scalar], from: Int, limit: Int, _ starters: [UInt64]) -> Int {
        scalars.withUnsafeBufferPointer { text in
            starters.withUnsafeBufferPointer { bits in
                var k = from
                while k < limit {
                    let v = text[k].value
                    if v < 0x10000 && bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
                    k += 1
                }
                return limit
            }
        }
    }

    private func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00 ... 0x9FFF).contains(s.value) }

    private func startsWith(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + word.count <= scalars.count, scalars[k] == word[0] else { return false }
        for (j, w) in word.enumerated() where scalars[k + j] != w { return false }
        return true
    }
}
