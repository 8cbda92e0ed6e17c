/// Gathers the text of a document as lines: text is appended to the current line, and a block's
/// end or a line break closes it. Blank lines are dropped; table rows are one line, cells joined
/// by a tab.
struct LineCollector {
    private(set) var lines: [String] = []
    private var current = ""
    /// HTML: runs of white space inside a line count as one space.
    var collapsesWhiteSpace = false

    mutating func append(_ text: String) {
        guard collapsesWhiteSpace else { current += text; return }
        for u in text.unicodeScalars {
            if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0C}" {
                if let last = current.unicodeScalars.last, last != " " { current += " " }
            } else {
                current.unicodeScalars.append(u)
            }
        }
    }

    /// Closes the current line (nothing when it holds only white space).
    mutating func breakLine() {
        let trimmed = current.trimmingWhiteSpace()
        if !trimmed.isEmpty { lines.append(trimmed) }
        current = ""
    }

    /// One table row: each cell's lines joined by a space, the cells by a tab.
    mutating func appendRow(_ cells: [[String]]) {
        breakLine()
        let texts = cells.map { $0.joined(separator: " ") }
        if texts.contains(where: { !$0.isEmpty }) { lines.append(texts.joined(separator: "\t")) }
    }

    /// The lines, the current one closed.
    mutating func finish() -> [String] { breakLine(); return lines }
}

extension String {
    /// Without spaces, tabs, ideographic spaces and no-break spaces at either end.
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        func blank(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\u{3000}" || u == "\u{A0}" || u == "\n" || u == "\r" }
        guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !blank($0) })!
        return String(scalars[first...last])
    }
}
