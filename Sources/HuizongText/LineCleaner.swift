/// Cleans one line of decoded text: the marks converted web pages leave behind.
///
/// The passes run in a fixed order, each a single scan over the line's scalars:
/// 1. `mapCharacters` – zero-width characters go, odd spaces become U+0020, full-width digits, letters
///    and `％` become ASCII.
/// 2. `stripPinyin` – `發(fā)展` → `發展`: a parenthesised pinyin syllable with a tone mark after a Han character.
/// 3. `chinesePunctuation` – ASCII `,;:?!()."` next to Chinese text become `，；：？！（）。“”`.
/// 4. `numberSpacing` – spaces collapse; `201 7年` → `2017年`, `1 000` → `1000`, `2021 年` → `2021年`.
/// 5. `punctuationRuns` – `,,` `,。` `、,` `，；` become one mark; spaces beside clause marks go.
/// Lines never merge here, so every scalar of the output still comes from the input line.
///
/// Passes 2–5 change a line only at their trigger scalars (brackets, ASCII marks, spaces, doubled
/// clause marks). Pass 1 notes which triggers the line holds, and a pass without its trigger is
/// skipped: most lines of an article need pass 1 alone, and each pass costs a scan and an array.
public enum LineCleaner {
    /// The cleaned form of one line (no line break inside).
    public static func clean<C: Collection>(_ line: C) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        var triggers = Triggers()
        var s = mapCharacters(line, noting: &triggers)
        if s.isEmpty { return s }
        if triggers.bracket {
            // Removing a pinyin annotation can bring any two marks together: every pass runs.
            s = stripPinyin(s)
            s = chinesePunctuation(s)
            s = numberSpacing(s)
            return punctuationRuns(s)
        }
        // Without a bracket, pass 3 only turns ASCII marks into full-width ones and pass 4 only
        // touches spaces; pass 5 acts at a space or at a clause mark followed by another.
        if triggers.asciiMark { s = chinesePunctuation(s) }
        if triggers.space { s = numberSpacing(s) }
        if triggers.space || triggers.asciiMark || triggers.doubledMark { s = punctuationRuns(s) }
        return s
    }

    /// Which later passes a mapped line needs.
    struct Triggers {
        /// `(` or `（`: pinyin annotations (pass 2).
        var bracket = false
        /// One of `,;:?!()."` (pass 3).
        var asciiMark = false
        /// A space (passes 4 and 5).
        var space = false
        /// A Chinese clause mark right after another (pass 5).
        var doubledMark = false
    }

    // MARK: 1. Characters

    static func mapCharacters<C: Collection>(_ line: C) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        var triggers = Triggers()
        return mapCharacters(line, noting: &triggers)
    }

    /// Written straight into the array's storage (the output is never longer than the line):
    /// this is the one pass every line takes.
    static func mapCharacters<C: Collection>(_ line: C, noting triggers: inout Triggers) -> [Unicode.Scalar]
    where C.Element == Unicode.Scalar {
        var found = Triggers()
        let result = [Unicode.Scalar](unsafeUninitializedCapacity: line.count) { out, written in
            var n = 0
            var previousMark = false
            for s in line {
                let v = s.value
                if v < 0x80 {
                    if v >= 0x20 && v != 0x7F {
                        out[n] = s; n += 1
                        switch v {
                        case 0x20: found.space = true
                        case 0x28: found.bracket = true; found.asciiMark = true
                        case 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x29, 0x2E, 0x22: found.asciiMark = true
                        default: break
                        }
                        previousMark = false
                    } else if v == 0x09 {
                        out[n] = " "; n += 1; found.space = true; previousMark = false
                    }
                    continue
                }
                // CJK text lies between the special cases below and the full-width forms.
                if v > 0x3000 && v < 0xFEFF {
                    out[n] = s; n += 1
                    let mark = runMark(v)
                    if mark && previousMark { found.doubledMark = true }
                    previousMark = mark
                    continue
                }
                let mapped: Unicode.Scalar
                switch v {
                case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x80...0x9F:
                    continue
                case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                    mapped = " "; found.space = true
                case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05:
                    mapped = Unicode.Scalar(v - 0xFEE0)!
                case 0xFF0E where n > 0 && ScalarClass.isDigit(out[n - 1].value):
                    mapped = "."
                default:
                    mapped = s
                }
                out[n] = mapped; n += 1
                let mark = runMark(mapped.value)
                if mark && previousMark { found.doubledMark = true }
                if mapped.value == 0xFF08 { found.bracket = true }
                previousMark = mark
            }
            written = n
        }
        triggers = found
        return result
    }

    // MARK: 2. Pinyin annotations

    /// Vowels with tone marks (and ü, ḿ ń ň ǹ) that tell pinyin from other bracketed Latin text.
    @inline(__always) static func isToneLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0xE0, 0xE1, 0xE8, 0xE9, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC, 0xEA,
             0x101, 0x113, 0x11B, 0x12B, 0x14D, 0x16B, 0x1CE, 0x1D0, 0x1D2, 0x1D4, 0x1D6, 0x1D8, 0x1DA, 0x1DC,
             0x144, 0x148, 0x1F9, 0x1E3F:
            return true
        default:
            return false
        }
    }

    /// `(xiàn)` — the known mojibake `?,F(xiàn)` of `。現` is repaired on the way.
    static func stripPinyin(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let v = s[i].value
            if (v == 0x28 || v == 0xFF08), let prev = out.last?.value, let end = pinyinEnd(s, from: i + 1) {
                if ScalarClass.isHan(prev) { i = end; continue }
                // GBK-era artefact: "。現" turned into "?,F" with its pinyin still attached.
                if prev == 0x46, out.count >= 3, out[out.count - 2] == ",", out[out.count - 3] == "?" {
                    out.removeLast(3)
                    out.append("\u{3002}"); out.append("\u{73FE}")
                    i = end; continue
                }
            }
            out.append(s[i]); i += 1
        }
        return out
    }

    /// Index after the closing bracket when `s[start...]` is `pinyin)` with a tone mark (one or a few
    /// syllables, lower-case, spaces or apostrophes allowed between them); else nil.
    private static func pinyinEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        var toned = false
        while j < s.count, j - start <= 24 {
            let v = s[j].value
            if v == 0x29 || v == 0xFF09 { return toned && j > start ? j + 1 : nil }
            if isToneLetter(v) { toned = true }
            else if !(v >= 0x61 && v <= 0x7A) && !((v == 0x20 || v == 0x27) && j > start) { return nil }
            j += 1
        }
        return nil
    }

    // MARK: 3. ASCII punctuation in Chinese text

    static func chinesePunctuation(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = s
        let n = s.count
        // Brackets opened as full-width close as full-width, whatever stands before the close.
        var openFullWidth = 0
        var quotesOpen = false
        for i in 0..<n {
            let v = s[i].value
            guard v == 0x2C || v == 0x3B || v == 0x3A || v == 0x3F || v == 0x21 || v == 0x28 || v == 0x29
                || v == 0x2E || v == 0x22 else { continue }
            var p = i - 1
            while p >= 0, s[p] == " " { p -= 1 }
            var q = i + 1
            while q < n, s[q] == " " { q += 1 }
            // Neighbours from `out`, so a mark already converted counts as Chinese for the next one.
            let prev: UInt32 = p >= 0 ? out[p].value : 0
            let next: UInt32 = q < n ? s[q].value : 0
            let prevCJK = ScalarClass.isCJK(prev), nextCJK = ScalarClass.isCJK(next)
            let digits = ScalarClass.isDigit(prev) && ScalarClass.isDigit(next)
            switch v {
            case 0x2C where !digits && (prevCJK || nextCJK): out[i] = "\u{FF0C}"
            case 0x3B where prevCJK || nextCJK: out[i] = "\u{FF1B}"
            case 0x3A where !digits && (prevCJK || nextCJK): out[i] = "\u{FF1A}"
            case 0x3F where prevCJK || (nextCJK && !ScalarClass.isLatinLetter(prev)): out[i] = "\u{FF1F}"
            case 0x21 where prevCJK || (nextCJK && !ScalarClass.isLatinLetter(prev)): out[i] = "\u{FF01}"
            case 0x2E where (ScalarClass.isHan(prev) || prev == 0x201D || prev == 0xFF09)
                && (next == 0 || ScalarClass.isCJK(next)):
                out[i] = "\u{3002}"                                          // 完成了.下一步
            case 0x22 where prevCJK || nextCJK:
                // Straight quotes in Chinese text alternate: opening, closing, opening …
                out[i] = quotesOpen ? "\u{201D}" : "\u{201C}"; quotesOpen.toggle()
            case 0x28 where prevCJK || nextCJK: out[i] = "\u{FF08}"; openFullWidth += 1
            case 0x29 where prevCJK || nextCJK || openFullWidth > 0:
                out[i] = "\u{FF09}"; openFullWidth = max(0, openFullWidth - 1)
            default: break
            }
        }
        return out
    }

    // MARK: 4. Spaces and numbers

    static func numberSpacing(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count)
        let n = s.count
        var i = 0
        while i < n {
            guard s[i] == " " else { out.append(s[i]); i += 1; continue }
            var j = i
            while j < n, s[j] == " " { j += 1 }
            // Leading and trailing spaces go.
            guard let prev = out.last?.value, j < n else { i = j; continue }
            let next = s[j].value
            if ScalarClass.isDigit(prev) {
                if ScalarClass.isHan(next) { i = j; continue }          // "2021 年"
                if ScalarClass.isDigit(next) && j - i == 1 && joinsDigits(s, spaceAt: i, rightStart: j) { i = j; continue }
            }
            out.append(" ")
            i = j
        }
        return out
    }

    /// Whether `left digits` + space + `s[rightStart...]` is one number broken by a space.
    /// The groups are read from the input, so `1 000 000` joins group by group.
    private static func joinsDigits(_ s: [Unicode.Scalar], spaceAt: Int, rightStart: Int) -> Bool {
        var leftLength = 0
        var k = spaceAt - 1
        while k >= 0, ScalarClass.isDigit(s[k].value) { leftLength += 1; k -= 1 }
        let beforeLeft: UInt32 = k >= 0 ? s[k].value : 0
        if ScalarClass.isLatinLetter(beforeLeft) { return false }
        var r = rightStart
        while r < s.count, ScalarClass.isDigit(s[r].value) { r += 1 }
        let rightLength = r - rightStart
        let after: UInt32 = r < s.count ? s[r].value : 0
        // "201 7年", "10.1 7亿元": a digit or two cut off before a unit or per cent.
        if rightLength <= 2 && (ScalarClass.isHan(after) || after == 0x25) { return true }
        // "1 000": a group of three after one to three digits (not after a decimal point).
        if rightLength == 3 && leftLength <= 3 && beforeLeft != 0x2E && !ScalarClass.isDigit(after) {
            return true
        }
        return false
    }

    // MARK: 5. Runs of Chinese punctuation

    /// Marks that converted pages double up; `，` and `、` give way to any stronger mark in a run.
    @inline(__always) static func runMark(_ v: UInt32) -> Bool {
        v == 0xFF0C || v == 0x3001 || v == 0xFF1B || v == 0xFF1A || v == 0x3002 || v == 0xFF1F || v == 0xFF01
    }

    static func punctuationRuns(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.count)
        let n = s.count
        var i = 0
        while i < n {
            let v = s[i].value
            if v == 0x20 {
                // A space touching a Chinese clause mark is noise (spaces beside quotes may separate
                // the parts of a headline and stay).
                let prev = out.last?.value ?? 0
                let next: UInt32 = i + 1 < n ? s[i + 1].value : 0
                if runMark(prev) || runMark(next) { i += 1; continue }
                out.append(s[i]); i += 1; continue
            }
            guard runMark(v) else { out.append(s[i]); i += 1; continue }
            // Common case first: a lone mark, no run to resolve.
            if i + 1 == n || !(runMark(s[i + 1].value) || s[i + 1] == " ") {
                out.append(s[i]); i += 1; continue
            }
            var j = i
            var strong = [Unicode.Scalar]()
            var hasEnumeration = false
            while j < n {
                let w = s[j].value
                if w == 0x20 { j += 1; continue }
                guard runMark(w) else { break }
                if w == 0x3001 { hasEnumeration = true }
                else if w != 0xFF0C && strong.last != s[j] { strong.append(s[j]) }
                j += 1
            }
            // Spaces inside and after the run were consumed with it.
            if !strong.isEmpty { out.append(contentsOf: strong) }
            else { out.append(hasEnumeration ? "\u{3001}" : "\u{FF0C}") }
            i = j
        }
        return out
    }
}
