import Foundation
import HuizongPlaces

/// The metric rules of `Data/metrics.tsv`: for each metric its units, nouns and verbs, plus the
/// words that mark targets, per-unit standards and whole-area totals. See the file's header for the format.
public struct MetricRules: Sendable {
    /// One metric row.
    struct Rule: Sendable {
        var id: String
        var units: Set<String>
        var anyUnit: Bool
        var min: Double
        var unitDecides: Bool
        var needVerb: Bool
        var verbAlone: Bool
    }

    /// What a metric keyword is.
    struct Keyword: Sendable {
        var rule: Int
        var noun: Bool
        var weight: Double
        var id: Int
    }

    /// Context words: the kind of marker.
    enum Marker: Sendable { case target, perUnit, breakdown, part, subset, plan, done, whole, person }

    var rules: [Rule] = []
    var keywords: KeywordIndex<Keyword>
    var markers: KeywordIndex<Marker>
    var keywordCount = 0
    /// Rules accepting each base unit named in the file, and the rules accepting any unit.
    var rulesByUnit: [String: [Int]] = [:]
    var anyUnitRules: [Int] = []

    /// `candidateRules` precomputed per named unit, matched by UTF-8 bytes: hashing or comparing
    /// non-ASCII Strings normalises them first, which is slow once per figure.
    struct UnitRules: Sendable {
        var bytes: [UInt8]
        var rules: [Int]
    }
    var unitCandidates: [UnitRules] = []

    /// Open-addressing table over `unitCandidates` by FNV-1a of the UTF-8 bytes: 1 + index, 0 = empty.
    var unitSlots: [Int32] = []

    @inline(__always) static func unitHash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Indices of the rules that count in `unit`, in file order.
    func candidateRules(_ unit: String) -> [Int] {
        if !unitSlots.isEmpty {
            let mask = unitSlots.count - 1
            var i = Int(truncatingIfNeeded: Self.unitHash(unit.utf8)) & mask
            while unitSlots[i] != 0 {
                let u = unitCandidates[Int(unitSlots[i]) - 1]
                if unit.utf8.elementsEqual(u.bytes) { return u.rules }
                i = (i + 1) & mask
            }
        }
        // Not byte-equal to a named unit; a canonically equal spelling still finds its rules.
        return computedCandidateRules(unit)
    }

    private func computedCandidateRules(_ unit: String) -> [Int] {
        guard let named = rulesByUnit[unit] else { return anyUnitRules }
        return anyUnitRules.isEmpty ? named : (named + anyUnitRules).sorted()
    }

    /// Problems reading the rules file.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The rules shipped in the module's resources.
    public static func bundled() throws -> MetricRules {
        // An installed copy's share/huizong first (InstalledData), then SwiftPM's resource bundle.
        guard let url = InstalledData.file("metrics.tsv") ?? Bundle.module.url(forResource: "metrics", withExtension: "tsv") else {
            throw FormatError(description: "metrics.tsv missing from the HuizongFacts resources")
        }
        return try MetricRules(tsv: String(contentsOf: url, encoding: .utf8))
    }

    /// Parses rules in the `metrics.tsv` format.
    public init(tsv: String) throws {
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        var blocks: [[Unicode.Scalar]] = []
        for line in lines where line.hasPrefix("@block\t") {
            blocks += line.split(separator: "\t").dropFirst().joined(separator: " ")
                .split(separator: " ").map { Array($0.unicodeScalars) }
        }
        keywords = KeywordIndex(blockWords: blocks)
        markers = KeywordIndex(blockWords: blocks)
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = raw.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            if line.hasPrefix("@") {
                let words = cols.dropFirst().joined(separator: " ").split(separator: " ").map { Array($0.unicodeScalars) }
                let marker: Marker
                switch cols[0] {
                case "@target": marker = .target
                case "@per_unit": marker = .perUnit
                case "@breakdown": marker = .breakdown
                case "@part": marker = .part
                case "@subset": marker = .subset
                case "@plan": marker = .plan
                case "@done": marker = .done
                case "@whole": marker = .whole
                case "@person": marker = .person
                case "@block": continue
                default: throw FormatError(description: "metrics.tsv line \(number + 1): unknown context row \(cols[0])")
                }
                for w in words { markers.add(w, marker) }
                continue
            }
            guard cols.count >= 5, let min = Double(cols[4]) else {
                throw FormatError(description: "metrics.tsv line \(number + 1): expected id, units, nouns, verbs, min")
            }
            let flags = cols.count > 5 ? Set(cols[5].split(separator: " ").map(String.init)) : []
            let units = Set(cols[1].split(separator: " ").map(String.init))
            let ruleIndex = rules.count
            rules.append(Rule(id: cols[0], units: units, anyUnit: units.contains("*"), min: min,
                              unitDecides: flags.contains("any"), needVerb: flags.contains("needverb"),
                              verbAlone: flags.contains("verbalone")))
            if units.contains("*") { anyUnitRules.append(ruleIndex) }
            for u in units.sorted() where u != "*" { rulesByUnit[u, default: []].append(ruleIndex) }
            for (col, noun) in [(2, true), (3, false)] {
                for item in cols[col].split(separator: " ") {
                    let parts = item.split(separator: ":")
                    let weight = parts.count > 1 ? (Double(parts[1]) ?? 1) : (noun ? 2 : 1)
                    keywords.add(Array(parts[0].unicodeScalars),
                                 Keyword(rule: ruleIndex, noun: noun, weight: weight, id: keywordCount))
                    keywordCount += 1
                }
            }
        }
        indexUnits()
    }

    /// Fills `unitCandidates` once the rules are read.
    private mutating func indexUnits() {
        // Every base unit the scanner can produce, named by a rule or not (those get the any-unit rules).
        var units = Set(rulesByUnit.keys)
        for bucket in UnitTable.standard.byFirst.buckets { for e in bucket { units.insert(e.base) } }
        units.insert(FigureScanner.personUnit.base)
        units.insert(FigureScanner.householdUnit.base)
        units.insert("%")
        unitCandidates = units.sorted().map { UnitRules(bytes: Array($0.utf8), rules: computedCandidateRules($0)) }
        var size = 16
        while size < unitCandidates.count * 4 { size <<= 1 }
        unitSlots = [Int32](repeating: 0, count: size)
        for (k, u) in unitCandidates.enumerated() {
            var i = Int(truncatingIfNeeded: Self.unitHash(u.bytes)) & (size - 1)
            while unitSlots[i] != 0 { i = (i + 1) & (size - 1) }
            unitSlots[i] = Int32(k + 1)
        }
    }

    /// The metric ids in file order.
    public var metricIDs: [String] { rules.map(\.id) }
}
