// What a name found in a text can mean, decided once per trie node when the gazetteer loads.
//
// MentionFinder keeps a hit's targets by rules that depend only on the name (its length, how
// each target was indexed), not on the text around it: short township names are dropped, and an
// official reading pushes out short forms and former names. Filtering the targets again at every
// hit cost a good part of place matching; here each node's outcome is computed once.

struct MentionReadings: Sendable {
    /// The reading of one node, as MentionFinder uses it.
    struct Reading {
        /// The targets that stand (the official ones, when there are any).
        var targets: ArraySlice<NameTarget>
        /// Some target is a deictic word (全市, 该县).
        var isDeictic: Bool
        /// Every target kept by length is a short form: a street or facility word after it, or a
        /// word before it, can make it part of another word.
        var onlyShortForms: Bool
    }

    private var targets: [NameTarget] = []
    private var first: [Int32]
    private var count: [Int32]
    private var flags: [UInt8]
    private static let deictic: UInt8 = 1, onlyShort: UInt8 = 2

    init(trie: NameTrie) {
        let n = Int(trie.nodeCount)
        first = [Int32](repeating: 0, count: n)
        count = [Int32](repeating: 0, count: n)
        flags = [UInt8](repeating: 0, count: n)
        targets.reserveCapacity(trie.targets.count)
        // Written as loops over the node's targets, without arrays per node: this runs at every load.
        for node in 0 ..< n {
            let all = trie.targets(of: Int32(node))
            let length = Int(trie.depth[node])
            // Township names this short are too often parts of ordinary words (新镇, 口镇).
            func kept(_ t: NameTarget) -> Bool {
                !(t.how == .township || t.how == .townshipShort) || length >= MentionFinder.minTownshipLength
            }
            var anyKept = false, deictic = false, onlyShortForms = true, official = false
            for t in all where kept(t) {
                anyKept = true
                if t.how == .deictic { deictic = true }
                if !t.how.isShort { onlyShortForms = false }
                if !t.how.isShort && t.how != .formerName { official = true }
            }
            guard anyKept else { continue }
            // Prefer the official reading when a name is both a full name and someone's short form.
            let start = targets.count
            for t in all where kept(t) && !(official && (t.how.isShort || t.how == .formerName)) { targets.append(t) }
            first[node] = Int32(start)
            count[node] = Int32(targets.count - start)
            flags[node] = (deictic ? Self.deictic : 0) | (onlyShortForms ? Self.onlyShort : 0)
        }
    }

    /// The reading of a node, or nil when none of its targets stands (or it has none).
    @inline(__always) func reading(of node: Int32) -> Reading? {
        let c = Int(count[Int(node)])
        guard c > 0 else { return nil }
        let start = Int(first[Int(node)])
        let f = flags[Int(node)]
        return Reading(targets: targets[start ..< start + c], isDeictic: f & Self.deictic != 0,
                       onlyShortForms: f & Self.onlyShort != 0)
    }
}
