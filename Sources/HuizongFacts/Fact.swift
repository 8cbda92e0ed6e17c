import Foundation

/// One figure stated in a document, normalised, with where it belongs and where it came from.
/// Field names match the columns of `facts.csv` (DESIGN.md).
public struct Fact: Sendable, Equatable, Hashable, Codable {
    /// Path of the document relative to the input folder.
    public var document: String
    /// 1-based line of the original file where the figure starts.
    public var line: Int
    /// 6-digit code of the most specific region at county level or above; empty when unknown.
    public var regionCode: String
    /// Full name of that region; empty when unknown.
    public var region: String
    /// A township, village or other named place below the region, when the text names one.
    public var place: String
    /// A metric id from METRICS.md.
    public var metric: String
    /// Value in base units (`57.9亿元` → 5790000000).
    public var value: Decimal
    /// Upper end of a range; nil otherwise.
    public var valueHigh: Decimal?
    /// Base unit: `元`, `件`, `人`, `%`, `公里` …
    public var unit: String
    public var qualifier: Qualifier
    public var scope: Scope
    public var status: Status
    /// The clause that states the figure, normalised Simplified text.
    public var quote: String

    public init(document: String, line: Int, regionCode: String, region: String, place: String, metric: String,
                value: Decimal, valueHigh: Decimal?, unit: String, qualifier: Qualifier, scope: Scope,
                status: Status, quote: String) {
        self.document = document; self.line = line; self.regionCode = regionCode; self.region = region
        self.place = place; self.metric = metric; self.value = value; self.valueHigh = valueHigh; self.unit = unit
        self.qualifier = qualifier; self.scope = scope; self.status = status; self.quote = quote
    }
}

/// How exact a stated figure is. 余/多/以上/超/超过/逾/至少/不少于/之多 → atLeast;
/// 近/将近/接近/约/大约/左右/来 → approx; `1—2件`, `10至20户` → range (with `valueHigh`).
/// 近 is read as "approximately", not "a little below": reports use it for rounded figures.
/// When a prefix and a suffix disagree (`近450余场`) the prefix wins.
public enum Qualifier: String, Sendable, Codable, Hashable, CaseIterable {
    case exact, atLeast = "at_least", approx, range
}

/// Whether a figure is the total for its whole region or for one part of it.
public enum Scope: String, Sendable, Codable, Hashable, CaseIterable {
    case wholeArea = "whole_area", part
}

/// Whether a figure is achieved, planned, or a rate per unit. Only `result` is summed.
public enum Status: String, Sendable, Codable, Hashable, CaseIterable {
    case result, target, perUnit = "per_unit"
}
