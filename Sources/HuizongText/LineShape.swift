/// Shape tests on a cleaned line or paragraph, used to decide joins and block kinds.
enum Shape {
    enum Ending { case final, continuing, closing, dash, open }

    /// How a line ends: sentence-final (also after closing quotes, and `；`), continuing (comma,
    /// enumeration comma, colon, opening bracket), a closing quote after a non-final character,
    /// a dash (lead-in such as `急事即知即办——`), or plainly open.
    static func ending(_ s: [Unicode.Scalar]) -> Ending {
        guard var k = s.indices.last else { return .open }
        let lastValue = s[k].value
        if lastValue == 0x2014 || lastValue == 0x2015 { return .dash }
        var sawClosing = false
        while k >= 0, ScalarClass.isClosing(s[k].value) { k -= 1; sawClosing = true }
        guard k >= 0 else { return .closing }
        let v = s[k].value
        if ScalarClass.isSentenceFinal(v) || v == 0xFF1B || v == 0x3B { return .final }
        if sawClosing { return .closing }
        if v == 0xFF0C || v == 0x3001 || v == 0xFF1A || v == 0x2C || v == 0x3A || ScalarClass.isOpening(v) {
            return .continuing
        }
        return .open
    }

    /// Punctuation that cannot open a sentence or heading: the line before went on into this one.
    static func cannotStart(_ v: UInt32) -> Bool {
        v == 0xFF0C || v == 0x3001 || v == 0x3002 || v == 0xFF1B || v == 0xFF1A || v == 0xFF1F || v == 0xFF01
            || v == 0x201D || v == 0x2019 || v == 0xFF09 || v == 0x300B || v == 0x300D || v == 0x25
    }

    /// Starts like an item of a list: `一是`, `二、`, `（三）`, `1、`, `2.`, `①`.
    static func startsWithEnumeration(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first?.value else { return false }
        if first >= 0x2460 && first <= 0x2473 { return true }                    // ① … ⑳
        let numerals = "一二三四五六七八九十".unicodeScalars
        var i = 0
        if first == 0xFF08 || first == 0x28 {                                        // （一） (1)
            i = 1
            while i < s.count, numerals.contains(s[i]) || ScalarClass.isDigit(s[i].value) { i += 1 }
            return i > 1 && i < s.count && (s[i].value == 0xFF09 || s[i].value == 0x29)
        }
        if numerals.contains(s[0]) {
            while i < s.count, numerals.contains(s[i]) { i += 1 }
            guard i < s.count else { return false }
            return s[i] == "是" || s[i] == "、" || s[i] == "．"
        }
        if ScalarClass.isDigit(first) {
            while i < s.count, ScalarClass.isDigit(s[i].value) { i += 1 }
            guard i < 3, i + 1 < s.count else { return false }
            let v = s[i].value
            return v == 0x3001 || ((v == 0x2E || v == 0xFF0E) && !ScalarClass.isDigit(s[i + 1].value))
        }
        return false
    }

    /// Opening minus closing “” 《》 （） in `s`; summed over lines it tells whether a quote is still open.
    static func openMarks(_ s: [Unicode.Scalar]) -> Int {
        // Over a raw buffer, with one range test first: this runs on every line.
        s.withUnsafeBufferPointer { buf in
            var n = 0
            for x in buf {
                let v = x.value
                guard v >= 0x201C else { continue }
                switch v {
                case 0x201C, 0x300A, 0xFF08: n += 1
                case 0x201D, 0x300B, 0xFF09: n -= 1
                default: break
                }
            }
            return n
        }
    }

    /// More opening than closing quotes or brackets.
    static func unbalanced(_ s: [Unicode.Scalar]) -> Bool {
        var quotes = 0, books = 0, parens = 0
        for x in s {
            switch x.value {
            case 0x201C: quotes += 1
            case 0x201D: quotes -= 1
            case 0x300A: books += 1
            case 0x300B: books -= 1
            case 0xFF08: parens += 1
            case 0xFF09: parens -= 1
            default: break
            }
        }
        return quotes > 0 || books > 0 || parens > 0
    }

    static func hasQuotes(_ s: [Unicode.Scalar]) -> Bool {
        s.contains { ScalarClass.isOpening($0.value) || ScalarClass.isClosing($0.value) }
    }

