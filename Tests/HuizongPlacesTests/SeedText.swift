import Foundation
import HuizongPlaces
import TestSupport

/// A seed or fixture as the places module sees it: Simplified scalars and paragraph spans.
/// (The Text module does the real normalisation; this is just enough for the places tests.)
struct SeedText {
    let scalars: [Unicode.Scalar]
    let paragraphs: [Range<Int>]

    /// Traditional → Simplified for the few characters the seed-001 tests need
    /// (township names, 该, 区); everything else stays as it is.
    private static let tradToSimp: [Character: Character] = [
        "鎮": "镇", "鄉": "乡", "號": "号", "頭": "头", "莊": "庄", "東": "东", "磚": "砖", "區": "区",
        "該": "该", "縣": "县", "門": "门", "傳": "传", "為": "为", "們": "们", "個": "个", "萬": "万",
        "間": "间", "開": "开", "業": "业", "實": "实", "長": "长", "對": "对", "發": "发", "與": "与",
    ]

    init(text: String) {
        var s = text.replacingOccurrences(of: "\r\n", with: "\n")
        // Seed 001 carries pinyin after some characters: 鎮(zhèn).
        s = s.replacingOccurrences(of: "\\([a-zA-Zàáǎèéěìíǐòóǒùúǔǖǘǚǜāēīōūü ]+\\)", with: "", options: .regularExpression)
        s = String(s.map { Self.tradToSimp[$0] ?? $0 })
        scalars = Array(s.unicodeScalars)
        var paragraphs: [Range<Int>] = []
        var start = 0
        for (i, c) in scalars.enumerated() where c == "\n" {
            if i > start { paragraphs.append(start ..< i) }
            start = i + 1
        }
        if start < scalars.count { paragraphs.append(start ..< scalars.count) }
        self.paragraphs = paragraphs
    }

    /// The seed whose file name starts with `prefix`.
    static func seed(_ prefix: String) throws -> SeedText {
        SeedText(text: String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self))
    }

    /// Scalar offset of the first occurrence of `needle` (after `from`).
    func offset(of needle: String, from: Int = 0) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard n.count <= scalars.count else { return nil }
        var i = from
        while i + n.count <= scalars.count {
            if scalars[i] == n[0] && Array(scalars[i ..< i + n.count]) == n { return i }
            i += 1
        }
        return nil
    }

    /// The clause, sentence and paragraph spans containing `offset`, split the way Facts does:
    /// sentences at 。！？ and line ends, clauses also at ，；：、.
    func spans(at offset: Int) -> (clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) {
        func span(_ stops: Set<Unicode.Scalar>) -> Range<Int> {
            var a = offset
            while a > 0 && !stops.contains(scalars[a - 1]) { a -= 1 }
            var b = offset
            while b < scalars.count && !stops.contains(scalars[b]) { b += 1 }
            return a ..< b
        }
        let sentenceStops: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n"]
        let clauseStops = sentenceStops.union(["，", "；", "：", ",", ";", ":"])
        return (span(clauseStops), span(sentenceStops), span(["\n"]))
    }

    /// Resolves this text with the bundled gazetteer.
    func resolve(override: String? = nil) throws -> DocumentPlaces {
        PlaceResolver(gazetteer: try Gazetteer.bundled()).resolve(scalars: scalars, paragraphs: paragraphs, override: override)
    }
}
