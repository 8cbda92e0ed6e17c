// A trie over every indexed name (divisions, short forms, former names, townships, deictics).
// Built once per Gazetteer. Edges live in one flat hash table keyed by (node, scalar) (EdgeTable),
// so building ~150k edges costs one probe each, with no per-node allocations.

/// What one indexed name points at.
struct NameTarget: Sendable, Hashable {
    /// How the name was indexed.
    enum How: UInt8, Sendable {
        case name, shortForm, formerName, township, townshipShort, deictic
        var label: String {
            switch self {
            case .name: "name"
            case .shortForm: "short form"
            case .formerName: "former name"
            case .township, .townshipShort: "township"
            case .deictic: "deictic"
            }
        }
        var isShort: Bool { self == .shortForm || self == .townshipShort }
    }
    /// Index into `Gazetteer.regions` (for a township: its county); for a deictic, unused (-1).
    var region: Int32
    /// Index into `Gazetteer.townshipNames`, -1 when the target is the division itself.
    var township: Int32
    var how: How
}

/// A match of an indexed name in a scalar array.
struct TrieHit: Sendable {
    var start: Int
    var end: Int
    var node: Int32
}

struct NameTrie: Sendable {
    private var edges: EdgeTable
    /// Targets of node i: `targets[targetStart[i] ..< targetStart[i] + targetCount[i]]` after `finish()`.
    private var pending: [(node: Int32, target: NameTarget)] = []
    private(set) var targets: [NameTarget] = []
    private var firstTarget: [Int32] = [0]
    private var targetCount: [Int32] = [0]
    private(set) var nodeCount: Int32 = 1
    /// Length in scalars of the name each node spells (the root: 0).
    private(set) var depth: [UInt8] = [0]
    /// A blocked Bloom filter over name starts, to rule out most positions of a text before the
    /// edge table (megabytes, a cache miss per probe) is touched. The first two scalars pick one
    /// 64-bit word of this 128 KB table; in it one bit says "a two-scalar name is these two" and
    /// another "a longer name starts with these three". A common word pair (发展) often begins
    /// some township name, so pairs alone let too much through; three scalars rarely do. Both
    /// bits sit in one word, so a position costs one memory access.
    private var startFilter = [UInt64](repeating: 0, count: NameTrie.filterWords)
    /// A bit per BMP scalar that begins some name (8 KB, stays in the first-level cache):
    /// punctuation, digits and most function words are ruled out before the larger filter.
    private var firstScalars = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Whether some name is a single scalar (the filter cannot speak for those).
    private var hasSingleScalarNames = false
    /// Per node: whether a name ends there and whether it has children, derived from the edges
    /// and target counts (150 KB, where the counts take 600 KB). Most names end at a leaf, where
    /// `hits` then stops without probing the edge table for a child that is not there: each
    /// probe is a cache miss in a table of megabytes.
    private var nodeFlags: [UInt8] = []
    private static let endsName: UInt8 = 1, hasChildren: UInt8 = 2
    static let filterWords = 1 << 14

    /// The word of the filter for a name starting with `a`, `b`.
    @inline(__always) private static func filterWord(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: ((UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> 50)
    }

    /// The bit, inside its word, for a two-scalar name `a b` (c = 0) or a longer one starting `a b c`.
    @inline(__always) private static func filterBit(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        let h = ((UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)) &* 0xBF58_476D_1CE4_E5B9) >> 58
        return 1 << h
    }

    init(capacity: Int) {
        edges = EdgeTable(capacity: capacity)
        pending.reserveCapacity(capacity / 3)
    }

    /// Everything a finished trie holds, for `GazetteerIndexFile` to store and read back: a run
    /// then takes the trie ready-made instead of inserting 80,000 names into a hash table.
    struct Parts: Equatable {
        var edgeSlots: [UInt64]
        var edgeCount: Int
        var targetRegion: [Int32]
        var targetTownship: [Int32]
        var targetHow: [UInt8]
        /// Targets per node; a node's targets follow those of the nodes before it.
        var targetCount: [Int32]
        var depth: [UInt8]
        var startFilter: [UInt64]
        var firstScalars: [UInt64]
        var hasSingleScalarNames: Bool
    }

    /// The parts of a finished trie.
    var parts: Parts {
        Parts(edgeSlots: edges.storage, edgeCount: edges.count,
              targetRegion: targets.map(\.region), targetTownship: targets.map(\.township),
              targetHow: targets.map(\.how.rawValue), targetCount: targetCount, depth: depth,
              startFilter: startFilter, firstScalars: firstScalars, hasSingleScalarNames: hasSingleScalarNames)
    }

    /// A finished trie from its parts (checked, since they come from a file).
    init?(parts: Parts) {
        let nodes = parts.targetCount.count, total = parts.targetRegion.count
        guard nodes > 0, parts.depth.count == nodes, parts.targetTownship.count == total, parts.targetHow.count == total,
              parts.startFilter.count == Self.filterWords, parts.firstScalars.count == 0x10000 / 64,
              parts.edgeSlots.count >= 16, parts.edgeSlots.count & (parts.edgeSlots.count - 1) == 0,
              parts.targetCount.reduce(0, { $0 + Int($1) }) == total else { return nil }
        var targets: [NameTarget] = []
        targets.reserveCapacity(total)
        for i in 0..<total {
            guard let how = NameTarget.How(rawValue: parts.targetHow[i]) else { return nil }
            targets.append(NameTarget(region: parts.targetRegion[i], township: parts.targetTownship[i], how: how))
        }
        // A node's targets start where the previous nodes' end (finish() groups them so); a node
        // without targets points at 0, as finish() leaves it.
        var first = [Int32](repeating: 0, count: nodes)
        var next: Int32 = 0
        for node in 0..<nodes where parts.targetCount[node] > 0 {
            first[node] = next
            next += parts.targetCount[node]
        }
        edges = EdgeTable(storage: parts.edgeSlots, count: parts.edgeCount)
        self.targets = targets
        firstTarget = first
        targetCount = parts.targetCount
        nodeCount = Int32(nodes)
        depth = parts.depth
        startFilter = parts.startFilter
        firstScalars = parts.firstScalars
        hasSingleScalarNames = parts.hasSingleScalarNames
        guard let flags = Self.nodeFlags(edges: edges, targetCount: targetCount) else { return nil }
        nodeFlags = flags
    }

