// What a place mention does in its sentence. Only the place a clause is about owns the figures
// near it (LABELS.md §6): a place given as an example of a list, the other side of an aid
// pairing, the city a story was filed from, a newspaper's name, or the wider area a result is
// ranked in names a place without owning anything.

/// The part a place mention plays where it stands.
public enum MentionRole: String, Sendable, Hashable {
    /// The place the clause is about (the default).
    case owner
    /// One of a list of examples: 高县…建设项目等257个项目, 漳州、南平等地, 刘坪、中山等乡镇.
    case example
    /// The helping side of an aid pairing: 厦门 in 厦门对口帮扶临夏, 福建 in 福建援助宁夏.
    case partner
    /// Where the story was filed: 贵阳 in 新华网贵阳10月29日电, 本报呼和浩特讯.
    case dateline
    /// Part of a newspaper's, site's or broadcaster's name: 湖南日报, 中国甘肃网, or a provincial
    /// paper read as its province (扬子晚报).
    case media
    /// The wider area a result is ranked in: 全省 in 在全省县级市场中率先建起13家.
    case frame

    /// Whether the mention may own a figure.
    public var owns: Bool { self == .owner }
}

/// Roles read from the words around a mention (examples, datelines, media names, ranking frames).
struct MentionRoleReader {
    let scalars: [Unicode.Scalar]

