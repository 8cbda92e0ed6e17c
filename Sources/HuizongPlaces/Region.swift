/// One administrative division at county level or above (GB/T 2260).
public struct Region: Sendable, Hashable, Codable {
    /// 6-digit GB/T 2260 code, e.g. `150400` for 赤峰市.
    public var code: String
    /// Full official name, e.g. `赤峰市`, `内蒙古自治区`, `河南蒙古族自治县`.
    public var name: String
    public var level: RegionLevel
    /// Code of the parent division; nil for a province.
    public var parentCode: String?
    public init(code: String, name: String, level: RegionLevel, parentCode: String?) {
        self.code = code; self.name = name; self.level = level; self.parentCode = parentCode
    }
}

/// The three levels Huizong totals at.
public enum RegionLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case province, prefecture, county
    var rank: Int { switch self { case .province: 0; case .prefecture: 1; case .county: 2 } }
    public static func < (a: RegionLevel, b: RegionLevel) -> Bool { a.rank < b.rank }
}

/// Where a figure belongs: a region (county level or above), optionally a named place below it.
public struct Attribution: Sendable, Hashable, Codable {
    /// The most specific region at county level or above; nil when unknown.
    public var region: Region?
    /// A township, village or other named place below `region`, as named in the text.
    public var place: String?
    /// Why: e.g. `clause: 松山区`, `document: title names 赤峰市`, `deictic 全市 → 赤峰市`.
    public var reason: String
    /// Where the mention that owns the figure stands, when the figure's own clause or sentence names
    /// it (scope reads what follows a township's name: 大陈乡确定了 is the township's own figure,
    /// 钦工镇钦工社区计划 one community's).
    public var mention: Range<Int>?
    /// The figure's sentence names the helping side of an aid pairing before it (福建还帮宁夏新建学校214所):
    /// the figure is that partner's programme in the region.
    public var partnerNamed = false
    public init(region: Region?, place: String?, reason: String, mention: Range<Int>? = nil) {
        self.region = region; self.place = place; self.reason = reason; self.mention = mention
    }
}
