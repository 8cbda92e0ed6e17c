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
    private var nodeCount: Int32 = 1
    /// A bit per hashed pair of first two scalars of every name: most positions of a text start
    /// no name, and one look-up in this 128 KB table (which stays in cache) rules them out before
    /// the edge table (megabytes, a cache miss per probe) is touched.
    private var pairFilter = [UInt64](repeating: 0, count: NameTrie.pairFilterWords)
    /// Whether some name is a single scalar (the pair filter cannot speak for those).
    private var hasSingleScalarNames = false
    static let pairFilterWords = 1 << 14

    @inline(__always) private static func pairBit(_ a: UInt32, _ b: UInt32) -> Int {
        let h = (UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 44)  // 20 bits: 2^14 words of 64 bits
    }

    init(capacity: Int) {
        edges = EdgeTable(capacity: capacity)
        pending.reserveCapacity(capacity / 3)
    }

    @inline(__always) private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
        EdgeTable.key(node, scalar)
    }

    /// Adds `name` pointing at `target`.
    mutating func insert(_ name: Substring.UnicodeScalarView, _ target: NameTarget) {
        var node: Int32 = 0
        var it = name.makeIterator()
        if let a = it.next() {
            if let b = it.next() {
                let bit = Self.pairBit(a.value, b.value)
                pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                hasSingleScalarNames = true
            }
        }
        for s in name {
            let fresh = nodeCount
            node = edges.getOrInsert(Self.key(node, s.value), fresh)
            if node == fresh { nodeCount += 1 }
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

    /// Every name that starts at `start`, shortest first.
    func hits(in scalars: [Unicode.Scalar], at start: Int, into out: inout [TrieHit]) {
        if !hasSingleScalarNames {
            guard start + 1 < scalars.count else { return }
            let bit = Self.pairBit(scalars[start].value, scalars[start + 1].value)
            guard pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
        }
        var node: Int32 = 0
        var i = start
        while i < scalars.count, let next = edges.get(Self.key(node, scalars[i].value)) {
            node = next
            i += 1
            if targetCount[Int(node)] > 0 { out.append(TrieHit(start: start, end: i, node: node)) }
        }
    }
}
