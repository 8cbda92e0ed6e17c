import Foundation
import HuizongPlaces
import HuizongText

/// A place name as a person types it, for `huizong regions` and the config's `region = "…"`:
/// the gazetteer's names, short forms, former names and codes, and also Traditional characters
/// (錫林郭勒盟, through OpenCC), full paths (赤峰市红山区, 内蒙古 › 赤峰市 › 红山区) and pinyin
/// (Chifeng, chifeng shi, Hongshan District). When nothing matches, `suggestions` gives the
/// nearest region names.
public struct RegionQuery {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// What a name matched, and how it was read when not as typed (e.g. "Traditional 錫林郭勒盟").
    public struct Answer {
        public var matches: [GazetteerMatch]
        public var readAs: String?
    }

    /// Separators people put between the parts of a path.
    static let separators = CharacterSet(charactersIn: " \t›>/／,，、·")

    public func find(_ text: String) -> Answer {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let direct = lookup(typed)
        if !direct.isEmpty { return Answer(matches: direct, readAs: nil) }
        let simplified = ScriptConverter.traditionalToSimplified.convert(typed) ?? typed
        if simplified != typed {
            let converted = lookup(simplified)
            if !converted.isEmpty { return Answer(matches: converted, readAs: "as Simplified \(simplified)") }
        }
        // Latin letters and no Chinese: pinyin, with or without the generic part.
        if Self.isLatin(typed) {
            let pinyin = gazetteer.lookupPinyin(typed)
            return Answer(matches: pinyin, readAs: pinyin.isEmpty ? nil : "as pinyin")
        }
        var memo: [String: [GazetteerMatch]] = [:]
        let joined = simplified.components(separatedBy: Self.separators).joined()
        // Paths are a few names long; longer text is not a path worth splitting every way.
        guard joined.count <= 40 else { return Answer(matches: [], readAs: nil) }
        let viaPath = path(Array(joined), memo: &memo)
        return Answer(matches: viaPath, readAs: viaPath.isEmpty ? nil : "as a path")
    }

    /// Regions only (no township), narrowed to the highest level matched: what a config's
    /// `region = "…"` can mean. More than one is ambiguous.
    public func regionCandidates(_ text: String) -> [Region] {
        let regions = find(text).matches.filter { $0.township == nil }.map(\.region)
        guard let top = regions.map(\.level).min() else { return [] }
        var seen = Set<String>()
        return regions.filter { $0.level == top && seen.insert($0.code).inserted }
    }

    /// `呼和浩特市新城区 150102`: a region's name after its parent's (provinces alone), and its code.
    public func label(_ region: Region) -> String {
        let parent = region.parentCode.flatMap { gazetteer.region(code: $0) }
        return (region.level == .province || parent == nil ? "" : parent!.name) + region.name + " " + region.code
    }

    /// Region names one or two edits from `text`, or containing it (or contained in it), nearest first.
    public func suggestions(_ text: String, limit: Int = 6) -> [Region] {
        if Self.isLatin(text) { return gazetteer.pinyinSuggestions(text, limit: limit) }
        let typed = ScriptConverter.traditionalToSimplified.convert(text) ?? text
        let query = Array(typed.components(separatedBy: Self.separators).joined())
        guard !query.isEmpty else { return [] }
        let allowed = max(1, query.count / 3)
        var scored: [(Int, Region)] = []
        for region in gazetteer.regions {
            let name = Array(region.name)
            let distance: Int
            if name.count >= 2, query.count >= 2, region.name.contains(String(query)) || String(query).contains(region.name) {
                distance = abs(name.count - query.count) == 0 ? 0 : 1
            } else if abs(name.count - query.count) <= allowed {
                distance = Gazetteer.editDistance(query, name)
            } else { continue }
            if distance <= allowed { scored.append((distance, region)) }
        }
        return scored.sorted { ($0.0, $0.1.level, $0.1.code) < ($1.0, $1.1.level, $1.1.code) }.prefix(limit).map(\.1)
    }

    /// Whether `text` is written in Latin letters (pinyin) rather than Chinese characters.
    static func isLatin(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { $0.value < 0x2E80 }
    }

    private func lookup(_ name: String) -> [GazetteerMatch] {
        name.isEmpty ? [] : gazetteer.lookup(name)
    }

    /// `name` split into a head that names regions and a tail that names places below one of them.
    private func path(_ name: [Character], memo: inout [String: [GazetteerMatch]]) -> [GazetteerMatch] {
        let key = String(name)
        if let known = memo[key] { return known }
        memo[key] = []
        var out: [GazetteerMatch] = []
        for split in stride(from: 1, to: name.count, by: 1) {
            let tail = lookup(String(name[split...]))
            guard !tail.isEmpty else { continue }
            let headText = String(name[..<split])
            var heads = lookup(headText)
            if heads.isEmpty { heads = path(Array(headText), memo: &memo) }
            let headCodes = Set(heads.filter { $0.township == nil }.map(\.region.code))
            guard !headCodes.isEmpty else { continue }
            for match in tail where !out.contains(match) {
                let chain = gazetteer.path(of: match.region.code).map(\.code)
                // A township's own county may be the head (兴和县城关镇); a region must lie below it.
                let above = match.township == nil ? chain.dropLast() : chain[...]
                if above.contains(where: headCodes.contains) { out.append(match) }
            }
            if !out.isEmpty { break }
        }
        memo[key] = out
        return out
    }
}
