import Foundation
import HuizongFacts
import HuizongPlaces

/// Builds per-region totals that never double count (issue 6):
/// - only `result` facts are summed; rates (`%`), `per_unit` and `target` facts never are, and
///   neither is `other` (its figures count unrelated things: 个 of windows and 个 of villages),
///   nor money that went to one firm or household (`SingleBeneficiary`);
/// - classifiers that count the same thing are one unit (`CountingUnits`: 条/件/个 of opinions);
/// - the same figure for the same region, metric and unit in several documents counts once
///   (the first document in path order keeps it), and a part figure stated again with the same
///   value in one document is a restatement, counted once;
/// - a region's total is the largest whole-area figure stated for it (累计/全市…: the largest of
///   several cumulative figures, the others set aside), otherwise the sum of its own part figures
///   and its sub-regions' totals; both are never added together, and the sum of parts is kept
///   beside a stated total;
/// - a stated figure smaller than one of its own sub-regions' totals cannot be the whole-area
///   figure (it is older or partial), so the sum of parts is used and the stated figure set aside.
public struct TotalsBuilder: Sendable {
    let directory: any RegionDirectory

    public init(directory: any RegionDirectory) { self.directory = directory }

    /// Totals for every region that has facts, and every ancestor of such a region. `quote` gives
    /// fact `i`'s quote where the collection's elements carry none (a `FactTable`); it is read only
    /// for money stated as a part, to set aside money that went to one recipient.
    public func build<C: RandomAccessCollection<Fact> & Sendable>(_ facts: C, quote: ((Int) -> String)? = nil) -> RegionTotals where C.Index == Int {
        var unattributed: [Int] = []
        // First only the numbers of each group's facts; each group then reads its facts when its
        // turn comes, so only a group's worth is held at a time (a corpus has hundreds of thousands).
        var groups: [GroupKey: [Int32]] = [:]
        var documentSet: Set<String> = []
        // Money that went to one firm or household: grouped with its region, so that its total
        // says why it was left out, but never summed.
        var oneRecipient = Set<Int32>()
        // A plain index loop: iterating a generic collection with zip made Swift look up generic
        // metadata for every element.
        var i = facts.startIndex
        while i < facts.endIndex {
            defer { i += 1 }
            let fact = facts[i]
            guard Self.isSummable(fact) else { continue }
            if SingleBeneficiary.isCandidate(fact),
               SingleBeneficiary.namesOneRecipient(quote?(i) ?? fact.quote) {
                oneRecipient.insert(Int32(i))
            }
            guard !fact.regionCode.isEmpty, directory.region(code: fact.regionCode) != nil else {
                unattributed.append(i)
                continue
            }
            groups[GroupKey(metric: fact.metric, unit: CountingUnits.totalUnit(metric: fact.metric, unit: fact.unit)), default: []]
                .append(Int32(i))
            documentSet.insert(fact.document)
        }
        // Documents by number, numbered in path order, so comparing numbers compares paths.
        let documents = Documents(names: documentSet.sorted())
        // Groups are independent: they are built on all cores, and joined in a fixed order.
        let oneRecipientFacts = oneRecipient
        let keys = groups.keys.sorted()
        let members = keys.map { groups.removeValue(forKey: $0)! }
        let built = GroupResults(count: keys.count)
        DispatchQueue.concurrentPerform(iterations: keys.count) { g in
            var highs: [Int32: Decimal] = [:]
            let entries = members[g].map { i in
                let fact = facts[Int(i)]
                if let high = fact.valueHigh { highs[i] = high }
                return Entry(index: i, fact: fact, document: documents.number[fact.document]!,
                             oneRecipient: oneRecipientFacts.contains(i))
            }
            built.set(g, buildGroup(keys[g], entries: entries, highs: highs, documents: documents))
        }
        var totals = built.joined
        totals.sort { ($0.region.code, $0.metric, $0.unit) < ($1.region.code, $1.metric, $1.unit) }
        return RegionTotals(totals: totals, unattributed: unattributed)
    }

    /// Whether a fact may enter a sum at all.
    public static func isSummable(_ fact: Fact) -> Bool {
        fact.status == .result && fact.metric != "rate" && fact.metric != "other" && fact.unit != "%"
    }

    private struct GroupKey: Hashable, Comparable {
        var metric: String, unit: String
        static func < (a: GroupKey, b: GroupKey) -> Bool { (a.metric, a.unit) < (b.metric, b.unit) }
    }

    /// Document paths and their numbers (ranks in path order).
    private struct Documents: Sendable {
        let names: [String]
        let number: [String: Int32]
        init(names: [String]) {
            self.names = names
            number = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        }
    }

