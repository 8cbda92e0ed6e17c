import Foundation

/// Scope by what the figure measures: one thing, one batch or one group's earnings rather than the
/// area's (一个项目的总投资, 第一批项目, 劳务收入, 全长600米).
extension MetricRules {
    /// Money firms invest, named in the clause before (福建企业和商户3000多家，投资总额达600多亿元): the
    /// firms' own business, one kind of body, not money the region put in.
    static func firmsInvest(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place), let previous = place.previousClause,
              ScalarText.contains(investing, in: t, range: place.clause.lowerBound..<place.start) else { return false }
        return ScalarText.containsAny(firmWords, in: t, range: previous)
    }

    static let investing = Array("投资".unicodeScalars)

    static let firmWords: [[Unicode.Scalar]] = ["企业", "公司", "商户", "商家", "客商"].map { Array($0.unicodeScalars) }

    /// Money that describes one thing (`投资额达14.2亿元的S215线`, `总投资为2500万元的8个试点项目`): the
    /// amount of one project, not the area's.
    static func describesOneThing(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place) else { return false }
        if place.unitEnd < place.clause.upperBound && t[place.unitEnd] == "的" { return true }
        return oneProjectsInvestment(t, at: place) || pointsBack(t, at: place)
    }

    /// Money put into one works the clause names after it (投入4000万元建成东方红集中供水工程,
    /// 投入900多万元实施危房改造工程): a building verb, then one works, with no count of them. The
    /// caller leaves the area's stated money alone (全县投入5亿元实施民生工程).
    static func buildsOneWorks(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        var k = place.unitEnd
        let end = place.clause.upperBound
        guard end - k <= oneWorksReach, end - k > 2 else { return false }
        if ScalarText.matches(purpose, in: t, at: k, limit: end) { k += purpose.count }
        guard buildingVerbs.contains(where: { ScalarText.matches($0, in: t, at: k, limit: end) }) else { return false }
        if t[k..<end].contains(where: { NumeralTables.arabicDigit($0) != nil || NumeralTables.chineseDigit($0) != nil || $0 == "、" || $0 == "等" }) { return false }
        return worksEndings.contains { end - $0.count >= k && ScalarText.matches($0, in: t, at: end - $0.count, limit: end) }
    }

    /// How long the rest of the clause may be for one works (建成东方红集中供水工程 is 11).
    static let oneWorksReach = 20

    static let purpose = Array("用于".unicodeScalars)

    static let buildingVerbs: [[Unicode.Scalar]] = ["建成", "建设", "新建", "修建", "实施", "打造"].map { Array($0.unicodeScalars) }

    static let worksEndings: [[Unicode.Scalar]] = ["工程", "项目"].map { Array($0.unicodeScalars) }

    /// Money of a set of works named before and pointed back to at the head of its clause
    /// (这25座便民溪桥投资总额1000多万元, 该项目总投资…, 此项工程…): those works' money, not the area's.
    static func pointsBack(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let c = place.clause.lowerBound
        guard c + 2 < place.start, t[c] == "这" || t[c] == "该" || t[c] == "此" else { return false }
        let next = t[c + 1]
        if NumeralTables.arabicDigit(next) != nil || (NumeralTables.chineseDigit(next) != nil && next != "一") { return true }
        return ScalarText.containsAny(worksNouns, in: t, range: (c + 1)..<min(place.start, c + 4))
    }

    static let worksNouns: [[Unicode.Scalar]] = ["项目", "工程", "项工程", "批"].map { Array($0.unicodeScalars) }

    /// Income earned (劳务收入达到4亿元, 人均年增收6000元): the earnings of the people who had the work
    /// or sold the goods, one group of the area, not money the area put in. The area's own revenue
    /// (财政收入, 预算收入) is not earned by a group, and its average income (人均可支配收入) is a
    /// statistic of all its residents. 全县农牧民劳务收入 is still the migrant workers' earnings.
    static func earnedIncome(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place) else { return false }
        let before = place.clause.lowerBound..<place.start
        guard let k = incomeWords.compactMap({ ScalarText.firstIndex(of: $0, in: t, range: before) }).min() else { return false }
        return !ScalarText.containsAny(revenueWords, in: t, range: max(place.clause.lowerBound, k - 3)..<k)
    }

    static let incomeWords: [[Unicode.Scalar]] = ["收入", "增收", "创收"].map { Array($0.unicodeScalars) }

    static let revenueWords: [[Unicode.Scalar]] = ["财政", "预算", "可支配"].map { Array($0.unicodeScalars) }

    /// Whether one batch of a programme is named before the figure in its sentence (第一批实施的项目共
    /// 1075个; 从今年第一批实施的项目看，…投入经费总计11630.16万元): that batch's figures, a part of
    /// the programme (LABELS.md §4, one period of a cumulative figure).
    /// A batch of a campaign (第二批主题教育) is a round of it, not a subset of its works: the batch
    /// must be of items (项目, 事项, 工程).
    static func namesOneBatch(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k + 2 < range.upperBound {
            if t[k] == "第", NumeralTables.chineseDigit(t[k + 1]) != nil || NumeralTables.arabicDigit(t[k + 1]) != nil {
                var b = k + 2
                while b < range.upperBound && b < k + 4 && t[b] != "批" { b += 1 }
                if b < range.upperBound && t[b] == "批" {
                    let after = (b + 1)..<min(range.upperBound, b + 1 + batchItemReach)
                    if ScalarText.containsAny(batchItems, in: t, range: after) { return true }
                }
            }
            k += 1
        }
        return false
    }

    /// How far after 批 the items of the batch are named (第一批实施的项目: 项目 ends 5 on).
    static let batchItemReach = 8

    static let batchItems: [[Unicode.Scalar]] = ["项目", "事项", "工程", "实事"].map { Array($0.unicodeScalars) }

    /// Whether an earlier clause of the sentence frames what follows as one batch (从今年第一批实施的
    /// 项目看，…).
    static func framesOneBatch(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard range.count > 2, t[range.lowerBound] == "从" else { return false }
        var end = range.lowerBound
        while end < range.upperBound && !ClauseBreaks.isClauseBreak(t[end]) { end += 1 }
        guard end - 1 > range.lowerBound, t[end - 1] == "看" else { return false }
        return namesOneBatch(t, in: range.lowerBound..<end)
    }

    /// A length that measures one thing (全长600米, 由原来的3.5米拓宽到6米, …至…段3.4公里道路): a size
    /// word or a named section right before the figure. 建成农村公路500公里 counts the area's roads.
    static func measuresOneThing(_ t: [Unicode.Scalar], at place: FigurePlace, unit: String) -> Bool {
        guard lengthUnits.contains(unit) else { return false }
        let lead = max(place.clause.lowerBound, place.start - sizeReach)..<place.start
        return ScalarText.containsAny(sizeWords, in: t, range: lead)
    }

    static let lengthUnits: Set<String> = ["米", "公里", "千米"]

    /// How far before a length its size word stands (路面由原来的3.5米: 原来的 ends right before it).
    static let sizeReach = 4

    static let sizeWords: [[Unicode.Scalar]] = ["全长", "总长", "长约", "长达", "宽", "原来的", "段"].map { Array($0.unicodeScalars) }

    /// One named project's investment (…道路提升项目总投资278万元): 项目总投资 with no count of projects
    /// just before it (109个项目总投资16.19亿元 is the whole programme's).
    static func oneProjectsInvestment(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        let before = place.clause.lowerBound..<place.start
        guard let k = projectInvestment.compactMap({ ScalarText.firstIndex(of: $0, in: t, range: before) }).min() else { return false }
        let lead = max(place.clause.lowerBound, k - 4)..<k
        return !lead.contains { NumeralTables.arabicDigit(t[$0]) != nil || NumeralTables.chineseDigit(t[$0]) != nil || t[$0] == "个" || t[$0] == "各" || t[$0] == "项" }
    }

    static let projectInvestment: [[Unicode.Scalar]] = ["项目总投资", "工程总投资"].map { Array($0.unicodeScalars) }
}
