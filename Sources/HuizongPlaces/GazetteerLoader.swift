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

    static func parse(_ bytes: [UInt8]) throws -> Gazetteer {
        var regions: [Region] = []
        var regionIndex: [String: Int32] = [:]
        var townshipNames: [String] = []
        var townshipCounty: [Int32] = []
        var trie = NameTrie(capacity: 1 << 18)
        regions.reserveCapacity(3300)
        townshipNames.reserveCapacity(40000)
        townshipCounty.reserveCapacity(40000)

        var lineNo = 0
        var fields: [String] = []
        fields.reserveCapacity(5)
        var pos = 0
        let n = bytes.count
        while pos < n {
            lineNo += 1
            var end = pos
            while end < n && bytes[end] != 10 { end += 1 }
            defer { pos = end + 1 }
            if end == pos || bytes[pos] == 35 { continue }  // empty or '#'
            fields.removeAll(keepingCapacity: true)
            var f = pos
            for j in pos ... end where j == end || bytes[j] == 9 {
                fields.append(String(decoding: bytes[f ..< j], as: UTF8.self))
                f = j + 1
            }
            switch fields[0] {
            case "R":
                guard fields.count >= 5 else { throw ParseError(line: lineNo) }
                let level: RegionLevel = fields[2] == "p" ? .province : fields[2] == "c" ? .prefecture : .county
                let idx = Int32(regions.count)
                regions.append(Region(code: fields[1], name: fields[4], level: level,
                                      parentCode: fields[3] == "-" ? nil : fields[3]))
                regionIndex[fields[1]] = idx
                trie.insert(fields[4].unicodeScalars[...], NameTarget(region: idx, township: -1, how: .name))
            case "A":
                guard fields.count >= 4, let idx = regionIndex[fields[1]] else { throw ParseError(line: lineNo) }
                let how: NameTarget.How = fields[3] == "f" ? .formerName : .shortForm
                trie.insert(fields[2].unicodeScalars[...], NameTarget(region: idx, township: -1, how: how))
            case "T":
                guard fields.count >= 3, let idx = regionIndex[fields[1]] else { throw ParseError(line: lineNo) }
                let t = Int32(townshipNames.count)
                townshipNames.append(fields[2])
                townshipCounty.append(idx)
                trie.insert(fields[2].unicodeScalars[...], NameTarget(region: idx, township: t, how: .township))
                if fields.count >= 4 {
                    trie.insert(fields[3].unicodeScalars[...], NameTarget(region: idx, township: t, how: .townshipShort))
                }
            default:
                throw ParseError(line: lineNo)
            }
        }
        for word in deictics {
            trie.insert(word.unicodeScalars[...], NameTarget(region: -1, township: -1, how: .deictic))
        }
        trie.finish()
        return Gazetteer(regions: regions, townshipNames: townshipNames, townshipCounty: townshipCounty, trie: trie)
    }
}
