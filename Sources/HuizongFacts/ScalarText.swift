/// Small helpers for matching literal words against a document's scalars without building Strings.
/// Keywords are stored as scalar arrays so the hot loops compare scalars directly.
enum ScalarText {
    /// The scalars of `s`, for keyword tables.
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// True when `word` occurs in `text` starting exactly at `at` (and fits before `limit`).
    @inline(__always)
    static func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at: Int, limit: Int) -> Bool {
        if at < 0 || at + word.count > limit { return false }
        var k = 0
        while k < word.count {
            if text[at + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// True when `word` ends exactly at `end` (exclusive) and starts at or after `lower`.
    @inline(__always)
    static func endsWith(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], end: Int, lower: Int) -> Bool {
        let start = end - word.count
        if start < lower { return false }
        return matches(word, in: text, at: start, limit: end)
    }

    /// The first `word` of `words` ending exactly at `end`, longest words first as the caller ordered them.
    static func firstEnding(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], end: Int, lower: Int) -> Int? {
        for (i, w) in words.enumerated() where endsWith(w, in: text, end: end, lower: lower) { return i }
        return nil
    }

    /// The first `word` of `words` starting exactly at `at`.
    static func firstStarting(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at: Int, limit: Int) -> Int? {
        for (i, w) in words.enumerated() where matches(w, in: text, at: at, limit: limit) { return i }
        return nil
    }

    /// Whether `word` occurs anywhere in `range` of `text`.
    static func contains(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
        firstIndex(of: word, in: text, range: range) != nil
    }

    /// Where `word` first occurs wholly inside `range` of `text`.
    static func firstIndex(of word: [Unicode.Scalar], in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
        guard let first = word.first, word.count <= range.count else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - word.count
        while i <= last {
            if text[i] == first && matches(word, in: text, at: i, limit: range.upperBound) { return i }
            i += 1
        }
        return nil
    }

    /// Whether any of `words` occurs wholly inside `range` of `text`.
    static func containsAny(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
        words.contains { contains($0, in: text, range: range) }
    }

    /// CJK unified ideographs (the common block and extension A), i.e. "a Chinese word character".
    @inline(__always)
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
    }

    /// ASCII letters.
    @inline(__always)
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// Spaces of any width.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}"
    }
}
