// Public value types of the places module. The entry points are `Gazetteer` (Gazetteer.swift),
// `PlaceResolver` (PlaceResolver.swift) and `DocumentPlaces` (DocumentPlaces.swift).

/// One answer of `Gazetteer.lookup`.
public struct GazetteerMatch: Sendable, Equatable {
    /// The region (for a township: its county).
    public var region: Region
    /// For a township: its name; nil when the match is the region itself.
    public var township: String?
    /// How `name` matched: `name`, `short form`, `former name`, `township`, `code`.
    public var how: String
    /// A match as `Gazetteer.lookup` returns it.
    public init(region: Region, township: String?, how: String) {
        self.region = region; self.township = township; self.how = how
    }
}

/// One place mention found in a document, resolved in context.
public struct PlaceMention: Sendable, Hashable {
    /// Scalar range of the mention in the document.
    public var range: Range<Int>
    /// The text as written (`松山区`, `锡盟`, `全市`).
    public var text: String
    /// The region it stands for (a township's county); nil when ambiguous or unresolved.
    public var region: Region?
    /// The township it names, official name (`号头庄回族乡` for `号头庄乡`).
    public var place: String?
    /// True for deictic words (全市, 我县, 该旗…).
    public var isDeictic: Bool
    /// How it was resolved, e.g. `only candidate`, `supported by 呼和浩特`, `deictic 全市 → 赤峰市`.
    public var reason: String
    /// What it does where it stands; only an `owner` owns figures (see MentionRole).
    public var role: MentionRole = .owner
}
