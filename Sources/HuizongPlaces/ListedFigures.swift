// Figures whose place a list gives, rather than the nearest name before them:
// - 分别 (respectively): in `湘西州、衡阳市、邵阳市则分别只有35.29%、39.73%、43.17%` the k-th figure
//   after 分别 belongs to the k-th place before it;
// - tables written one cell per line (`长沙市 |`, `150 |`, `95.33% |`): a row's cells are separate
//   paragraphs, so a figure's row, not its one-cell paragraph, holds its place;
// - quoted speech (“我贷100万元买了105头牛……”说起…，赤峰市巴林左旗查干哈达苏木牧民…): a figure in
//   someone's words with no place before it belongs to the speaker's place named after the quote.
// It also keeps where sentences end, for DocumentPlaces.

struct ListedFigures: Sendable {
    /// One 分别 clause: the spans of the items after 分别 and, for each, its place (a mention index).
    struct Respectively: Sendable {
        var items: [Range<Int>]
        var places: [Int]
    }

    private(set) var respectively: [Respectively] = []
    /// Runs of consecutive one-cell paragraphs (at least `minimumRun`), in text order.
    private(set) var tableRuns: [Range<Int>] = []
    /// Quoted speech (“…” of at least `minimumSpeech` scalars), in order.
    private(set) var speech: [Range<Int>] = []
    /// Offsets of the scalars that end sentences (。！？!? and line ends), in order.
    private(set) var sentenceEnds: [Int] = []

    static let minimumRun = 3
    /// The longest paragraph still read as one table cell.
    static let maxCellLength = 40
    private static let itemMarks: Set<Unicode.Scalar> = ["、", "和", "及"]

    init() {}

    init(scalars: [Unicode.Scalar], paragraphs: [Range<Int>], mentions: [PlaceMention]) {
        respectively = Self.respectivelyClauses(scalars, mentions)
        tableRuns = Self.runs(scalars, paragraphs)
        (speech, sentenceEnds) = Self.speechAndSentenceEnds(scalars)
    }

    /// The quoted speech holding `offset`, if any.
    func speech(containing offset: Int) -> Range<Int>? {
        var lo = 0, hi = speech.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if speech[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < speech.count && speech[lo].contains(offset) ? speech[lo] : nil
    }

    /// A quotation shorter than this is a slogan or a name (“四三三”), not someone's words.
    static let minimumSpeech = 15

    /// Quoted speech (from a “ to the next ”) and the offsets of sentence ends, in one pass over
    /// a raw buffer: it looks at every scalar of every document.
    private static func speechAndSentenceEnds(_ s: [Unicode.Scalar]) -> (speech: [Range<Int>], ends: [Int]) {
        var speech: [Range<Int>] = [], ends: [Int] = []
        var open = -1
        s.withUnsafeBufferPointer { text in
            for i in 0 ..< text.count {
                switch text[i] {
                case "。", "！", "？", "!", "?", "\n": ends.append(i)
                case "“": open = i
                case "”" where open >= 0:
                    if i - open > minimumSpeech { speech.append(open ..< i + 1) }
                    open = -1
                default: break
                }
            }
        }
        return (speech, ends)
    }

    /// Where the sentence holding `offset` starts.
    func sentenceStart(of offset: Int) -> Int {
        var lo = 0, hi = sentenceEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceEnds[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : sentenceEnds[lo - 1] + 1
    }

    /// The mention index a figure at `offset` belongs to by a 分别 list, if any.
    func respectivePlace(of offset: Int) -> Int? {
        for group in respectively {
            guard let first = group.items.first, let last = group.items.last,
                  first.lowerBound <= offset, offset < last.upperBound else { continue }
            if let k = group.items.firstIndex(where: { $0.contains(offset) }) { return group.places[k] }
        }
        return nil
    }

    /// The table run holding `paragraph`, from the run's start to the paragraph's end.
    func tableSpan(for paragraph: Range<Int>) -> Range<Int>? {
        guard !tableRuns.isEmpty,
              let run = tableRuns.first(where: { $0.lowerBound <= paragraph.lowerBound && paragraph.upperBound <= $0.upperBound })
        else { return nil }
        return run.lowerBound ..< paragraph.upperBound
    }

    private static func respectivelyClauses(_ s: [Unicode.Scalar], _ mentions: [PlaceMention]) -> [Respectively] {
        var out: [Respectively] = []
        var k = 0
        while k + 1 < s.count {
            defer { k += 1 }
            guard s[k] == "分", s[k + 1] == "别" else { continue }
            let clause = MentionRoleReader.clause(around: k, in: s)
            let lo = clause.lowerBound, hi = max(clause.upperBound, k + 2)
            var first = 0, last = mentions.count  // the first mention starting in the clause
            while first < last {
                let mid = (first + last) / 2
                if mentions[mid].range.lowerBound < lo { first = mid + 1 } else { last = mid }
            }
            var places: [Int] = []
            var i = first
            while i < mentions.count, mentions[i].range.upperBound <= k {
                if mentions[i].region != nil && mentions[i].role.owns { places.append(i) }
                i += 1
            }
            guard places.count >= 2 else { continue }
            var items: [Range<Int>] = []
            var start = k + 2
            for i in (k + 2) ..< hi where itemMarks.contains(s[i]) {
                items.append(start ..< i)
                start = i + 1
            }
            items.append(start ..< hi)
            if items.count == places.count { out.append(Respectively(items: items, places: places)) }
        }
        return out
    }

    private static func runs(_ s: [Unicode.Scalar], _ paragraphs: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var runStart: Int?, runEnd = 0, count = 0
        func close() {
            if let start = runStart, count >= minimumRun { out.append(start ..< runEnd) }
            runStart = nil; count = 0
        }
        for p in paragraphs {
            var last = p.upperBound - 1
            while last >= p.lowerBound, s[last] == " " || s[last] == "\u{3000}" || s[last] == "\t" { last -= 1 }
            let isCell = p.count <= maxCellLength && last >= p.lowerBound && (s[last] == "|" || s[last] == "｜")
            if isCell {
                if runStart == nil { runStart = p.lowerBound }
                runEnd = p.upperBound
                count += 1
            } else {
                close()
            }
        }
        close()
        return out
    }
}
