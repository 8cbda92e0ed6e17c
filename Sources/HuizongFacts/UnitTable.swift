import Foundation

/// What a unit word after a number says about the figure.
enum UnitKind: Sendable, Equatable {
    /// A counter or measure: the figure counts or measures something (件, 人, 公里, 吨).
    case quantity
    /// Money, normalised to 元.
    case money
    /// A share: `%`, `‰`, `个百分点`.
    case percent
    /// Dates, times, durations, ages, ranks: the number is not a fact (年, 月, 日, 岁, 个月…).
    case notAFigure
}

/// One unit as written, with its base unit and factor.
struct UnitEntry: Sendable {
    var written: [Unicode.Scalar]
    var base: String
    var factor: Decimal
    var kind: UnitKind
    /// `factor` is 1 (checked once here, so figures skip a Decimal multiplication).
    var identity: Bool
    /// Counts whole things (件, 人, 个): a fraction without a multiplier (`1.2人力资源`) is no count.
    var discrete: Bool = false
    /// Not written: implied by the noun after the number (`1.1万居民` counts 人).
    var implied: Bool = false
    /// A counter only after Arabic digits (`31村`; 五村 is a village's name).
    var arabicOnly: Bool = false
}

/// The unit words, matched longest first at the scalar after a number.
/// The table is data (one `written base factor kind` row per unit) so it can grow without touching the scanner.
struct UnitTable: Sendable {
    /// Rows: written form, base unit (Simplified), factor to base, kind (c counter of whole things,
    /// a counter only after Arabic digits, q measure, m money, p percent, x not a figure).
    /// Traditional forms are listed too, so text that reaches the scanner unconverted reads the same.
    static let rows = """
    件 件 1 c|条 条 1 c|项 项 1 c|个 个 1 c|人 人 1 c|名 名 1 c|位 位 1 c|户 户 1 c|场 场 1 c|次 次 1 c
    场次 场次 1 c|人次 人次 1 c|件次 件次 1 c|户次 户次 1 c|车次 车次 1 c|架次 架次 1 c|轮次 轮次 1 c|批次 批次 1 c|项次 项次 1 c
    座 座 1 c|辆 辆 1 c|所 所 1 c|家 家 1 c|处 处 1 c|支 支 1 c|头 头 1 c|只 只 1 c|匹 匹 1 c|棵 棵 1 c|株 株 1 c
    份 份 1 c|张 张 1 c|本 本 1 c|册 册 1 c|套 套 1 c|台 台 1 c|间 间 1 c|栋 栋 1 c|幢 幢 1 c|盏 盏 1 c|眼 眼 1 c|口 口 1 c
    起 起 1 c|例 例 1 c|宗 宗 1 c|笔 笔 1 c|单 单 1 c|篇 篇 1 c|部 部 1 c|类 类 1 c|种 种 1 c|期 期 1 c|批 批 1 c|轮 轮 1 c
    块 块 1 c|根 根 1 c|把 把 1 c|袋 袋 1 c|箱 箱 1 c|桶 桶 1 c|床 床 1 c|艘 艘 1 c|架 架 1 c|门 门 1 c|节 节 1 c
    公里 公里 1 q|千米 公里 1 q|米 米 1 q|厘米 厘米 1 q|毫米 毫米 1 q|延米 米 1 q
    平方米 平方米 1 q|平米 平方米 1 q|平方公里 平方公里 1 q|亩 亩 1 q|公顷 公顷 1 q|立方米 立方米 1 q
    吨 吨 1 q|千克 千克 1 q|公斤 千克 1 q|斤 斤 1 q|千瓦 千瓦 1 q|千瓦时 千瓦时 1 q|度 度 1 q|兆瓦 兆瓦 1 q
    大类 类 1 c|大项 项 1 c|大類 类 1 c|大項 项 1 c|票 票 1 c
    立方 立方米 1 q|村 村 1 a|县 县 1 a|人(次) 人次 1 c|人（次） 人次 1 c
    元 元 1 m|块钱 元 1 m|元钱 元 1 m|角 元 0.1 m|毛 元 0.1 m|角钱 元 0.1 m|毛钱 元 0.1 m|美元 美元 1 q
    % % 1 p|％ % 1 p|‰ ‰ 1 p|个百分点 % 1 p|百分点 % 1 p
    個 个 1 c|戶 户 1 c|場 场 1 c|場次 场次 1 c|項 项 1 c|條 条 1 c|輛 辆 1 c|處 处 1 c|間 间 1 c|張 张 1 c|盞 盏 1 c
    臺 台 1 c|種 种 1 c|類 类 1 c|輪 轮 1 c|輪次 轮次 1 c|節 节 1 c|門 门 1 c|筆 笔 1 c|塊 块 1 c|棟 栋 1 c|冊 册 1 c|單 单 1 c
    隻 只 1 c|頭 头 1 c|車次 车次 1 c|項次 项次 1 c|批次 批次 1 c|畝 亩 1 q|噸 吨 1 q|公頃 公顷 1 q|千瓦時 千瓦时 1 q
    塊錢 元 1 m|個百分點 % 1 p|百分點 % 1 p|歲 - 1 x|週歲 - 1 x|週年 - 1 x|週 - 1 x|個月 - 1 x|小時 - 1 x|個小時 - 1 x
    分鐘 - 1 x|號 - 1 x|屆 - 1 x|層 - 1 x|級 - 1 x|樓 - 1 x|個工作日 - 1 x|工作日 - 1 x|個星期 - 1 x|個季度 - 1 x
    號線 - 1 x|單元 - 1 x|年級 - 1 x|個年度 - 1 x|年度 - 1 x
    年 - 1 x|月 - 1 x|日 - 1 x|号 - 1 x|时 - 1 x|分 - 1 x|秒 - 1 x|天 - 1 x|周 - 1 x|岁 - 1 x|周岁 - 1 x
    周年 - 1 x|小时 - 1 x|分钟 - 1 x|个月 - 1 x|个小时 - 1 x|个工作日 - 1 x|工作日 - 1 x|个星期 - 1 x
    星期 - 1 x|世纪 - 1 x|年代 - 1 x|届 - 1 x|季度 - 1 x|个季度 - 1 x|点 - 1 x|楼 - 1 x|层 - 1 x|级 - 1 x
    倍 - 1 x|代 - 1 x|号线 - 1 x|路 - 1 x|版 - 1 x|夜 - 1 x|晚 - 1 x|旬 - 1 x|年级 - 1 x|星级 - 1 x|单元 - 1 x|室 - 1 x
    个年度 - 1 x|年度 - 1 x|载 - 1 x
    """

