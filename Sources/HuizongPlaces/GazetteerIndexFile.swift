import Foundation

/// The gazetteer ready-made (issue 20): `Data/gazetteer.index` holds what loading gazetteer.tsv
/// builds — regions, township names, and the name trie with its hash table of edges — so a run
/// copies arrays instead of inserting 80,000 names (45 ms of the seeds' 270 ms in a release build).
///
/// The file is written by `gazetteer-index` (run by scripts/gazetteer/build.py after the TSV) from
/// the TSV with the very loader that reads the TSV, so the two cannot drift apart; it names the
/// TSV it was made from by size and FNV-1a hash, and a run whose TSV differs (edited by hand)
/// parses the TSV instead. `GazetteerIndexTests` checks that the committed file is fresh.
///
/// Layout (little-endian): `HZGI`, version, the TSV's size and hash, then arrays, each its
/// element count (UInt64) and its raw elements: region fields, levels, township names and
/// counties, the trie's edge table (a bitmap of used slots and their values: most slots are
/// empty), targets, per-node counts and depths, and the two start filters.
public enum GazetteerIndexFile {
    static let magic: [UInt8] = Array("HZGI".utf8)
    static let version: UInt32 = 1

    /// The index of a gazetteer.tsv.
    public static func encode(tsv: [UInt8]) throws -> [UInt8] {
        let g = try GazetteerLoader.parse(tsv)
        var w = Writer()
        w.bytes += magic
        w.scalar(version)
        w.scalar(UInt64(tsv.count))
        w.scalar(fingerprint(tsv))
        var fields = PackedNames()
        for (i, r) in g.regions.enumerated() {
            for text in [r.code, r.parentCode ?? "", r.name, g.englishNames[i]] { fields.append(utf8: Array(text.utf8)) }
        }
        w.array(fields.bytes)
        w.array(fields.ends)
        w.array(g.regions.map { r -> UInt8 in UInt8(r.level.rank) })
        w.array(g.townshipNames.bytes)
        w.array(g.townshipNames.ends)
        w.array(g.townshipCounty)
        let parts = g.trie.parts
        w.scalar(UInt64(parts.edgeCount))
        var used = [UInt64](repeating: 0, count: (parts.edgeSlots.count + 63) / 64)
        var values: [UInt64] = []
        for (i, slot) in parts.edgeSlots.enumerated() where slot != 0 {
            used[i >> 6] |= 1 << UInt64(i & 63)
            values.append(slot)
        }
        w.scalar(UInt64(parts.edgeSlots.count))
        w.array(used)
        w.array(values)
        w.array(parts.targetRegion)
        w.array(parts.targetTownship)
        w.array(parts.targetHow)
        w.array(parts.targetCount)
        w.array(parts.depth)
        w.array(parts.startFilter)
        w.array(parts.firstScalars)
        w.scalar(UInt8(parts.hasSingleScalarNames ? 1 : 0))
        return w.bytes
    }