    /// What the sums need of one fact (56 bytes: a group can hold hundreds of thousands); the
    /// upper end of a range is kept apart, as few facts are ranges.
    private struct Entry {
        let regionCode: String
        let index: Int32, document: Int32, line: Int32
        let value: Decimal
        let qualifier: Qualifier, scope: Scope
        /// Money for one firm or household (`SingleBeneficiary`): never summed, listed as set aside.
        let oneRecipient: Bool
        init(index: Int32, fact f: Fact, document: Int32, oneRecipient: Bool) {
            self.index = index; self.document = document; line = Int32(clamping: f.line); regionCode = f.regionCode
            value = f.value; qualifier = f.qualifier
            // A township's or village's own whole is one part of its county's (LABELS.md §6: the
            // region is the county, the place below it).
            scope = f.place.isEmpty ? f.scope : .part
            self.oneRecipient = oneRecipient
        }
    }

    /// Facts of one metric and unit, grouped by region, after cross-document de-duplication
    /// (positions in the group's entries, not copies).
    private struct RegionFacts {
        var wholeArea: [Int32] = []
        var parts: [Int32] = []
        /// Facts set aside before any sum, with why.
        var setAside: [SetAside] = []
    }

    /// A fact left out of a total, and why.
    struct SetAside {
        var index: Int
        var reason: RegionTotal.SetAsideReason
    }

    /// A region's total and the numbers of the documents it rests on.
    private typealias Computed = (total: RegionTotal, documents: [Int32])

    private func buildGroup(_ key: GroupKey, entries: [Entry], highs: [Int32: Decimal], documents: Documents) -> [RegionTotal] {
        var byRegion: [String: RegionFacts] = [:]
        // The same figure (region, value) in a later document is a repeat of the first document's.
        var firstDocument: [String: Int32] = [:]
        firstDocument.reserveCapacity(entries.count)
        var countedParts: Set<String> = []
        func precedes(_ a: Entry, _ b: Entry) -> Bool { (a.document, a.line, a.index) < (b.document, b.line, b.index) }
        // Facts usually arrive in document order already: then the sort is skipped.
        let inOrder = zip(entries, entries.dropFirst()).allSatisfy { precedes($0, $1) }
        let order = inOrder ? Array(entries.indices) : entries.indices.sorted { precedes(entries[$0], entries[$1]) }
        for position in order {
            let e = entries[position]
            if e.oneRecipient {
                byRegion[e.regionCode, default: RegionFacts()].setAside.append(SetAside(index: Int(e.index), reason: .oneRecipient))
                continue
            }
            let figure = e.regionCode + "|" + DecimalText.description(e.value) + "|" + (highs[e.index].map(DecimalText.description) ?? "")
            // Within one document, a part stated again with the same value is a restatement
            // (`这12件实事涵盖…` after `办12件实事`), not a second part to add (LABELS.md §7); so is a
            // later figure read as the whole that only repeats a part (实施民生项目104个 … 104件民生微实事
            // 都已实施完毕): the first statement decides.
            if let doc = firstDocument[figure], doc != e.document || countedParts.contains(figure) {
                byRegion[e.regionCode, default: RegionFacts()].setAside.append(SetAside(index: Int(e.index), reason: .repeated))
                continue
            }
            firstDocument[figure] = e.document
            if e.scope == .part { countedParts.insert(figure) }
            if e.scope == .wholeArea {
                byRegion[e.regionCode, default: RegionFacts()].wholeArea.append(Int32(position))
            } else {
                byRegion[e.regionCode, default: RegionFacts()].parts.append(Int32(position))
            }
        }
        firstDocument = [:]
        countedParts = []

        // Every region with facts and all its ancestors, children listed under parents.
        var involved: [String: Region] = [:]
        var children: [String: [String]] = [:]
        for code in byRegion.keys {
            var current = directory.region(code: code)
            while let region = current, involved[region.code] == nil {
                involved[region.code] = region
                guard let parent = region.parentCode, let p = directory.region(code: parent) else { break }
                children[p.code, default: []].append(region.code)
                current = p
            }
        }

        var computed: [String: Computed] = [:]
        func total(of code: String) -> Computed? {
            if let done = computed[code] { return done }
            guard let region = involved[code] else { return nil }
            let own = byRegion[code] ?? RegionFacts()
            let childTotals = (children[code] ?? []).sorted().compactMap { total(of: $0) }
            let result = combine(region: region, key: key, own: own, childTotals: childTotals, entries: entries,
                                 documents: documents)
            computed[code] = result
            return result
        }
        return involved.keys.sorted().compactMap { total(of: $0)?.total }
    }

    private func sorted(_ list: [SetAside]) -> [SetAside] { list.sorted { $0.index < $1.index } }