    /// Scalars that end a clause (as the facts module splits them).
    static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "\n", "…": return true
        default: return false
        }
    }

    private static let media: [[Unicode.Scalar]] = [
        "日报", "晚报", "晨报", "都市报", "商报", "新闻网", "客户端", "电视台", "广播电视台", "卫视", "融媒",
        "之声", "头条", "网讯", "网",
    ].map { Array($0.unicodeScalars) }
    /// Words after 网 that make it another word (网格员, 网点).
    private static let notMediaAfterNet: Set<Unicode.Scalar> = ["格", "点", "络", "上", "吧", "民", "店", "购"]
    private static let numerals: Set<Unicode.Scalar> = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "０", "１", "２", "３", "４", "５", "６", "７", "８", "９",
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "两", "百", "千", "万", "数", "几",
    ]
    /// What follows 等 when it closes a list of places (等257个, 等地, 等乡镇).
    private static let placeWords: Set<Unicode.Scalar> = ["地", "处", "县", "市", "区", "旗", "乡", "镇", "村", "街", "社", "省", "州", "盟"]
    private static let listMarks: Set<Unicode.Scalar> = ["、", "和", "及", "与"]
    private static let prepositions: Set<Unicode.Scalar> = ["由", "在", "对", "如", "从", "包", "括", "像", "是"]
    private static let project = Array("项目".unicodeScalars), works = Array("工程".unicodeScalars)
    private static let ranking: [[Unicode.Scalar]] = [
        "率先", "第一", "前列", "前三", "前五", "前十", "首位", "之首", "首个", "首家", "领先", "排名", "排在", "名列",
        "最多", "最高", "最早", "唯一",
    ].map { Array($0.unicodeScalars) }

    /// How far a clause is looked at around a word (a line of 5 MB without punctuation must not
    /// make every aid verb or 分别 scan all of it).
    static let clauseReach = 200

    /// The clause around `k` (at most `clauseReach` scalars each way).
    static func clause(around k: Int, in s: [Unicode.Scalar]) -> Range<Int> {
        var lo = k, hi = k
        while lo > 0, k - lo < clauseReach, !isClauseBreak(s[lo - 1]) { lo -= 1 }
        while hi < s.count, hi - k < clauseReach, !isClauseBreak(s[hi]) { hi += 1 }
        return lo ..< hi
    }

    /// How far after a listed place its list's 等 may stand (same clause).
    static let listReach = 60
    /// How far after an area its ranking word may stand (same clause).
    static let rankingReach = 14

    /// The role of a name at `range` read from its neighbours alone: dateline, media or owner.
    func role(ofName range: Range<Int>) -> MentionRole {
        if isDateline(range) { return .dateline }
        if isMediaName(range) { return .media }
        return .owner
    }

    /// 贵阳 in `新华网贵阳10月29日电`, 呼和浩特 in `本报呼和浩特讯`: the place, an optional date, then 电 or 讯.
    func isDateline(_ range: Range<Int>) -> Bool {
        var i = range.upperBound
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{3000}" { i += 1 }
        var j = i
        var dated = false
        while j < scalars.count, j - i < 3, Self.numerals.contains(scalars[j]) { j += 1 }
        if j > i, j < scalars.count, scalars[j] == "月" {
            var d = j + 1
            while d < scalars.count, d - j <= 3, Self.numerals.contains(scalars[d]) { d += 1 }
            guard d > j + 1, d < scalars.count, scalars[d] == "日" else { return false }
            i = d + 1
            dated = true
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\u{3000}" { i += 1 }
        }
        guard i < scalars.count, scalars[i] == "电" || scalars[i] == "讯" else { return false }
        // Undated, 电 and 讯 must end the word: 松山区电商 and 赤峰市电力公司 are no datelines.
        return dated || i + 1 == scalars.count || !(0x4E00 ... 0x9FFF).contains(scalars[i + 1].value)
    }

    /// 湖南 in `湖南日报` or `新湖南客户端`, 甘肃 in `中国甘肃网`.
    func isMediaName(_ range: Range<Int>) -> Bool {
        // A paper read whole (扬子晚报, see Newspapers): no place name ends in 报 or 网.
        if let last = scalars[range].last, last == "报" || last == "网" { return true }
        let i = range.upperBound
        for word in Self.media where starts(word, at: i) {
            if word == [Unicode.Scalar("网")], i + 1 < scalars.count, Self.notMediaAfterNet.contains(scalars[i + 1]) {
                continue
            }
            return true
        }
        return false
    }

    /// Which of the names at `ranges` (in text order) are examples of a list closed by 等 and a
    /// count, a place word or 项目 (蜀粤幼儿园、高县…项目等257个项目; 漳州、南平等地; 兴海县…学校、
    /// 贵南县…景区等项目): a name right before 等, a name opening a later item of the list (after
    /// 、和及与), a name opening the list (or followed by a list mark) when another name opens a
    /// later item, and a name right after an example (兴海县子科滩镇). A subject before its list (松山区新建学校、医院等3个项目)
    /// opens no later item and stays an owner.
    func examples(_ ranges: [Range<Int>]) -> [Bool] {
        var out = [Bool](repeating: false, count: ranges.count)
        for (i, r) in ranges.enumerated() {
            if i > 0, out[i - 1], ranges[i - 1].upperBound == r.lowerBound { out[i] = true; continue }
            guard let close = listClose(after: r) else { continue }
            let before = r.lowerBound > 0 ? scalars[r.lowerBound - 1] : "\n"
            if close == r.upperBound || Self.listMarks.contains(before) { out[i] = true; continue }
            let after = r.upperBound < scalars.count ? scalars[r.upperBound] : "\n"
            if opensClause(r) || Self.listMarks.contains(after) {
                out[i] = ranges[(i + 1)...].prefix { $0.upperBound <= close }.contains {
                    $0.lowerBound > 0 && Self.listMarks.contains(scalars[$0.lowerBound - 1])
                }
            }
        }
        return out
    }

    /// The offset of the 等 closing a list after `range` in its clause, if any.
    private func listClose(after range: Range<Int>) -> Int? {
        var k = range.upperBound
        while k + 1 < scalars.count, k - range.upperBound < Self.listReach, !Self.isClauseBreak(scalars[k]) {
            if scalars[k] == "等" {
                let next = scalars[k + 1]
                if Self.numerals.contains(next) || Self.placeWords.contains(next) || starts(Self.project, at: k + 1)
                    || starts(Self.works, at: k + 1) { return k }
            }
            k += 1
        }
        return nil
    }

    /// Whether only a preposition (由, 在, 对, 如, 从, 包括, 像) or nothing stands between the
    /// clause's start and `range`.
    private func opensClause(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        var words = 0
        while k > 0, !Self.isClauseBreak(scalars[k - 1]) {
            let s = scalars[k - 1]
            if s == " " || s == "\u{3000}" || s == "“" || s == "\"" { k -= 1; continue }
            guard Self.prepositions.contains(s), words < 2 else { return false }
            words += 1
            k -= 1
        }
        return true
    }

    /// A ranking word after the mention in its clause (在全省县级市场中率先, 居全市第一).
    func isFollowedByRanking(_ range: Range<Int>) -> Bool {
        var k = range.upperBound
        while k < scalars.count, k - range.upperBound < Self.rankingReach, !Self.isClauseBreak(scalars[k]) {
            if Self.ranking.contains(where: { starts($0, at: k) }) { return true }
            k += 1
        }
        return false
    }

    private func starts(_ word: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + word.count <= scalars.count, scalars[k] == word[0] else { return false }
        for (j, w) in word.enumerated() where scalars[k + j] != w { return false }
        return true
    }
}