    /// Any clause or sentence punctuation (，、；：。？！) inside.
    static func hasClausePunctuation(_ s: [Unicode.Scalar]) -> Bool {
        s.contains {
            let v = $0.value
            return v == 0xFF0C || v == 0x3001 || v == 0xFF1B || v == 0xFF1A || v == 0x3002 || v == 0xFF1F || v == 0xFF01
        }
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ prefix: [Unicode.Scalar]) -> Bool {
        guard s.count >= prefix.count else { return false }
        for i in prefix.indices where s[i] != prefix[i] { return false }
        return true
    }

    static func contains(_ s: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, s.count >= needle.count else { return false }
        outer: for i in 0...(s.count - needle.count) {
            for j in 0..<needle.count where s[i + j] != needle[j] { continue outer }
            return true
        }
        return false
    }

    /// Words the shape tests look for, as scalars once: these tests run on every line, and a
    /// String literal would be decoded (or copied into an array) at each call.
    enum Words {
        static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        static let dash = scalars("——"), localNews = scalars("本报讯")
        static let creditLabels = ["来源：", "责任编辑", "编辑：", "作者：", "通讯员："].map(scalars)
        static let staffReporter = scalars("本报记者"), reporter = scalars("记者 "), trainee = scalars("见习记者")
        static let correspondent = scalars("通讯员"), according = scalars("据")
        static let photoBy = scalars("摄影："), photoByASCII = scalars("摄影:")
        static let pictured = scalars("图为"), pictureSlash = scalars("图/"), pictures = scalars("图片")
    }

    /// Short and not ending like a sentence or a clause: a headline, section heading or label.
    static func isHeadingLike(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.isEmpty else { return false }
        // A romanised headline (`ENDOUBAINIANLU QIHANG…`) under a Chinese one.
        if s.count <= 160 && !s.contains(where: { ScalarClass.isHan($0.value) }) && ending(s) != .final { return true }
        guard s.count <= 40 else { return false }
        let e = ending(s)
        return e != .final && e != .continuing && !unbalanced(s)
    }

    /// `□本报记者 白丹`, `□魏那`, `本报记者 宋爽`, `据新华网`, `来源：人民网`.
    static func isByline(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first?.value else { return false }
        if first == 0x25A1 || first == 0x25A0 { return s.count <= 30 }
        // Credit lines: `来源：人民网`, `责任编辑：张三`, `作者：…`.
        if s.count <= 30 {
            for label in Words.creditLabels where hasPrefix(s, label) { return true }
        }
        guard s.count <= 20, !hasClausePunctuation(s) else { return false }
        return hasPrefix(s, Words.staffReporter) || hasPrefix(s, Words.reporter) || hasPrefix(s, Words.trainee)
            || hasPrefix(s, Words.correspondent) || (hasPrefix(s, Words.according) && s.count <= 8)
    }

    /// Photo captions: `…孙铨峰 摄`, `…摄影：马欣`, `图为…`, `（本版图片均由…提供）`.
    static func isCaption(_ s: [Unicode.Scalar]) -> Bool {
        guard let last = s.last?.value else { return false }
        if last == 0x6444 { return true }                                     // 摄
        if containsPhotoBy(s) { return true }
        if hasPrefix(s, Words.pictured) || hasPrefix(s, Words.pictureSlash) { return true }
        if s.first?.value == 0xFF08 && last == 0xFF09 && contains(s, Words.pictures) { return true }
        return false
    }

    /// Whether `摄影：` or `摄影:` occurs in `s`: one scan for both (captions are tested on every
    /// paragraph and on every line that might join the next).
    static func containsPhotoBy(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 3 else { return false }
        for i in 0 ..< (s.count - 2) where s[i] == Words.photoBy[0] && s[i + 1] == Words.photoBy[1] {
            if s[i + 2] == Words.photoBy[2] || s[i + 2] == Words.photoByASCII[2] { return true }
        }
        return false
    }

    /// Personal names only: one to three groups of two to four Han characters separated by spaces.
    static func isNameLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 14 else { return false }
        var groups = 0, run = 0
        for x in s {
            if ScalarClass.isHan(x.value) { run += 1; continue }
            guard x == " ", run >= 2, run <= 4 else { return false }
            groups += 1; run = 0
        }
        guard run >= 2, run <= 4 else { return false }
        return groups + 1 <= 3
    }

    /// One short sentence set apart by two or more blank lines: a photo caption in a page layout.
    static func isIsolatedSentence(_ p: BuiltParagraph) -> Bool {
        guard p.blankBefore >= 2, p.scalars.count <= 120, ending(p.scalars) == .final else {
            return false
        }
        var finals = 0
        for x in p.scalars where x.value == 0x3002 || x.value == 0xFF01 || x.value == 0xFF1F { finals += 1 }
        return finals == 1
    }
}
