// Parses gazetteer.tsv (see scripts/gazetteer/build.py) straight from bytes: the file is read at
// every run, so this avoids splitting a 1 MB String and builds the name trie in the same pass.

enum GazetteerLoader {
    /// Deictic words and the kind of region they stand for.
    static let deictics: [String] = {
        var out: [String] = []
        for prefix in ["全", "我", "本", "该"] {
            for kind in ["市", "盟", "县", "旗", "州", "区", "省", "镇", "乡"] { out.append(prefix + kind) }
        }
        out.append("全自治区")
        return out
    }()

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var description: String { "gazetteer.tsv: malformed line \(line)" }
    }

    /// A 6-digit code read straight from bytes (no String on the hot path).
    @inline(__always) private static func code(_ bytes: [UInt8], _ r: Range<Int>) -> Int {
        var v = 0
        for b in bytes[r] { v = v * 10 + Int(b) - 48 }
        return v
    }

    static func parse(_ bytes: [UInt8]) throws -> Gazetteer {
        var regions: [Region] = []
        var regionIndex: [Int: Int32] = [:]
        var townshipNames = PackedNames()
        var townshipCounty: [Int32] = []
        var englishNames: [String] = []
        var trie = NameTrie(capacity: 1 << 18)
        regions.reserveCapacity(3300)
        englishNames.reserveCapacity(3300)
        regionIndex.reserveCapacity(3300)
        townshipCounty.reserveCapacity(40000)

        var lineNo = 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(5)
        var pos = 0
        let n = bytes.count
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        while pos < n {
            lineNo += 1
            var end = pos
            while end < n && bytes[end] != 10 { end += 1 }
            defer { pos = end + 1 }
            if end == pos || bytes[pos] == 35 { continue }  // empty or '#'
            fields.removeAll(keepingCapacity: true)
            var f = pos
            for j in pos ... end where j == end || bytes[j] == 9 {
                fields.append(f ..< j)
                f = j + 1
            }
            guard fields.count >= 3, fields[0].count == 1 else { throw ParseError(line: lineNo) }
            switch bytes[fields[0].lowerBound] {
            case UInt8(ascii: "R"):
                guard fields.count >= 5 else { throw ParseError(line: lineNo) }
                let lv = bytes[fields[2].lowerBound]
                let level: RegionLevel = lv == UInt8(ascii: "p") ? .province : lv == UInt8(ascii: "c") ? .prefecture : .county
                let idx = Int32(regions.count)
                let name = text(fields[4])
                let parent = text(fields[3])
                regions.append(Region(code: text(fields[1]), name: name, level: level,
                                      parentCode: parent == "-" ? nil : parent))
                regionIndex[code(bytes, fields[1])] = idx
                // The sixth field, pinyin for the English brief, came later: a file without it still loads.
                englishNames.append(fields.count >= 6 ? text(fields[5]) : "")
                trie.insert(name.unicodeScalars[...], NameTarget(region: idx, township: -1, how: .name))
            case UInt8(ascii: "A"):
                guard fields.count >= 4, let idx = regionIndex[code(bytes, fields[1])] else { throw ParseError(line: lineNo) }
                let how: NameTarget.How = bytes[fields[3].lowerBound] == UInt8(ascii: "f") ? .formerName : .shortForm
                trie.insert(text(fields[2]).unicodeScalars[...], NameTarget(region: idx, township: -1, how: how))
            case UInt8(ascii: "T"):
                guard let idx = regionIndex[code(bytes, fields[1])] else { throw ParseError(line: lineNo) }
                let t = Int32(townshipNames.count)
                let name = text(fields[2])
                townshipNames.append(utf8: bytes[fields[2]])
                townshipCounty.append(idx)
                trie.insert(name.unicodeScalars[...], NameTarget(region: idx, township: t, how: .township))
                if fields.count >= 4 {
                    trie.insert(text(fields[3]).unicodeScalars[...], NameTarget(region: idx, township: t, how: .townshipShort))
                }
            default:
                throw ParseError(line: lineNo)
            }
        }
        for word in deictics {
            trie.insert(word.unicodeScalars[...], NameTarget(region: -1, township: -1, how: .deictic))
        }
        trie.finish()
        return Gazetteer(regions: regions, englishNames: englishNames, townshipNames: townshipNames,
                         townshipCounty: townshipCounty, trie: trie)
    }
}
