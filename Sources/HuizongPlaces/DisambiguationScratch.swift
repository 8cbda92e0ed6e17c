import Foundation

/// Per-region evidence arrays for `Disambiguator`, indexed by region, with the regions touched so
/// they can be cleared without sweeping the whole array. Raw buffers: these are the innermost
/// loops of disambiguation, and Array writes would check uniqueness on every addition.
///
/// Every vote goes to a region and its ancestors, so the scratch keeps its own copy of the
/// gazetteer's chains and walks them by pointer (a slice per walk cost more than the additions).
/// Scratches are reused through `ScratchPool`: allocating and zeroing the arrays cost as much as
/// the weighing on an ordinary page.
final class DisambiguationScratch {
    let total: UnsafeMutableBufferPointer<Double>
    let own: UnsafeMutableBufferPointer<Double>
    let local: UnsafeMutableBufferPointer<Double>
    private let touched: UnsafeMutableBufferPointer<Int32>
    private let chainFlat: UnsafeMutableBufferPointer<Int32>
    private let chainStart: UnsafeMutableBufferPointer<Int32>
    /// Where a region stands in the list `fold` is building, or -1 (always -1 between calls).
    private let foldSlot: UnsafeMutableBufferPointer<Int32>
    let regionCount: Int
    private var totalCount = 0, ownCount = 0, localCount = 0

    init(gazetteer: Gazetteer) {
        regionCount = gazetteer.regions.count
        total = .allocate(capacity: regionCount); total.initialize(repeating: 0)
        own = .allocate(capacity: regionCount); own.initialize(repeating: 0)
        local = .allocate(capacity: regionCount); local.initialize(repeating: 0)
        // Three touched lists side by side; each region enters a list at most once per reset.
        // Entries are written before they are read (up to the counts): no need to clear them.
        touched = .allocate(capacity: regionCount * 3)
        var flat: [Int32] = [], starts: [Int32] = [0]
        for r in 0 ..< regionCount {
            flat += gazetteer.chainSlice(Int32(r))
            starts.append(Int32(flat.count))
        }
        chainFlat = .allocate(capacity: flat.count); _ = chainFlat.initialize(from: flat)
        chainStart = .allocate(capacity: starts.count); _ = chainStart.initialize(from: starts)
        foldSlot = .allocate(capacity: regionCount); foldSlot.initialize(repeating: -1)
    }

    deinit {
        total.deallocate(); own.deallocate(); local.deallocate(); touched.deallocate()
        chainFlat.deallocate(); chainStart.deallocate(); foldSlot.deallocate()
    }

    /// The chain of region `r` (itself, then its ancestors) as a range of `chainFlat`.
    @inline(__always) private func chain(_ r: Int32) -> Range<Int> {
        Int(chainStart[Int(r)]) ..< Int(chainStart[Int(r) + 1])
    }

    // Weights are positive, so a value is 0 only before its first addition and each region is
    // listed once. (Adding 0 would change no sum or comparison: it is skipped.)
    @inline(__always) private func addTotal(_ a: Int32, _ w: Double) {
        guard w != 0 else { return }
        if total[Int(a)] == 0 { touched[totalCount] = a; totalCount += 1 }
        total[Int(a)] += w
    }
    @inline(__always) private func addOwn(_ a: Int32, _ w: Double) {
        guard w != 0 else { return }
        if own[Int(a)] == 0 { touched[regionCount + ownCount] = a; ownCount += 1 }
        own[Int(a)] += w
    }
    @inline(__always) private func addLocal(_ a: Int32, _ w: Double) {
        guard w != 0 else { return }
        if local[Int(a)] == 0 { touched[2 * regionCount + localCount] = a; localCount += 1 }
        local[Int(a)] += w
    }

    /// Adds `w` to `total` for region `r` and each of its ancestors, in chain order.
    func addTotal(chainOf r: Int32, _ w: Double) { for k in chain(r) { addTotal(chainFlat[k], w) } }
    /// Adds `w` to `own` along the chain of `r`.
    func addOwn(chainOf r: Int32, _ w: Double) { for k in chain(r) { addOwn(chainFlat[k], w) } }
    /// Adds `w` to `local` along the chain of `r`.
    func addLocal(chainOf r: Int32, _ w: Double) { for k in chain(r) { addLocal(chainFlat[k], w) } }