    /// Parts that another part of the same document adds up (LABELS.md §7: a stated total is never
    /// added to its own parts): the document's first part of the region, when its value is the sum of
    /// all the others, two or more, within the rounding of an approximate figure (以上项目共投入约537万元,
    /// then 230余 + 278 + 29 万元 project by project). Those others are its items and are set aside. A
    /// sum stated after its items (…合计5所) is already whole by its own word; a document with any part
    /// outside the sum is left as it is, and so is a first part that merely equals a later sum by chance
    /// of order (学校3所、桥梁2座 … 5个 stays three counts).
    private static func itemizedParts(_ parts: [Int32], entries: [Entry]) -> Set<Int32> {
        guard parts.count > 2 else { return [] }
        var byDocument: [Int32: [Int32]] = [:]
        for p in parts { byDocument[entries[Int(p)].document, default: []].append(p) }
        var items: Set<Int32> = []
        for (_, group) in byDocument where group.count > 2 {
            let sum = group.reduce(Decimal(0)) { $0 + entries[Int($1)].value }
            // The part stated first: parts are recorded in (document, line) order.
            let whole = group[0]
            let v = entries[Int(whole)].value
            let rest = sum - v
            guard rest > 0 && abs(rest - v) <= v * itemizedTolerance else { continue }
            for p in group where p != whole { items.insert(p) }
        }
        return items
    }

    /// How close the items must come to the stated sum: 1%, the rounding of `约`/`余` figures.
    private static let itemizedTolerance = Decimal(string: "0.01")!

    private func combine(region: Region, key: GroupKey, own: RegionFacts, childTotals: [Computed],
                         entries: [Entry], documents: Documents) -> Computed? {
        // Sum of parts: own part figures plus sub-regions' totals.
        var partsValue: Decimal = 0
        var partsQualifier = Qualifier.exact
        var partsFacts: [Int] = []
        var setAside = own.setAside
        var partsDocuments: Set<Int32> = []
        let itemized = Self.itemizedParts(own.parts, entries: entries)
        setAside += itemized.map { SetAside(index: Int(entries[Int($0)].index), reason: .itemized) }
        for position in own.parts where !itemized.contains(position) {
            let e = entries[Int(position)]
            partsValue += e.value
            partsQualifier = QualifierAlgebra.combine(partsQualifier, e.qualifier)
            partsFacts.append(Int(e.index))
            partsDocuments.insert(e.document)
        }
        for (child, childDocuments) in childTotals {
            partsValue += child.value
            partsQualifier = QualifierAlgebra.combine(partsQualifier, child.qualifier)
            partsFacts += child.factIndices
            partsDocuments.formUnion(childDocuments)
            setAside += zip(child.setAside, child.setAsideReasons).map { SetAside(index: $0, reason: $1) }
        }
        let hasParts = !own.parts.isEmpty || !childTotals.isEmpty

        // The largest stated whole-area figure, unless a sub-region alone already exceeds it.
        let largestChild = childTotals.map(\.total.value).max() ?? 0
        let wholeArea = own.wholeArea.map { entries[Int($0)] }
        let stated = wholeArea.max { ($0.value, $1.index) < ($1.value, $0.index) }
        if let best = stated, best.value >= largestChild {
            setAside += wholeArea.filter { $0.index != best.index }.map { SetAside(index: Int($0.index), reason: .smallerStated) }
            let total = RegionTotal(
                region: region, metric: key.metric, unit: key.unit, value: best.value,
                qualifier: QualifierAlgebra.normalised(best.qualifier), basis: .stated,
                partsSum: hasParts && partsValue != best.value ? partsValue : nil,
                factIndices: [Int(best.index)], setAside: sorted(setAside).map(\.index),
                documents: [documents.names[Int(best.document)]], setAsideReasons: sorted(setAside).map(\.reason))
            return (total, [best.document])
        }
        setAside += wholeArea.map { SetAside(index: Int($0.index), reason: .belowSubRegion) }
        guard hasParts else { return nil }
        let used = partsDocuments.sorted()
        let total = RegionTotal(
            region: region, metric: key.metric, unit: key.unit, value: partsValue, qualifier: partsQualifier,
            basis: .sumOfParts, partsSum: nil, factIndices: partsFacts.sorted(), setAside: sorted(setAside).map(\.index),
            documents: used.map { documents.names[Int($0)] }, setAsideReasons: sorted(setAside).map(\.reason))
        return (total, used)
    }
}

/// Each group's totals, set from worker threads.
private final class GroupResults: @unchecked Sendable {
    private var results: [[RegionTotal]]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: [], count: count) }
    func set(_ g: Int, _ totals: [RegionTotal]) { lock.lock(); results[g] = totals; lock.unlock() }
    var joined: [RegionTotal] { lock.lock(); defer { lock.unlock() }; return results.flatMap { $0 } }
}
