// An open-addressing hash table from (node, scalar) keys to child nodes. The trie has ~150k
// edges and is rebuilt at every run; a flat table with a multiplicative hash builds several
// times faster than a Dictionary with SipHash. Key and child share one 64-bit slot
// (node: 22 bits, scalar: 21 bits, child: 21 bits) so a probe touches one cache line.

struct EdgeTable: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0
    /// Node ids must fit in 21 bits (the bundled data needs ~18).
    static let maxNodes: Int32 = 1 << 21

    /// The table as built (`GazetteerIndexFile` stores it so a run need not build it again).
    var storage: [UInt64] { slots }

    /// A table stored by `storage` and holding `count` edges.
    init(storage: [UInt64], count: Int) {
        precondition(storage.count >= 16 && storage.count & (storage.count - 1) == 0, "edge table size")
        slots = storage
        mask = storage.count - 1
        self.count = count
    }

    /// A table for about `capacity` edges.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The 43-bit key of an edge (never 0: scalars are non-zero).
    @inline(__always) static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    /// The child for `key`, or nil.
    @inline(__always) func get(_ key: UInt64) -> Int32? {
        var i = slot(key)
        while true {
            let e = slots[i]
            if e == 0 { return nil }
            if e >> 21 == key { return Int32(truncatingIfNeeded: e & 0x1F_FFFF) }
            i = (i + 1) & mask
        }
    }

    /// The child for `key`, inserting `fresh` when absent.
    mutating func getOrInsert(_ key: UInt64, _ fresh: Int32) -> Int32 {
        precondition(fresh < Self.maxNodes, "gazetteer trie too large")
        if count * 2 >= slots.count { grow() }
        var i = slot(key)
        while true {
            let e = slots[i]
            if e == 0 {
                slots[i] = key << 21 | UInt64(fresh)
                count += 1
                return fresh
            }
            if e >> 21 == key { return Int32(truncatingIfNeeded: e & 0x1F_FFFF) }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for e in old where e != 0 { _ = getOrInsert(e >> 21, Int32(truncatingIfNeeded: e & 0x1F_FFFF)) }
    }
}
