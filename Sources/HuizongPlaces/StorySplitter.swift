// Splits a page into stories. Newspaper pages come in two shapes:
// - markdown pages whose stories start at headings of one level (`## 兴和县:…`, seed 003): the
//   page headline is generic and the stories are peers, so the page's region is their common
//   ancestor;
// - pages of a lead story followed by columns, each story opening with title lines and a byline
//   (`□本报记者 白丹`, seed 002): the page is about its lead story's region.

/// How a page was split.
enum PageShape {
    case single, headings, bylines
}

struct StorySplitter {
    let scalars: [Unicode.Scalar]
    /// Non-empty paragraphs in order.
    let paragraphs: [Range<Int>]

    /// Longest line still taken as a title line above a byline.
    static let maxTitleLength = 30

    /// The start offsets of the stories (at least two) and the page shape; `[]`, `.single` otherwise.
    func split() -> ([Int], PageShape) {
        let headings = paragraphs.compactMap { p in headingLevel(p).map { (p.lowerBound, $0) } }
        if let top = headings.map(\.1).min() {
            let starts = headings.filter { $0.1 == top }.map(\.0)
            if starts.count >= 2 { return (starts, .headings) }
        }
        var starts: [Int] = []
        // Each paragraph is asked once (the walk back over title lines asks again).
        let bylines = paragraphs.map(isByline)
        for k in paragraphs.indices where bylines[k] {
            var first = k
            while first > 0 && isTitleLine(paragraphs[first - 1]) && !bylines[first - 1] { first -= 1 }
            let start = first == 0 ? 0 : paragraphs[first].lowerBound
            if starts.last != start { starts.append(start) }
        }
        if !starts.isEmpty { starts[0] = 0 }  // captions and kickers before the first title belong to it
        return starts.count >= 2 ? (starts, .bylines) : ([], .single)
    }

    private func trimmedStart(_ p: Range<Int>) -> Int {
        var i = p.lowerBound
        while i < p.upperBound && (scalars[i] == " " || scalars[i] == "\u{3000}" || scalars[i] == "\t") { i += 1 }
        return i
    }

    func headingLevel(_ p: Range<Int>) -> Int? {
        var i = trimmedStart(p)
        var level = 0
        while i < p.upperBound && scalars[i] == "#" { level += 1; i += 1 }
        return level > 0 && level <= 6 ? level : nil
    }

    /// A paragraph that starts with a byline (`□本报记者 白丹`, `□郭俊楼`), possibly with title
    /// lines joined before it: a □ or ■ within the first title-line length, followed by a
    /// reporter word or a two-to-four-character name. (A □ used as a list bullet is followed by
    /// ordinary text, so it is not a byline.)
    private func isByline(_ p: Range<Int>) -> Bool {
        let start = trimmedStart(p)
        let limit = min(p.upperBound, start + Self.maxTitleLength * 2)
        // A raw loop: this looks at the start of every paragraph of every document.
        let box = scalars.withUnsafeBufferPointer { text in
            var i = start
            while i < limit, text[i] != "□", text[i] != "■" { i += 1 }
            return i
        }
        guard box < limit else { return false }
        let afterRange = (box + 1) ..< min(p.upperBound, box + 13)
        // The words as scalars first (cheap; a □ list bullet fails here); the String check then
        // decides exactly as before where the scalars are present.
        if containsScalars(Self.reporter, in: afterRange) || containsScalars(Self.correspondent, in: afterRange) {
            let after = MentionFinder.string(scalars[afterRange])  // the same String, built in one pass
            if after.contains("记者") || after.contains("通讯员") { return true }
        }
        var n = 0
        var i = box + 1
        while i < p.upperBound, scalars[i].properties.isIdeographic { n += 1; i += 1 }
        let ends = i == p.upperBound || scalars[i] == " " || scalars[i] == "\u{3000}"
        return (2 ... 4).contains(n) && ends
    }

    private static let reporter = Array("记者".unicodeScalars)
    private static let correspondent = Array("通讯员".unicodeScalars)

    /// Whether `word` occurs in `scalars[range]`.
    private func containsScalars(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard word.count <= range.count else { return false }
        var i = range.lowerBound
        while i + word.count <= range.upperBound {
            if scalars[i] == word[0] && Array(scalars[i ..< i + word.count]) == word { return true }
            i += 1
        }
        return false
    }

    private func isTitleLine(_ p: Range<Int>) -> Bool {
        guard p.count <= Self.maxTitleLength, let last = p.last else { return false }
        return !["。", "！", "？", "”", "，", ",", "：", "；"].contains(scalars[last])
    }
}
