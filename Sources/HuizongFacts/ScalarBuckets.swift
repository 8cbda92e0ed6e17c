/// Lists of items keyed by a scalar, looked up through a flat table over the Basic Multilingual Plane.
/// Keyword and unit lookups happen at every scalar of a clause; a Dictionary would hash each time.
struct ScalarBuckets<Item: Sendable>: Sendable {
    /// For each BMP scalar value, 1 + the index of its bucket, or 0.
    private var slots: [UInt16]
    private(set) var buckets: [[Item]] = []

    init() { slots = [UInt16](repeating: 0, count: 0x10000) }

    /// Appends `item` to the bucket of `key` (scalars outside the BMP are not indexed).
    mutating func append(_ item: Item, for key: Unicode.Scalar) {
        guard key.value < 0x10000 else { return }
        let slot = Int(slots[Int(key.value)])
        if slot == 0 {
            buckets.append([item])
            slots[Int(key.value)] = UInt16(buckets.count)
        } else {
            buckets[slot - 1].append(item)
        }
    }

    /// Reorders every bucket.
    mutating func sortBuckets(by areInIncreasingOrder: (Item, Item) -> Bool) {
        for k in buckets.indices { buckets[k].sort(by: areInIncreasingOrder) }
    }

    /// The table itself: for each BMP scalar value, 1 + its bucket's index, or 0 (for loops that
    /// look up every scalar of a text).
    func withSlots<R>(_ body: (UnsafeBufferPointer<UInt16>) -> R) -> R { slots.withUnsafeBufferPointer(body) }

    /// The bucket index for `key`, if it has one.
    @inline(__always)
    func bucketIndex(_ key: Unicode.Scalar) -> Int? {
        let v = key.value
        guard v < 0x10000 else { return nil }
        let slot = Int(slots[Int(v)])
        return slot == 0 ? nil : slot - 1
    }
}
