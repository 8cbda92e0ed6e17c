import Foundation

// A name several divisions share (鼓楼区: 南京, 徐州, 福州, 开封) that nothing else in the text
// settles. Two weak signs still choose, in this order:
// 1. streets and townships of one candidate appear in the text (温泉小学 in a story on 福州's
//    鼓楼区, which has a 温泉街道): their names without 街道/镇/乡/苏木 are searched for;
// 2. one candidate lies in a provincial capital (GB/T 2260 gives a province's capital its first
//    prefecture code, xx0100, and a municipality's districts are the same), the city news most
//    often means. A guess, but a better one than no region at all: the reason says so.

struct TieBreak {
    let gazetteer: Gazetteer

    /// How many scalars from the start of the text are searched for street and township names.
    static let searchLimit = 20_000
    /// Ties among more candidates than this are left alone (a name that common says nothing).
    static let maxCandidates = 8

    /// The chosen candidate and why, or nil when the tie stands.
    func choose(_ tied: [Candidate], name: String, in scalars: [Unicode.Scalar]) -> (Candidate, String)? {
        guard tied.count >= 2, tied.count <= Self.maxCandidates, tied.allSatisfy({ $0.township < 0 }) else { return nil }
        let text = scalars.prefix(Self.searchLimit)
        let found = tied.map { c in localNames(of: c.region, excluding: name).filter { contains(text, $0) } }
        let best = found.map(\.count).max() ?? 0
        if best > 0, found.filter({ $0.count == best }).count == 1, let k = found.firstIndex(where: { $0.count == best }) {
            let shown = found[k].prefix(2).map { String(String.UnicodeScalarView($0)) }.joined(separator: "、")
            return (tied[k], "of \(tied.count), by local names " + shown)
        }
        let capitals = tied.filter(inCapital)
        if capitals.count == 1 { return (capitals[0], "of \(tied.count), the one in a provincial capital") }
        return nil
    }

    /// Stems of the townships and streets of a county (温泉 of 温泉街道), at least two scalars,
    /// none inside the name being decided.
    private func localNames(of region: Int32, excluding name: String) -> [[Unicode.Scalar]] {
        let own = Array(name.unicodeScalars)[...]
        return gazetteer.townshipStems.stems(of: region, in: gazetteer).filter { !contains(own, $0) }
    }

    private func inCapital(_ c: Candidate) -> Bool {
        gazetteer.chainSlice(c.region).contains { gazetteer.depth($0) == 1 && gazetteer.regions[Int($0)].code.hasSuffix("0100") }
    }

    private func contains(_ text: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first, text.count >= word.count else { return false }
        var i = text.startIndex
        let last = text.endIndex - word.count
        while i <= last {
            if text[i] == first && text[i ..< i + word.count].elementsEqual(word) { return true }
            i += 1
        }
        return false
    }
}

/// Township stems by county, built for a county the first time a tie needs it, and kept.
final class TownshipStems: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var byCounty: [Int32: [[Unicode.Scalar]]] = [:]
    private static let suffixes = ["街道", "镇", "乡", "苏木"]

    func stems(of county: Int32, in gazetteer: Gazetteer) -> [[Unicode.Scalar]] {
        lock.lock()
        defer { lock.unlock() }
        if let known = byCounty[county] { return known }
        var out: [[Unicode.Scalar]] = []
        for (t, c) in gazetteer.townshipCounty.enumerated() where c == county {
            var stem = gazetteer.townshipNames[t]
            for suffix in Self.suffixes where stem.hasSuffix(suffix) { stem.removeLast(suffix.count); break }
            if stem.unicodeScalars.count >= 2 { out.append(Array(stem.unicodeScalars)) }
        }
        byCounty[county] = out
        return out
    }
}