    /// `nodeFlags` for a finished trie; nil when an edge names a node that does not exist.
    private static func nodeFlags(edges: EdgeTable, targetCount: [Int32]) -> [UInt8]? {
        var flags = targetCount.map { $0 > 0 ? endsName : 0 }
        for slot in edges.storage where slot != 0 {
            let parent = Int(slot >> 42)  // a slot holds (parent << 21 | scalar) << 21 | child
            guard parent < flags.count, Int(slot & 0x1F_FFFF) < flags.count else { return nil }
            flags[parent] |= hasChildren
        }
        return flags
    }

    @inline(__always) private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
        EdgeTable.key(node, scalar)
    }

    /// Adds `name` pointing at `target`.
    mutating func insert(_ name: Substring.UnicodeScalarView, _ target: NameTarget) {
        var node: Int32 = 0
        let scalars = Array(name.prefix(3))
        if scalars.count == 1 {
            hasSingleScalarNames = true
        } else if scalars.count >= 2 {
            let first = scalars[0].value
            if first < 0x10000 { firstScalars[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            let third = scalars.count == 3 ? scalars[2].value : 0
            startFilter[Self.filterWord(scalars[0].value, scalars[1].value)]
                |= Self.filterBit(scalars[0].value, scalars[1].value, third)
        }
        for s in name {
            let fresh = nodeCount
            let parentDepth = depth[Int(node)]
            node = edges.getOrInsert(Self.key(node, s.value), fresh)
            if node == fresh { nodeCount += 1; depth.append(parentDepth == .max ? .max : parentDepth + 1) }
        }
        pending.append((node, target))
    }

    /// Groups targets by node; call once after all inserts.
    mutating func finish() {
        pending.sort { $0.node < $1.node }
        firstTarget = [Int32](repeating: 0, count: Int(nodeCount))
        targetCount = [Int32](repeating: 0, count: Int(nodeCount))
        targets.reserveCapacity(pending.count)
        var last: NameTarget?
        var lastNode: Int32 = -1
        for (node, target) in pending {
            if node == lastNode && last == target { continue }  // the same name indexed twice
            if node != lastNode { firstTarget[Int(node)] = Int32(targets.count) }
            targets.append(target)
            targetCount[Int(node)] += 1
            lastNode = node
            last = target
        }
        pending = []
        nodeFlags = Self.nodeFlags(edges: edges, targetCount: targetCount)!
    }

    /// The targets of a node (empty when no name ends there).
    func targets(of node: Int32) -> ArraySlice<NameTarget> {
        let first = Int(firstTarget[Int(node)])
        return targets[first ..< first + Int(targetCount[Int(node)])]
    }

    /// The node reached by exactly `name`, or nil.
    func node(for name: String) -> Int32? {
        var node: Int32 = 0
        for s in name.unicodeScalars {
            guard let next = edges.get(Self.key(node, s.value)) else { return nil }
            node = next
        }
        return node
    }

    /// The first position at or after `from` where some name may start (`scalars.count` if none).
    /// Most positions of a text start no name: this loop rules them out with the two filters
    /// over one raw buffer, without a call, a bounds check or a retain per scalar.
    func nextPossibleStart(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int {
        let n = scalars.count
        if hasSingleScalarNames { return min(from, n) }
        // A name here is either exactly two scalars long, or its first three are here.
        return firstScalars.withUnsafeBufferPointer { first in
            startFilter.withUnsafeBufferPointer { filter in
                var i = from
                while i + 1 < n {
                    let a = scalars[i].value
                    if a < 0x10000 && first[Int(a >> 6)] & (1 << UInt64(a & 63)) == 0 { i += 1; continue }
                    let b = scalars[i + 1].value
                    let word = filter[Self.filterWord(a, b)]
                    if word != 0 {
                        let c = i + 2 < n ? scalars[i + 2].value : 0
                        if word & (Self.filterBit(a, b, 0) | (c == 0 ? 0 : Self.filterBit(a, b, c))) != 0 { return i }
                    }
                    i += 1
                }
                return n
            }
        }
    }

    /// Every name that starts at `start`, shortest first (appended to `out`). The filters are not
    /// consulted: callers skip positions with `nextPossibleStart` first.
    func hits(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, into out: inout [TrieHit]) {
        var node: Int32 = 0
        var i = start
        var flags = nodeFlags[0]
        while i < scalars.count, flags & Self.hasChildren != 0, let next = edges.get(Self.key(node, scalars[i].value)) {
            node = next
            i += 1
            flags = nodeFlags[Int(node)]
            if flags & Self.endsName != 0 { out.append(TrieHit(start: start, end: i, node: node)) }
        }
    }
}
