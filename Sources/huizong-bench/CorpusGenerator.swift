import Foundation

/// A deterministic generator of realistic corpora: the same seed gives the same files on every
/// machine. Documents recombine `SentencePatterns` with regions from the gazetteer, random figures
/// written the ways reports write them, varied lengths, and every tenth document in Traditional
/// script (converted with the given function), so every stage sees the work it meets in real use.
struct CorpusGenerator {
    /// A prefecture-level region and its counties, by name.
    struct Area { var name: String; var level: String; var counties: [String] }

    let areas: [Area]
    let toTraditional: (String) -> String

    /// Writes `count` documents into `folder` (created if needed) unless it already holds them.
    func write(count: Int, seed: UInt64, to folder: URL) throws {
        let fm = FileManager.default
        let marker = folder.appendingPathComponent(".complete")
        if fm.fileExists(atPath: marker.path) { return }
        try? fm.removeItem(at: folder)
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        var rng = SplitMix64(seed: seed)
        for i in 0..<count {
            let sub = folder.appendingPathComponent(String(format: "%03d", i / 1000))
            if i % 1000 == 0 { try fm.createDirectory(at: sub, withIntermediateDirectories: true) }
            var text = document(&rng)
            if i % 10 == 9 { text = toTraditional(text) }
            try Data(text.utf8).write(to: sub.appendingPathComponent(String(format: "doc%06d.txt", i)))
        }
        try Data().write(to: marker)
    }

    /// One article of 20–60 paragraphs (about 4–20 KB).
    func document(_ rng: inout SplitMix64) -> String {
        let area = areas[Int(rng.next() % UInt64(areas.count))]
        var lines = [fill(pick(SentencePatterns.titles, &rng), area, &rng), "", "□本报记者 王晓明", ""]
        for _ in 0..<(20 + Int(rng.next() % 41)) {
            var paragraph = ""
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                // About one sentence in six states figures (each states two or three), which gives
                // the seeds' density of about 40 figures per 13 KB.
                let useFigure = rng.next() % 6 == 0
                paragraph += fill(pick(useFigure ? SentencePatterns.figures : SentencePatterns.context, &rng), area, &rng)
            }
            lines.append(paragraph)
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func pick(_ list: [String], _ rng: inout SplitMix64) -> String {
        list[Int(rng.next() % UInt64(list.count))]
    }

    private func fill(_ pattern: String, _ area: Area, _ rng: inout SplitMix64) -> String {
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let close = rest[open...].firstIndex(of: "}")!
            let slot = rest[rest.index(after: open)..<close]
            out += value(String(slot), area, &rng)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private func value(_ slot: String, _ area: Area, _ rng: inout SplitMix64) -> String {
        switch slot {
        case "R": return area.name
        case "C": return area.counties.isEmpty ? area.name : area.counties[Int(rng.next() % UInt64(area.counties.count))]
        case "L": return area.level
        case "M": return "\(1 + rng.next() % 12)"
        case "D": return "\(1 + rng.next() % 28)"
        case "P": return "\(60 + rng.next() % 40).\(rng.next() % 10)"
        case "NS": return "\(2 + rng.next() % 60)"
        case "NH": return "\(20 + rng.next() % 900)"
        case "NK": return rng.next() % 2 == 0 ? "\(1000 + rng.next() % 90000)" : "\(1 + rng.next() % 9).\(rng.next() % 10)万"
        case "NW": return "\(100 + rng.next() % 20000)"
        case "NY": return "\(1 + rng.next() % 80).\(rng.next() % 100)"
        default: return slot
        }
    }
}

/// SplitMix64: small, fast and the same everywhere (Swift's default generator is seeded randomly).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
