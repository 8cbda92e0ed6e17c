import HuizongPlaces
import HuizongText

/// What must hold of a read document and its resolved places, whatever the bytes; a violation traps.
public enum DocumentInvariants {
    /// The most lines the input can have: every line break holds a CR or LF byte in every
    /// supported encoding (UTF-16 included), so their count plus one bounds the line numbers.
    public static func lineBound(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
    }

    /// Spans in order and within the text, the text matching its scalars, line runs in order.
    public static func check(_ document: Document, bytes: [UInt8]) {
        let count = document.scalars.count
        func fail(_ why: String) -> Never { fatalError("invariant: \(why) (\(bytes.count) input bytes, \(count) scalars)") }
        if document.text.unicodeScalars.count != count { fail("text and scalars differ in length") }
        var end = 0
        for p in document.paragraphs {
            if p.range.lowerBound < end || p.range.upperBound > count { fail("paragraph \(p.range) out of order or bounds") }
            end = p.range.upperBound
        }
        end = 0
        for s in document.sentences {
            if s.range.lowerBound < end || s.range.upperBound > count { fail("sentence \(s.range) out of order or bounds") }
            if !document.paragraphs.indices.contains(s.paragraph) { fail("sentence names paragraph \(s.paragraph)") }
            end = s.range.upperBound
        }
        let map = document.lineMap
        if map.starts.count != map.lines.count || map.starts.isEmpty { fail("line map shape") }
        let bound = lineBound(bytes)
        for k in map.starts.indices {
            if map.lines[k] < 1 || map.lines[k] > bound { fail("line map line \(map.lines[k]) beyond 1...\(bound)") }
            if k > 0 && (map.starts[k] < map.starts[k - 1] || map.lines[k] < map.lines[k - 1]) { fail("line map out of order") }
        }
    }

    /// Mentions and stories within the text.
    public static func check(_ places: DocumentPlaces, count: Int) {
        for m in places.mentions where m.range.lowerBound < 0 || m.range.upperBound > count {
            fatalError("invariant: mention \(m.range) '\(m.text)' beyond \(count) scalars")
        }
        for s in places.stories where s.range.lowerBound < 0 || s.range.upperBound > count {
            fatalError("invariant: story \(s.range) beyond \(count) scalars")
        }
    }
}
