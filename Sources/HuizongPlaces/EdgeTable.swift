// An open-addressing hash table from (node, scalar) keys to child nodes. The trie has ~150k
// edges and is rebuilt at every run; a flat table with a multiplicative hash builds several
// times faster than a Dictionary with SipHash.

struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// A table for about `capacity` edges.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The child for `key` (never 0: scalars are non-zero), or nil.
    @inline(__always) func get(_ key: UInt64) -> Int32? {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The child for `key`, inserting `make()` when absent.
    mutating func getOrInsert(_ key: UInt64, _ make: () -> Int32) -> Int32 {
        if count * 2 >= keys.count { grow() }
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 {
                let v = make()
                keys[i] = key
                values[i] = v
                count += 1
                return v
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { _ = getOrInsert(k) { v } }
    }
}
