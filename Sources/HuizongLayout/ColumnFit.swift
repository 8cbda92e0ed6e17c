// Column widths that never force a break inside a word: English cells (`1.75 million households`,
// held together by no-break spaces) can be wider than the column their weight gives them.

/// Widens columns to the width of their widest unbreakable piece.
enum ColumnFit {
    /// `widths` with every column at least `least`, the total kept: a column short of its least
    /// gets it, and the room comes from the others in proportion to what each has to spare above
    /// its own least, so none of them falls below it. A piece wider than half the table (a long
    /// token in a quote) is broken anyway, its column left at its width; when the rest still do not
    /// fit together, the widths are kept as they are.
    static func widths(_ widths: [Double], least: [Double]) -> [Double] {
        let total = widths.reduce(0, +)
        let least = zip(widths, least).map { $1 > total / 2 ? min($0, $1) : $1 }
        guard least.reduce(0, +) <= total else { return widths }
        let needed = zip(widths, least).map { max(0, $1 - $0) }.reduce(0, +)
        guard needed > 0 else { return widths }
        let spare = zip(widths, least).map { max(0, $0 - $1) }.reduce(0, +)
        return zip(widths, least).map { width, least in
            width < least ? least : width - (width - least) / spare * needed
        }
    }
}
