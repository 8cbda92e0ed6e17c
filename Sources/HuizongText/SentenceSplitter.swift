/// Splits paragraphs into sentences at 。！？ (and ASCII ! ?), keeping closing quotes and brackets
/// with the sentence they close; a paragraph end always ends a sentence.
enum SentenceSplitter {
    static func split(_ text: [Unicode.Scalar], paragraphs: [TextSpan]) -> [TextSpan] {
        // Over a raw buffer: this looks at every scalar of the document.
        text.withUnsafeBufferPointer { split($0, paragraphs: paragraphs) }
    }

    private static func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, paragraphs: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        out.reserveCapacity(paragraphs.count * 2)  // a guess that saves most regrowth
        for (index, p) in paragraphs.enumerated() {
            var start = p.range.lowerBound
            var i = start
            let end = p.range.upperBound
            while i < end {
                let v = scalars[i].value
                // Han text lies between the ASCII marks and 。: one range test passes most scalars.
                if v > 0x3F && v < 0x3002 || v > 0x3002 && v < 0xFF01 { i += 1; continue }
                if v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x21 || v == 0x3F {
                    var j = i + 1
                    // 。” or ？！ or 。）: the marks that follow belong to this sentence.
                    while j < end {
                        let w = scalars[j].value
                        guard ScalarClass.isClosing(w) || w == 0x3002 || w == 0xFF01 || w == 0xFF1F || w == 0x21 || w == 0x3F
                        else { break }
                        j += 1
                    }
                    // "Ltd." style ASCII marks inside Latin text do not end a Chinese sentence.
                    if (v == 0x21 || v == 0x3F), j < end, scalars[j] != " ", !ScalarClass.isCJK(scalars[j].value) {
                        i = j; continue
                    }
                    append(&out, scalars, start, j, index, p.kind)
                    start = j; i = j
                } else {
                    i += 1
                }
            }
            append(&out, scalars, start, end, index, p.kind)
        }
        return out
    }

    /// Adds `start..<end` without its surrounding spaces, unless nothing is left.
    private static func append(_ out: inout [TextSpan], _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                               _ paragraph: Int, _ kind: BlockKind) {
        var a = start, b = end
        while a < b, s[a] == " " { a += 1 }
        while b > a, s[b - 1] == " " { b -= 1 }
        if a < b { out.append(TextSpan(range: a..<b, paragraph: paragraph, kind: kind)) }
    }
}
