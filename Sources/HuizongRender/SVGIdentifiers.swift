// Cairo numbers SVG ids (glyph3-1, surface7, clip2…) with process-wide counters, so the same chart
// drawn twice, or drawn after other charts by another thread, gets different bytes. Renumbering
// each prefix in order of first appearance makes the output depend on the drawing alone.

/// Renumbers Cairo's SVG element ids per document.
enum SVGIdentifiers {
    /// Id prefixes Cairo 1.16 writes, each followed by a decimal counter.
    static let prefixes: [[UInt8]] = ["glyph", "surface", "clip", "mask", "pattern", "image", "linear", "radial",
                                      "source"].map { Array($0.utf8) }

    /// `svg` with every `<prefix><number>` id renumbered from 0 in order of first appearance.
    static func normalise(_ svg: [UInt8]) -> [UInt8] {
        // One map per prefix, changed in place: copying a map out and back for every id copied
        // the whole dictionary each time. The bytes between ids are copied a stretch at a time.
        var maps = [[ArraySlice<UInt8>: Int]](repeating: [:], count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + 64)
        let count = svg.count
        var copied = 0, index = 1
        while index < count {
            // Ids appear after `id="`, `href="#` or `url(#`: the byte before is `"` or `#`.
            let before = svg[index - 1]
            guard before == UInt8(ascii: "\"") || before == UInt8(ascii: "#"),
                  let which = prefixes.firstIndex(where: { hasPrefix(svg, $0, at: index) }) else {
                index += 1
                continue
            }
            let prefix = prefixes[which]
            var end = index + prefix.count
            while end < count, svg[end] >= UInt8(ascii: "0"), svg[end] <= UInt8(ascii: "9") { end += 1 }
            guard end > index + prefix.count else { index += 1; continue }
            let digits = svg[(index + prefix.count)..<end]
            let next = maps[which].count
            let number = maps[which][digits, default: next]
            if number == next { maps[which][digits] = number }
            out += svg[copied..<(index + prefix.count)]
            appendDecimal(number, to: &out)
            copied = end
            index = end
        }
        out += svg[copied..<count]
        return out
    }

    /// Appends the decimal digits of `number` (not negative).
    private static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        if number >= 10 { appendDecimal(number / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