    /// Entries grouped by first scalar, longest first within a group.
    let byFirst: ScalarBuckets<UnitEntry>

    /// 元 as a unit entry, for 块 that turns out to be money.
    static let yuan = UnitEntry(written: ScalarText.scalars("块"), base: "元", factor: 1, kind: .money, identity: true)

    /// The bundled table.
    static let standard = UnitTable(rows: rows)

    init(rows: String) {
        var groups = ScalarBuckets<UnitEntry>()
        for line in rows.split(separator: "\n") {
            for cell in line.split(separator: "|") {
                let parts = cell.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 4, let first = parts[0].unicodeScalars.first else { continue }
                let kind: UnitKind
                switch parts[3] {
                case "m": kind = .money
                case "p": kind = .percent
                case "x": kind = .notAFigure
                default: kind = .quantity
                }
                let discrete = parts[3] == "c" || parts[3] == "a"
                let factor = Decimal(string: String(parts[2])) ?? 1
                let entry = UnitEntry(written: Array(parts[0].unicodeScalars), base: String(parts[1]),
                                      factor: factor, kind: kind, identity: factor == 1, discrete: discrete,
                                      arabicOnly: parts[3] == "a")
                groups.append(entry, for: first)
            }
        }
        groups.sortBuckets { $0.written.count > $1.written.count }
        byFirst = groups
    }

    /// The longest unit written at `at`, if any.
    @inline(__always)
    func match(_ t: [Unicode.Scalar], at: Int, limit: Int) -> UnitEntry? {
        guard at < limit, let b = byFirst.bucketIndex(t[at]) else { return nil }
        for e in byFirst.buckets[b] where ScalarText.matches(e.written, in: t, at: at, limit: limit) { return e }
        return nil
    }
}