    /// The chains of `candidates` folded (see `FoldedChains`).
    func fold(_ candidates: [Candidate]) -> FoldedChains {
        var folded = FoldedChains()
        for c in candidates {
            for k in chain(c.region) {
                let a = chainFlat[k]
                let slot = foldSlot[Int(a)]
                if slot < 0 {
                    foldSlot[Int(a)] = Int32(folded.regions.count)
                    folded.regions.append(a)
                    folded.counts.append(1)
                } else {
                    folded.counts[Int(slot)] += 1
                }
            }
        }
        for a in folded.regions { foldSlot[Int(a)] = -1 }
        return folded
    }

    /// Adds `w` along every chain folded into `f`: to each region as many times as chains hold it.
    func addTotal(_ f: FoldedChains, _ w: Double) { add(f, w, total, listAt: 0, &totalCount) }
    /// `addTotal` into `own`.
    func addOwn(_ f: FoldedChains, _ w: Double) { add(f, w, own, listAt: regionCount, &ownCount) }
    /// `addTotal` into `local`.
    func addLocal(_ f: FoldedChains, _ w: Double) { add(f, w, local, listAt: 2 * regionCount, &localCount) }

    /// The repeated additions of a region are made one by one, as the chain walks make them
    /// (k additions of w are not k × w in floating point), but in a register.
    @inline(__always) private func add(_ f: FoldedChains, _ w: Double, _ values: UnsafeMutableBufferPointer<Double>,
                                       listAt base: Int, _ listed: inout Int) {
        guard w != 0 else { return }
        f.regions.withUnsafeBufferPointer { regions in
            f.counts.withUnsafeBufferPointer { counts in
                for k in 0 ..< regions.count {
                    let a = Int(regions[k])
                    var x = values[a]
                    if x == 0 { touched[base + listed] = regions[k]; listed += 1 }
                    for _ in 0 ..< counts[k] { x += w }
                    values[a] = x
                }
            }
        }
    }

    /// Whether some region of `r`'s chain has evidence beyond the current text's own.
    func hasOtherEvidence(inChainOf r: Int32) -> Bool {
        for k in chain(r) {
            let a = Int(chainFlat[k])
            if total[a] - own[a] > 0.01 { return true }
        }
        return false
    }

    /// The score of a candidate in region `r`: other mentions' and nearby mentions' evidence along
    /// its chain, summed in chain order.
    func score(chainOf r: Int32) -> Double {
        var s = 0.0
        for k in chain(r) {
            let a = Int(chainFlat[k])
            s += total[a] - own[a] + local[a]
        }
        return s
    }

    /// The regions with a `total`, in the order they first got one.
    var totalRegions: UnsafeMutableBufferPointer<Int32>.SubSequence { touched[0 ..< totalCount] }

    func resetTotal() {
        for k in 0 ..< totalCount { total[Int(touched[k])] = 0 }
        totalCount = 0
    }
    func resetOwn() {
        for k in 0 ..< ownCount { own[Int(touched[regionCount + k])] = 0 }
        ownCount = 0
    }
    func resetLocal() {
        for k in 0 ..< localCount { local[Int(touched[2 * regionCount + k])] = 0 }
        localCount = 0
    }

    /// Whether some region has evidence beyond the current text's own.
    func anyOtherEvidence() -> Bool {
        for k in 0 ..< totalCount {
            let a = Int(touched[k])
            if total[a] - own[a] > 0.01 { return true }
        }
        return false
    }
}

/// The chains of a candidate list (each candidate's region and its ancestors) with each region
/// once, in order of first appearance, and how many of the chains hold it. Adding a weight along
/// every chain adds it to each region that many times in a row, whatever the order of the
/// regions, so adding through the fold gives bit for bit the sums of the chain walks; a name like
/// 城关镇 (80 candidates, 240 chain entries, about 170 regions) is folded once per page instead of
/// walked at every pass.
struct FoldedChains {
    var regions: [Int32] = []
    var counts: [Int32] = []
}

/// Scratches for one gazetteer, shared by the threads resolving documents against it: a thread
/// takes one for a document and gives it back cleared.
final class ScratchPool: @unchecked Sendable {
    // Guarded by `lock`; a scratch is used by one thread between `take` and `give`.
    private let lock = NSLock()
    private var free: [DisambiguationScratch] = []

    /// A cleared scratch for `gazetteer` (the gazetteer owning this pool).
    func take(_ gazetteer: Gazetteer) -> DisambiguationScratch {
        lock.lock()
        let reused = free.popLast()
        lock.unlock()
        return reused ?? DisambiguationScratch(gazetteer: gazetteer)
    }

    /// Returns a scratch, cleared, for later documents.
    func give(_ scratch: DisambiguationScratch) {
        scratch.resetTotal(); scratch.resetOwn(); scratch.resetLocal()
        lock.lock()
        free.append(scratch)
        lock.unlock()
    }
}
