import Foundation
import HuizongPlaces
import HuizongTotals

/// The one structure the overview, the charts and the region sections share (issue 18): provinces,
/// and under each the divisions at the row level — prefectures, or, where a province has no
/// prefecture between it and a county (a municipality's districts, 济源, 仙桃) or administers one
/// directly (定州, 辛集), that county under its own name. A region every row of which is shown gets
/// a section, and every section a row.
struct BriefStructure {
    /// `.prefecture`: provinces with their rows under them; `.province`: provinces alone (a corpus
    /// with more rows than a readable brief holds; the rest is in totals.csv).
    let rowLevel: RegionLevel
    /// Provinces, each with its rows, ranked.
    let groups: [Group]
    /// How many regions of each level have a total of a shown metric.
    let reporting: [RegionLevel: Int]
    /// The codes of `rows`.
    let rowCodes: Set<String>

    struct Group {
        var province: Region
        /// Rows under the province, ranked (empty at `.province`).
        var members: [Region]
    }

    /// Counties a province administers directly although their code sits under a prefecture
    /// (GB/T 2260 keeps 定州 under 保定 and 辛集 under 石家庄; both are 省直管 since 2013).
    static let directlyAdministered: Set<String> = ["130682", "130181"]

    /// Rows under provinces beyond which only provinces are shown.
    static let maxRows = 60

    /// The region a figure of `code` is summarised under at prefecture level: the province for
    /// its own figures, the prefecture, or a county that stands at prefecture level.
    static func unit(of code: String, gazetteer: Gazetteer) -> Region? {
        let path = gazetteer.path(of: code)
        guard let province = path.first else { return nil }
        guard path.count >= 2 else { return province }
        if path.count >= 3, directlyAdministered.contains(path[2].code) { return path[2] }
        return path[1]
    }

    /// The structure of `totals` for the shown metrics; `cell` says whether a row has a figure of
    /// its own for a metric (a prefecture whose total is only a directly administered county's has none).
    init(totals: [RegionTotal], metrics: [String], rank: (Region) -> (Decimal?, String),
         configLevel: RegionLevel, gazetteer: Gazetteer, hasOwnCell: (Region) -> Bool,
         alsoProvinces: [Region] = []) {
        let shown = Set(metrics)
        var provinces: [String: Region] = [:]
        var members: [String: [String: Region]] = [:]
        var counts: [RegionLevel: Set<String>] = [:]
        for t in totals where shown.contains(t.metric) {
            // A prefecture counts as reporting only with figures of its own (not a directly administered county's).
            if t.region.level != .prefecture || hasOwnCell(t.region) { counts[t.region.level, default: []].insert(t.region.code) }
            guard let unit = Self.unit(of: t.region.code, gazetteer: gazetteer),
                  let province = gazetteer.path(of: t.region.code).first else { continue }
            provinces[province.code] = province
            if unit.code != province.code, hasOwnCell(unit) { members[province.code, default: [:]][unit.code] = unit }
        }
        reporting = counts.mapValues(\.count)
        // Provinces whose figures are all targets or per-unit standards still get a row and a section.
        for province in alsoProvinces where provinces[province.code] == nil { provinces[province.code] = province }
        let rowCount = members.values.reduce(0) { $0 + $1.count }
        let level: RegionLevel = configLevel == .province || rowCount > Self.maxRows ? .province : .prefecture
        rowLevel = level
        func ordered(_ regions: [Region]) -> [Region] {
            regions.map { (rank($0), $0) }.sorted { a, b in
                switch (a.0.0, b.0.0) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.0.1 < b.0.1
                }
            }.map(\.1)
        }
        let built = ordered(Array(provinces.values)).map { province in
            Group(province: province,
                  members: level == .province ? [] : ordered(Array((members[province.code] ?? [:]).values)))
        }
        groups = built
        rowCodes = Set(built.flatMap { [$0.province.code] + $0.members.map(\.code) })
    }

    /// Every region with a row, in the order of the overview.
    var rows: [Region] { groups.flatMap { [$0.province] + $0.members } }

    /// The row whose section lists a figure of `code`: its unit when that has a row, else its province.
    func section(of code: String, gazetteer: Gazetteer) -> String? {
        let path = gazetteer.path(of: code)
        guard let province = path.first else { return nil }
        guard rowLevel == .prefecture, let unit = Self.unit(of: code, gazetteer: gazetteer) else { return province.code }
        return rowCodes.contains(unit.code) ? unit.code : province.code
    }

}
