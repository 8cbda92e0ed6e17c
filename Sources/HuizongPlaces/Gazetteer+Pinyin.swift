import Foundation

/// Region names in pinyin (issues 18 and 19): for the English brief and for `huizong regions
/// Chifeng`. The gazetteer's sixth column holds each division's English name as
/// scripts/gazetteer/english_names.py writes it: the proper name in pinyin as one word and the
/// generic part in English (`Chifeng City`, `Hongshan District`, `Xilinguole League`,
/// `Dali Bai Autonomous Prefecture`; provinces alone: `Hebei`, `Inner Mongolia`).
extension Gazetteer {
    /// `Chifeng City` for 赤峰市 (150400); nil when the data file has no pinyin for it.
    public func englishName(of code: String) -> String? {
        guard let i = regionIndex[code] else { return nil }
        let name = englishNames[Int(i)]
        return name.isEmpty ? nil : name
    }

    /// The proper name alone, where space is short (a chart's bar label beside the Chinese):
    /// `Chifeng` for 赤峰市; a province keeps its whole name (`Inner Mongolia`).
    public func shortEnglishName(of code: String) -> String? {
        guard let full = englishName(of: code), let region = region(code: code) else { return nil }
        guard region.level != .province, let space = full.firstIndex(of: " ") else { return full }
        return String(full[..<space])
    }

    /// Regions whose pinyin is `text`, however it is written: any case, with or without spaces,
    /// tone marks or apostrophes (`Chìfēng`, `xi'an`, `lvliang` for Lüliang), with or without the
    /// generic part in pinyin or English (`chifeng shi`, `Chifeng City`, `Hongshan qu`). A
    /// generic part narrows the matches to names ending in it. Sorted by code; `how` is `pinyin`.
    public func lookupPinyin(_ text: String) -> [GazetteerMatch] {
        let query = Self.pinyinKey(text)
        guard !query.isEmpty else { return [] }
        var out: [GazetteerMatch] = []
        for (i, region) in regions.enumerated() where !englishNames[i].isEmpty {
            if Self.pinyinKeys(region: region, english: englishNames[i]).contains(query) {
                out.append(GazetteerMatch(region: region, township: nil, how: "pinyin"))
            }
        }
        return out
    }

    /// Regions whose proper name in pinyin is one or two letters from `text` (a typing slip:
    /// `Chifen`), nearest first.
    public func pinyinSuggestions(_ text: String, limit: Int = 6) -> [Region] {
        let query = Array(Self.pinyinKey(text))
        guard query.count >= 3 else { return [] }
        let allowed = max(1, query.count / 4)
        var scored: [(Int, Region)] = []
        for (i, region) in regions.enumerated() where !englishNames[i].isEmpty {
            let keys = Self.pinyinKeys(region: region, english: englishNames[i])
            let best = keys.filter { abs($0.count - query.count) <= allowed }
                .map { Self.editDistance(query, Array($0)) }.min()
            if let best, best <= allowed { scored.append((best, region)) }
        }
        return scored.sorted { ($0.0, $0.1.level, $0.1.code) < ($1.0, $1.1.level, $1.1.code) }.prefix(limit).map(\.1)
    }

    /// Generic parts of Chinese names and their pinyin, longest first (自治州 before 州).
    static let genericPinyin: [(String, String)] = [
        ("特别行政区", "tebiexingzhengqu"), ("自治州", "zizhizhou"), ("自治县", "zizhixian"), ("自治旗", "zizhiqi"),
        ("自治区", "zizhiqu"), ("地区", "diqu"), ("林区", "linqu"), ("新区", "xinqu"), ("矿区", "kuangqu"),
        ("特区", "tequ"), ("市", "shi"), ("县", "xian"), ("区", "qu"), ("旗", "qi"), ("盟", "meng"), ("省", "sheng"),
    ]

    /// The forms a region's pinyin can be typed in, as keys: the whole English name
    /// (`chifengcity`), the proper name alone (`chifeng`; a province's whole name), and the
    /// proper name with the generic part in pinyin (`chifengshi`) or with the last English word
    /// (`daliprefecture`).
    static func pinyinKeys(region: Region, english: String) -> [String] {
        let words = english.split(separator: " ")
        let proper = region.level == .province ? pinyinKey(english) : pinyinKey(String(words[0]))
        var keys = [pinyinKey(english), proper]
        if let generic = genericPinyin.first(where: { region.name.hasSuffix($0.0) }) { keys.append(proper + generic.1) }
        if words.count > 1, region.level != .province { keys.append(proper + pinyinKey(String(words[words.count - 1]))) }
        return keys
    }

    /// Lowercase letters only: tone marks and ü folded (ü and v both to u, as people type
    /// Lüliang `lvliang`), spaces, apostrophes and hyphens dropped.
    static func pinyinKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z": out.append(scalar == "v" ? "u" : scalar)
            case "A"..."Z": out.append(Unicode.Scalar(scalar.value + 32)!)
            default: continue
            }
        }
        return String(out)
    }

    /// Levenshtein distance (short keys and names only: quadratic in their lengths). Shared by the
    /// pinyin lookup, `huizong regions`, the config check and the subcommand suggestion.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
