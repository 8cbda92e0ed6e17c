import Foundation
import HuizongFacts
import HuizongPlaces

/// The total of one metric for one region, and how it was reached.
public struct RegionTotal: Sendable, Equatable {
    public var region: Region
    public var metric: String
    public var unit: String
    /// The total in base units.
    public var value: Decimal
    /// `exact`, `at_least` (a part was at least) or `approx` (a part was approximate).
    public var qualifier: Qualifier
    /// Whether the total is a figure the articles state for the whole region, or a sum of parts.
    public var basis: Basis
    /// The sum of parts when it differs from a stated whole-area total (shown beside it, never added).
    public var partsSum: Decimal?
    /// The facts that make the total, as indices into the fact list it was built from, ascending.
    public var factIndices: [Int]
    /// Stated figures that were set aside (duplicates or smaller cumulative figures), as indices.
    public var setAside: [Int]
    /// Why each figure of `setAside` was set aside, in the same order.
    public var setAsideReasons: [SetAsideReason]
    /// Documents the total draws on, sorted.
    public var documents: [String]

    /// Why a result figure of the region did not enter its total.
    public enum SetAsideReason: String, Sendable, Equatable, Codable, CaseIterable {
        /// The same figure for the same region in an earlier document, or a part restated in the same
        /// document (counted once, at its first statement).
        case repeated = "repeat"
        /// A smaller stated whole-area figure beside the largest, which is the total.
        case smallerStated = "smaller_stated"
        /// A stated whole-area figure below one of the region's own sub-regions' totals (older or partial).
        case belowSubRegion = "below_sub_region"
        /// Money that went to one firm or household: not the region's funds.
        case oneRecipient = "one_recipient"
        /// One of a document's parts that another part of it adds up exactly (以上项目共投入约537万元,
        /// then 230余万, 278万 and 29万 for each project): counted once, as the stated sum.
        case itemized = "itemized"
    }

    /// How a total was reached.
    public enum Basis: String, Sendable, Equatable, Codable {
        /// An article states the figure for the whole region (全市…, 累计…).
        case stated
        /// Summed from the region's own part figures and its sub-regions' totals.
        case sumOfParts = "sum_of_parts"
    }

    public init(region: Region, metric: String, unit: String, value: Decimal, qualifier: Qualifier, basis: Basis,
                partsSum: Decimal?, factIndices: [Int], setAside: [Int], documents: [String],
                setAsideReasons: [SetAsideReason]) {
        self.region = region; self.metric = metric; self.unit = unit; self.value = value
        self.qualifier = qualifier; self.basis = basis; self.partsSum = partsSum
        self.factIndices = factIndices; self.setAside = setAside; self.documents = documents
        self.setAsideReasons = setAsideReasons
    }
}

/// All totals of a run, plus what could not be totalled.
public struct RegionTotals: Sendable, Equatable {
    /// Sorted by region code, then metric, then unit.
    public var totals: [RegionTotal]
    /// Indices of `result` facts with no region (listed in the brief as unattributed).
    public var unattributed: [Int]
    public init(totals: [RegionTotal], unattributed: [Int]) {
        self.totals = totals; self.unattributed = unattributed
    }

    /// The total for a region and metric (the first unit, when a metric has several).
    public func total(code: String, metric: String) -> RegionTotal? {
        totals.first { $0.region.code == code && $0.metric == metric }
    }
}

/// Where the totals look up a region's parent and level; the gazetteer is one.
public protocol RegionDirectory: Sendable {
    /// The region with this 6-digit code.
    func region(code: String) -> Region?
}

extension Gazetteer: RegionDirectory {}
