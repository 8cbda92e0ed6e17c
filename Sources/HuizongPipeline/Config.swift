import Foundation
import HuizongPlaces

/// What `huizong.toml` can set. Every field has a default, so no config file is needed.
public struct BriefConfig: Sendable, Equatable {
    public var title = "数据简报"
    public var subtitle = ""
    public var organisation = ""
    /// Cover date as written (e.g. `2021-10-08` or `2021年10月`); when absent, `SOURCE_DATE_EPOCH` gives one.
    public var date: String?
    /// The period the brief covers, as written (`2021年3月至9月`); shown on page 1 when given.
    public var period: String?
    /// The cover's words for `--lang en` (`title_en`, …); each left nil keeps the Chinese.
    public var english = EnglishCover()
    /// Metrics in the order the brief shows them; empty means the taxonomy's order.
    public var metrics: [String] = []
    /// Region level of the overview table and the metric charts.
    public var overviewLevel: RegionLevel = .prefecture
    /// How many regions a chart shows at most.
    public var topN = 15
    /// Figures listed in a region's section at most (all of them in facts.csv).
    public var factsPerRegion = 60
    /// Page size in points (A4 by default).
    public var pageSize = PageSizeName.a4.points
    /// Language of headings and metric names (`zh` or `en`); region names stay Chinese.
    public var language: Language = .zh
    /// Chart colours per metric id, 0xRRGGBB.
    public var colors: [String: UInt32] = [:]
    /// Per-document region overrides, by document path relative to the input folder.
    public var documentRegions: [String: String] = [:]
    /// The corrections file (issue 17), relative to the working folder; nil: `corrections.csv` when present.
    public var corrections: String?

    public init() {}
}

/// Title, subtitle, organisation and period in English, as `huizong.toml` gives them.
public struct EnglishCover: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var organisation: String?
    public var period: String?
    public init() {}
}

extension BriefConfig {
    /// The cover's words in the brief's language (English ones when given, else the Chinese).
    var shownTitle: String { language == .en ? english.title ?? title : title }
    var shownSubtitle: String { language == .en ? english.subtitle ?? subtitle : subtitle }
    var shownOrganisation: String { language == .en ? english.organisation ?? organisation : organisation }
    var shownPeriod: String? { language == .en ? english.period ?? period : period }
}

/// Label language of the brief.
public enum Language: String, Sendable, Equatable, CaseIterable {
    case zh, en
}

/// Named page sizes the config accepts.
public enum PageSizeName: String, CaseIterable, Sendable {
    case a4, a5, b5, letter
    /// Width and height in points (1 pt = 1/72 inch).
    public var points: PageSize {
        switch self {
        case .a4: PageSize(width: 595.28, height: 841.89)
        case .a5: PageSize(width: 419.53, height: 595.28)
        case .b5: PageSize(width: 498.9, height: 708.66)
        case .letter: PageSize(width: 612, height: 792)
        }
    }
}

/// A page size in points.
public struct PageSize: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

/// A configuration problem, naming the file, key and line.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