    /// The gazetteer stored in `index`, or nil when the index is not that of `tsv` (or damaged,
    /// or from another version): the caller then parses the TSV.
    static func decode(_ index: UnsafeRawBufferPointer, tsv: UnsafeRawBufferPointer) -> Gazetteer? {
        // The arrays are stored as this machine lays them out; Huizong runs on little-endian Linux.
        guard UInt16(1).littleEndian == 1 else { return nil }
        var r = Reader(raw: index)
        guard let head = r.take(4), Array(head) == magic, r.scalar(UInt32.self) == version,
              r.scalar(UInt64.self) == UInt64(tsv.count), r.scalar(UInt64.self) == fingerprint(tsv),
              let fieldBytes = r.array(UInt8.self), let fieldEnds = r.array(UInt32.self),
              let levels = r.array(UInt8.self), let townBytes = r.array(UInt8.self), let townEnds = r.array(UInt32.self),
              let townCounty = r.array(Int32.self), let edgeCount = r.scalar(UInt64.self),
              let slotCount = r.scalar(UInt64.self), let used = r.array(UInt64.self), let values = r.array(UInt64.self),
              let targetRegion = r.array(Int32.self), let targetTownship = r.array(Int32.self),
              let targetHow = r.array(UInt8.self), let targetCount = r.array(Int32.self), let depth = r.array(UInt8.self),
              let startFilter = r.array(UInt64.self), let firstScalars = r.array(UInt64.self),
              let single = r.scalar(UInt8.self), r.atEnd else { return nil }
        let fields = PackedNames(bytes: fieldBytes, ends: fieldEnds)
        guard fields.count == levels.count * 4, fieldEnds.last.map({ Int($0) == fieldBytes.count }) ?? fieldBytes.isEmpty,
              townEnds.last.map({ Int($0) == townBytes.count }) ?? townBytes.isEmpty, townEnds.count == townCounty.count,
              slotCount <= 1 << 24, used.count == (Int(slotCount) + 63) / 64 else { return nil }
        var regions: [Region] = [], english: [String] = []
        regions.reserveCapacity(levels.count)
        english.reserveCapacity(levels.count)
        for (i, level) in levels.enumerated() {
            guard level < 3 else { return nil }
            let parent = fields[4 * i + 1]
            regions.append(Region(code: fields[4 * i], name: fields[4 * i + 2],
                                  level: level == 0 ? .province : level == 1 ? .prefecture : .county,
                                  parentCode: parent.isEmpty ? nil : parent))
            english.append(fields[4 * i + 3])
        }
        guard townCounty.allSatisfy({ $0 >= 0 && Int($0) < regions.count }),
              targetRegion.allSatisfy({ $0 >= -1 && Int($0) < regions.count }),
              targetTownship.allSatisfy({ $0 >= -1 && Int($0) < townCounty.count }) else { return nil }
        // The edge table: each used slot, in order, takes the next stored value.
        var slots = [UInt64](repeating: 0, count: Int(slotCount))
        var next = 0
        for (w, word) in used.enumerated() {
            var bits = word
            while bits != 0 {
                let slot = w << 6 | bits.trailingZeroBitCount
                guard slot < slots.count, next < values.count else { return nil }
                slots[slot] = values[next]
                next += 1
                bits &= bits - 1
            }
        }
        guard next == values.count, let trie = NameTrie(parts: NameTrie.Parts(
            edgeSlots: slots, edgeCount: Int(edgeCount), targetRegion: targetRegion, targetTownship: targetTownship,
            targetHow: targetHow, targetCount: targetCount, depth: depth, startFilter: startFilter,
            firstScalars: firstScalars, hasSingleScalarNames: single != 0)) else { return nil }
        return Gazetteer(regions: regions, englishNames: english, townshipNames: PackedNames(bytes: townBytes, ends: townEnds),
                         townshipCounty: townCounty, trie: trie)
    }

    /// FNV-1a, 64 bits: enough to tell an edited TSV from the one the index was made from.
    static func fingerprint<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func scalar<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }

        mutating func array<T: FixedWidthInteger>(_ values: [T]) {
            scalar(UInt64(values.count))
            values.withUnsafeBytes { bytes += $0 }
        }
    }

    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset = 0

        var atEnd: Bool { offset == raw.count }

        mutating func take(_ n: Int) -> UnsafeRawBufferPointer? {
            guard n >= 0, n <= raw.count - offset else { return nil }
            defer { offset += n }
            return UnsafeRawBufferPointer(rebasing: raw[offset ..< offset + n])
        }

        mutating func scalar<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard let bytes = take(MemoryLayout<T>.size) else { return nil }
            return T(littleEndian: bytes.loadUnaligned(as: T.self))
        }

        /// An array copied straight from the file's bytes (the bulk of the index: one memcpy each).
        mutating func array<T: FixedWidthInteger>(_: T.Type) -> [T]? {
            guard let count = scalar(UInt64.self), count <= UInt64(raw.count),
                  let bytes = take(Int(count) * MemoryLayout<T>.stride) else { return nil }
            return [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
                initialized = Int(count)
            }
        }
    }
}
