/// Repairs to the text of PDF lines that come from how the PDF was set, not from what it says.
enum PDFLineRepair {
    /// A justified line of Chinese is set with wider gaps between characters, and poppler reads
    /// each gap as a space (`分 别 选 择 1个`). When most characters of a line are spaced apart,
    /// the spaces are layout, not text: they are removed, except between two Latin letters.
    static func closingLetterSpacing(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var spaced = 0, tight = 0
        for i in s.indices.dropFirst() {
            if s[i] == " " { spaced += 1 } else if s[i - 1] != " ", ScalarWidth.isWide(s[i]) || ScalarWidth.isWide(s[i - 1]) { tight += 1 }
        }
        guard spaced >= 3, spaced >= tight else { return line }
        // Digits too are spaced apart in such a line (`1 4 59件`); only Latin words keep their spaces.
        func latin(_ u: Unicode.Scalar) -> Bool { u.isASCII && u.properties.isAlphabetic }
        var out = String.UnicodeScalarView()
        for (i, u) in s.enumerated() {
            if u == " ", i > 0, i + 1 < s.count, !(latin(s[i - 1]) && latin(s[i + 1])) { continue }
            out.append(u)
        }
        return String(out)
    }

    /// A pronunciation in brackets belongs to the character before it (`实（shí）施`); a line
    /// broken between the two puts it at the start of the next line, where the text stage's
    /// clean-up, which reads one line at a time, would take it for text. It goes back to the end
    /// of the line before when that line goes on in this one.
    static func keepAnnotationsWithTheirCharacter(_ lines: inout [String], starts: [Bool]?) {
        for k in lines.indices.dropFirst() where starts?[k] != true {
            let s = Array(lines[k].unicodeScalars)
            guard s.first == "（" || s.first == "(", let close = s.firstIndex(where: { $0 == "）" || $0 == ")" }),
                  close > 1, close <= 12, s[1..<close].allSatisfy({ $0.properties.isAlphabetic && !ScalarWidth.isWide($0) }),
                  let last = lines[k - 1].unicodeScalars.last, ScalarWidth.isWide(last) else { continue }
            var moved = String.UnicodeScalarView()
            moved.append("（"); moved.append(contentsOf: s[1..<close]); moved.append("）")
            var rest = String.UnicodeScalarView(); rest.append(contentsOf: s[(close + 1)...])
            lines[k - 1] += String(moved)
            lines[k] = String(rest)
        }
    }

    /// Some PDF writers map a full-width bracket's glyph back to the ASCII one (Cairo with the
    /// bundled CJK fonts does): `(` after a Chinese character and `)` before one are set back to
    /// `（` and `）`, as the text stage expects of Chinese text (`实（shí）施`).
    static func fullWidthBrackets(_ line: String) -> String {
        guard line.contains("(") || line.contains(")") else { return line }
        var s = Array(line.unicodeScalars)
        for i in s.indices where s[i] == "(" {
            let close = s[(i + 1)...].firstIndex(of: ")")
            // A pair touching Chinese on either side, or a bracket with Chinese beside it.
            let wideBefore = i > 0 && ScalarWidth.isWide(s[i - 1])
            let wideAfter = close.map { $0 + 1 < s.count && ScalarWidth.isWide(s[$0 + 1]) } ?? false
            if wideBefore || wideAfter {
                s[i] = "（"
                if let close { s[close] = "）" }
            }
        }
        for i in s.indices where s[i] == ")" && i + 1 < s.count && ScalarWidth.isWide(s[i + 1]) { s[i] = "）" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out)
    }
}
