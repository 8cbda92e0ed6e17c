/// Display names and chart colours of the metric ids of METRICS.md, in the taxonomy's order.
/// The ids are stable (they are in every export); the labels are only for people.
public struct MetricInfo: Sendable, Equatable {
    public var id: String
    public var zh: String
    public var en: String
    /// The English label where columns are narrow (tables): two words at most.
    public var enShort: String
    /// Whether the metric's `result` figures may be added up.
    public var summable: Bool
    /// Default chart colour, 0xRRGGBB: muted tones that print well in grey too.
    public var color: UInt32

    /// The label in the brief's language.
    public func label(_ language: Language) -> String { language == .zh ? zh : en }
    /// The label in a table's narrow column: the Chinese, or the short English one, which never
    /// takes more than two lines (`Opinions and requests collected` took four in a table).
    public func tableLabel(_ language: Language) -> String { language == .zh ? zh : enShort }

    public init(id: String, zh: String, en: String, enShort: String? = nil, summable: Bool, color: UInt32) {
        self.id = id; self.zh = zh; self.en = en; self.enShort = enShort ?? en; self.summable = summable; self.color = color
    }
}

public enum MetricCatalog {
    /// The default taxonomy (METRICS.md), in order.
    public static let all: [MetricInfo] = [
        MetricInfo(id: "opinions_collected", zh: "征集意见建议", en: "Opinions and requests collected", enShort: "Opinions collected", summable: true, color: 0x1F5FA8),
        MetricInfo(id: "problems_solved", zh: "解决问题", en: "Problems solved", summable: true, color: 0x2E8B57),
        MetricInfo(id: "practical_matters", zh: "民生实事", en: "Practical matters undertaken", enShort: "Practical matters", summable: true, color: 0xB8860B),
        MetricInfo(id: "policies", zh: "政策举措", en: "Policy measures", summable: true, color: 0x6A5ACD),
        MetricInfo(id: "projects", zh: "项目工程", en: "Projects and works", enShort: "Projects", summable: true, color: 0x8B4513),
        MetricInfo(id: "volunteers", zh: "志愿者", en: "Volunteers", summable: true, color: 0xC0392B),
        MetricInfo(id: "service_events", zh: "服务活动", en: "Service events held", enShort: "Service events", summable: true, color: 0x16A085),
        MetricInfo(id: "people_served", zh: "服务群众", en: "People served", summable: true, color: 0xD35400),
        MetricInfo(id: "cadres", zh: "党员干部", en: "Party members and cadres engaged", enShort: "Party cadres", summable: true, color: 0xA93226),
        MetricInfo(id: "households", zh: "帮扶户数", en: "Households helped", summable: true, color: 0x7D6608),
        MetricInfo(id: "funds", zh: "资金", en: "Funds", summable: true, color: 0x154360),
        MetricInfo(id: "rate", zh: "比率", en: "Rates", summable: false, color: 0x566573),
        MetricInfo(id: "other", zh: "其他", en: "Other figures", enShort: "Other", summable: false, color: 0x7F8C8D),
    ]

    /// The entry for an id; unknown ids (from a custom rule file) get a neutral entry.
    public static func info(_ id: String) -> MetricInfo {
        all.first { $0.id == id } ?? MetricInfo(id: id, zh: id, en: id, summable: true, color: 0x566573)
    }
}
