import Foundation

/// Scope by LABELS.md §4: whole_area unless the text narrows the figure to a part.
extension MetricRules {
    /// What the markers of one sentence say (computed once per sentence).
    struct SentenceMarkers {
        /// End of the first breakdown marker (其中): figures after it are parts of a total.
        var breakdown: Int?
        /// The sentence says something is done (`@done`: 已, 累计): a plan before it no longer governs it.
        var done = false
        /// End of the first clause that names a list by its count and closes on `@subset`
        /// (`20件民生实事中，`): the figures after it are items of that list.
        var subset: Int?
        /// Ends of the clauses headed by one body, tier or group (全市民政部门顶住疫情影响，…), in text
        /// order: the later clauses with no subject of their own go on telling what it did.
        var partSubjects: [Int] = []

        /// The last clause headed by a body that ends at or before `start`.
        func partSubject(before start: Int) -> Int? { partSubjects.last { $0 <= start } }
    }

    /// Scope by LABELS.md §4: a figure is the whole area's unless the text narrows it: a breakdown
    /// (其中) before it in its sentence, one body, tier, event or category as its subject (`@part`
    /// before it in its clause: 县级职能部门, 省级财政, 这场活动, 工程类), a subset of a list just named
    /// (`在65件民生实事中,已有26件完成`: an earlier clause of the sentence states a count and ends in
    /// `@subset`), or a
    /// place below the county (`inPlace`: a village's or township's own figure). Not narrowing: 包括
    /// listing what items are (only figures counted like the total are its parts), a 合计 after the
    /// list, many bodies (各部门), examples before 等.
    func scope(_ m: SentenceMarkers, in t: [Unicode.Scalar], at place: FigurePlace, unit: String, inPlace: Bool, ownSubject: Bool = false) -> Scope {
        // 包括A、B…，合计十大类52件: a sum after the list closes it; the figure is the whole again.
        if let b = m.breakdown, b <= place.start, !Self.closesBracket(t, from: b, to: place.start, sentence: place.sentence),
           !Self.sumsUp(t, from: max(b, place.clause.lowerBound), to: place.start),
           !(wholeMarker(in: t, at: place) != nil && !Self.statesCount(t, in: place.sentence.lowerBound..<b, like: unit)),
           Self.breaksDownSameKind(t, markerEnd: b, in: place.sentence, unit: unit) { return .part }
        if inPlace { return .part }
        var narrowed = false
        // The body or tier must be the clause's subject, at its head: 全市公安机关共化解…, 县级职能部门解决…;
        // 向31家企业发放 or 新增医院床位 name the object, not who did it.
        // Names listed before 等 are examples of what the figure counts (赣州市人民医院新院、武陵大桥等28个项目),
        // not its subject.
        let listsExamples = place.start > place.clause.lowerBound && t[place.start - 1] == "等"
        let subject = place.clause.lowerBound..<(listsExamples ? place.clause.lowerBound : min(place.start, place.clause.lowerBound + Self.subjectReach))
        markers.forEachMatch(in: t, range: subject, skipping: subject.upperBound..<subject.upperBound) { _, e, p in
            if case .part = e.payload, !Self.namesManyBodies(t, before: p, from: place.clause.lowerBound),
               !Self.countsTheBodies(e.word, unit: unit), !Self.isRankingFrame(t, at: p, in: place.clause.lowerBound..<place.start),
               !Self.tierDescribesCounted(t, word: e.word, at: p, figure: place.start),
               !Self.standsAsObject(t, at: p, from: place.clause.lowerBound) { narrowed = true }
            if case .person = e.payload { narrowed = true }
        }
        if narrowed || describesOnePerson(t, at: place) || Self.oneTierPays(t, at: place) || Self.firmsInvest(t, at: place) { return .part }
        if Self.isCategoryCount(t, at: place) || Self.describesOneThing(t, at: place) { return .part }
        if Self.earnedIncome(t, at: place) || Self.measuresOneThing(t, at: place, unit: unit)
            || Self.namesOneBatch(t, in: place.clause.lowerBound..<place.start)
            || Self.framesOneBatch(t, in: place.sentence.lowerBound..<place.clause.lowerBound) { return .part }
        if let s = m.partSubject(before: place.clause.lowerBound), !ownSubject, !namesOwnSubject(t, at: place, unit: unit),
           !Self.listBreak(t, from: s, to: place.clause.lowerBound) { return .part }
        // The subset counts items of the list; money spent on it (资金累计投入68.34亿元) is not one of them.
        if let subset = m.subset, subset <= place.start, CountingUnits.unitClass(unit) == CountingUnits.unitClass("件") { return .part }
        return narrowed ? .part : .wholeArea
    }

    /// Whether a figure is one item of an aid partner's programme in the region (福建还帮宁夏新建学校214所,
    /// 上海在果洛的对口支援项目就有4大类23项): the pairing is one named sub-programme (LABELS.md §4), so
    /// what it built, sent or served is a part. Not when its sentence states a total before it
    /// (福建累计援助7.74亿元, …累计投入…，实施的扶贫协作项目达4400多个), and not money the partner put in,
    /// which the region owns as its aid funds (§6).
    func partnersItem(_ t: [Unicode.Scalar], at place: FigurePlace, partnerNamed: Bool) -> Bool {
        partnerNamed && !Self.countsMoney(t, at: place) && !statesWhole(in: t, from: place.sentence.lowerBound, to: place.start)
    }

    /// Whether a `@whole` word (累计, 共, 全市) stands in `from..<to`.
    func statesWhole(in t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var found = false
        markers.forEachMatch(in: t, range: from..<to, skipping: to..<to) { _, e, _ in
            if case .whole = e.payload { found = true }
        }
        return found
    }

    /// Whether a figure with a place below the county belongs to something inside that place rather
    /// than to the place itself: a township states its own result when its name (or 该乡, 全镇) is the
    /// subject in the figure's sentence (薛圐圙乡在…装上了路灯84盏, 大陈乡确定了民生实事项目3个), and is
    /// then the whole of its area (LABELS.md §4; the totals still count it as a part of its county).
    /// Named through a village, community or group written right after it (钦工镇钦工社区计划改建940米,
    /// 南尼乡工作组), or owning the figure only from an earlier sentence (one road of the county seat),
    /// the figure is a part.
    static func belongsBelowTownship(_ t: [Unicode.Scalar], place: String?, mention: Range<Int>?, sentence: Range<Int>) -> Bool {
        guard let place, !place.isEmpty else {
            // A village written right after its county (乌兰浩特市高根营子嘎查原有300亩…) owns the figure.
            guard let mention, sentence.contains(mention.lowerBound) else { return false }
            return namesSiteAfter(t, mentionEnd: mention.upperBound, limit: sentence.upperBound)
        }
        guard let mention, sentence.contains(mention.lowerBound) else { return true }
        return namesSiteAfter(t, mentionEnd: mention.upperBound, limit: sentence.upperBound)
    }

    /// Whether a village, community, zone or group is named in the few scalars after a township's
    /// name, before a word that starts what the township did (在, 还, 为, 的…) or a number.
    static func namesSiteAfter(_ t: [Unicode.Scalar], mentionEnd: Int, limit: Int) -> Bool {
        let end = min(limit, mentionEnd + siteNameReach)
        var k = mentionEnd
        while k < end {
            let c = t[k]
            if ClauseBreaks.isClauseBreak(c) || subjectContinues.contains(c) || NumeralTables.arabicDigit(c) != nil
                || c == "“" || c == "\"" { return false }
            // 农村, 乡村 describe the countryside, not a village by name.
            if siteWords.contains(where: { ScalarText.matches($0, in: t, at: k, limit: limit) }),
               !(c == "村" && k > mentionEnd && countrysideBefore.contains(t[k - 1])) { return true }
            k += 1
        }
        return false
    }

    static let countrysideBefore: Set<Unicode.Scalar> = ["农", "乡", "渔", "牧"]

    /// How many scalars after a township's name a village or group name may end (马吉米村, 生态搬迁区).
    static let siteNameReach = 7
    static let siteWords: [[Unicode.Scalar]] = ["村", "社区", "嘎查", "居委会", "小区", "园区", "片区", "搬迁区", "工作组", "工作队"].map { Array($0.unicodeScalars) }
    /// Scalars that end a township's name and begin what it did: a preposition, adverb or particle.
    static let subjectContinues: Set<Unicode.Scalar> = ["在", "还", "为", "對", "对", "把", "将", "已", "的", "共", "是", "有", "于", "和", "与", "及", "先", "确", "累", "今", "全"]

    /// Where the word stands that states the figure as its region's total: a `@whole` word (全市, 累计,
    /// 共, 合计) before it in its clause (the nearest); nil when none does.
    func wholeMarker(in t: [Unicode.Scalar], at place: FigurePlace) -> Int? {
        var found: Int? = nil
        let before = place.clause.lowerBound..<place.start
        markers.forEachMatch(in: t, range: before, skipping: before.upperBound..<before.upperBound) { _, e, p in
            if case .whole = e.payload { found = max(found ?? p, p) }
        }
        return found
    }

    /// Whether the figure's phrase describes one leader (一次认领了4个“微心愿”的兴和县县委副书记): a 的 after
    /// it in its clause, then a `@person` word within a few scalars.
    func describesOnePerson(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard let de = t[place.unitEnd..<place.clause.upperBound].firstIndex(of: "的") else { return false }
        let after = (de + 1)..<min(place.clause.upperBound, de + 1 + Self.personReach)
        var found = false
        markers.forEachMatch(in: t, range: after, skipping: after.lowerBound..<after.lowerBound) { _, e, _ in
            if case .person = e.payload { found = true }
        }
        return found
    }

    /// Money that one tier's finance pays (全省…建设省级财政补助资金已下达3.6亿元): a tier, wherever it
    /// stands before the amount in its clause, not only at the clause's head.
    static func oneTierPays(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        countsMoney(t, at: place) && ScalarText.contains(tierFinance, in: t, range: place.clause.lowerBound..<place.start)
    }

    static let tierFinance = Array("级财政".unicodeScalars)

    /// Money firms invest, named in the clause before (福建企业和商户3000多家，投资总额达600多亿元): the
    /// firms' own business, one kind of body, not money the region put in.
    static func firmsInvest(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place), let previous = place.previousClause,
              ScalarText.contains(investing, in: t, range: place.clause.lowerBound..<place.start) else { return false }
        return ScalarText.containsAny(firmWords, in: t, range: previous)
    }

    static let investing = Array("投资".unicodeScalars)
    static let firmWords: [[Unicode.Scalar]] = ["企业", "公司", "商户", "商家", "客商"].map { Array($0.unicodeScalars) }

    /// How far after 的 the person a figure describes may be named (兴和县县委副书记 is 8 scalars).
    static let personReach = 10

    /// Whether a body word at `p` is counted or taken together (各职能部门, 165个县直单位): every body,
    /// or many, not the one body that makes a figure a part (LABELS.md §4).
    static func namesManyBodies(_ t: [Unicode.Scalar], before p: Int, from start: Int) -> Bool {
        var k = p - 1
        while k >= start && p - k <= Self.countedBodyReach {
            if t[k] == "各" { return true }
            if (t[k] == "个" || t[k] == "家") && k > start
                && (NumeralTables.arabicDigit(t[k - 1]) != nil || NumeralTables.chineseDigit(t[k - 1]) != nil
                    || t[k - 1] == "余" || t[k - 1] == "多") { return true }
            k -= 1
        }
        return false
    }

    /// Whether the body word is what the figure counts (中小学校启动新建45所, 放心消费单位培育出55853家):
    /// counted in 所 or 家, the schools and units are the things counted, not one body acting.
    static func countsTheBodies(_ word: [Unicode.Scalar], unit: String) -> Bool {
        guard unit == "所" || unit == "家" else { return false }
        return countableBodies.contains { $0 == word }
    }

    static let countableBodies: [[Unicode.Scalar]] = ["学校", "医院", "卫生院", "单位", "企业", "公司", "银行"].map { Array($0.unicodeScalars) }

    /// Whether a breakdown word at `from` stands inside brackets that close before `to`
    /// (…设立会诊中心（包括市级医院4家、县级医院18家），并在31家卫生院…): it breaks down only what the
    /// brackets hold.
    static func closesBracket(_ t: [Unicode.Scalar], from: Int, to: Int, sentence: Range<Int>) -> Bool {
        var depth = 0
        for k in sentence.lowerBound..<from {
            if t[k] == "（" || t[k] == "(" { depth += 1 } else if (t[k] == "）" || t[k] == ")") && depth > 0 { depth -= 1 }
        }
        guard depth > 0 else { return false }
        let opened = depth
        for k in from..<to {
            if t[k] == "（" || t[k] == "(" { depth += 1 } else if t[k] == "）" || t[k] == ")" { depth -= 1 }
            if depth < opened { return true }
        }
        return false
    }

    /// How far before a body word its count may stand (31家高新技术企业: 家 is 5 before 企业).
    static let countedBodyReach = 6

    /// Words that add up what was listed before them.
    static let summingWords: [[Unicode.Scalar]] = ["合计", "总计", "共计", "一共", "总共"].map { Array($0.unicodeScalars) }

    /// Whether a summing word stands in `from..<to`.
    static func sumsUp(_ t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        from < to && ScalarText.containsAny(summingWords, in: t, range: from..<to)
    }

    /// How far into its clause a body or tier word still stands as the subject.
    static let subjectReach = 10

    /// One category of a list (`危旧房改造类4项`, `工程类的有221个`): 类 just before the number, after a
    /// name (not 各类 or 十大类, which span the whole list).
    static func isCategoryCount(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        var k = place.start - 1
        var gap = 0
        while k > place.clause.lowerBound && gap < 3 && t[k] != "类" { k -= 1; gap += 1 }
        guard k > place.clause.lowerBound, t[k] == "类" else { return false }
        let before = t[k - 1]
        return before != "各" && before != "大" && NumeralTables.chineseDigit(before) == nil && NumeralTables.arabicDigit(before) == nil
    }

    /// Money that describes one thing (`投资额达14.2亿元的S215线`, `总投资为2500万元的8个试点项目`): the
    /// amount of one project, not the area's.
    static func describesOneThing(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place) else { return false }
        if place.unitEnd < place.clause.upperBound && t[place.unitEnd] == "的" { return true }
        return oneProjectsInvestment(t, at: place) || pointsBack(t, at: place) || buildsOneWorks(t, at: place)
    }

    /// Money put into one works the clause names after it (投入4000万元建成东方红集中供水工程,
    /// 投入900多万元实施危房改造工程): a building verb, then one works, with no count of them.
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
    /// (财政收入, 预算收入) is not earned by a group.
    static func earnedIncome(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard countsMoney(t, at: place) else { return false }
        let before = place.clause.lowerBound..<place.start
        guard let k = incomeWords.compactMap({ ScalarText.firstIndex(of: $0, in: t, range: before) }).min() else { return false }
        return !ScalarText.containsAny(revenueWords, in: t, range: max(place.clause.lowerBound, k - 2)..<k)
    }

    static let incomeWords: [[Unicode.Scalar]] = ["收入", "增收", "创收"].map { Array($0.unicodeScalars) }
    static let revenueWords: [[Unicode.Scalar]] = ["财政", "预算"].map { Array($0.unicodeScalars) }

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

    /// Scalars that count items right after a number (`20件`, `65项`): a clause with one names a list,
    /// not a date (`2024年前三季度里`) or the people a figure is drawn from (`在全县3.4万余名党员中`).
    static let counters: Set<Unicode.Scalar> = ["件", "项", "个", "條", "条", "类", "類", "項", "個"]

    /// Whether the clause ending at `end` holds a number followed (after 余/多) by a counter.
    static func clauseStatesACount(_ t: [Unicode.Scalar], endingAt end: Int, within sentence: Range<Int>) -> Bool {
        var k = end - 1
        while k > sentence.lowerBound && !ClauseBreaks.isClauseBreak(t[k - 1]) && end - k < 80 { k -= 1 }
        var i = k
        while i < end - 1 {
            if NumeralTables.arabicDigit(t[i]) != nil || NumeralTables.chineseDigit(t[i]) != nil {
                var j = i + 1
                while j < end, NumeralTables.arabicDigit(t[j]) != nil || NumeralTables.chineseDigit(t[j]) != nil
                    || t[j] == "余" || t[j] == "多" || t[j] == "万" || t[j] == "十" || t[j] == "百" || t[j] == "千" { j += 1 }
                if j < end && counters.contains(t[j]) { return true }
                i = j
            } else {
                i += 1
            }
        }
        return false
    }

    /// Whether the breakdown marker at `marker` makes a figure in `unit` a part: always for 其中; for
    /// 包括 when the sentence before it states no count (the total is the previous sentence's) or one
    /// in the same unit (十件民生实事具体包括…公租房建成634套 lists the items' contents, not parts of the 10).
    static func breaksDownSameKind(_ t: [Unicode.Scalar], markerEnd: Int, in sentence: Range<Int>, unit: String) -> Bool {
        // 其中 always narrows (其中已完工260项，已完成投资4500多万元: the investment of those done).
        let marker = markerEnd - listing.count
        guard marker >= sentence.lowerBound, ScalarText.matches(listing, in: t, at: marker, limit: markerEnd) else { return true }
        let before = sentence.lowerBound..<marker
        return !statesCount(t, in: before, like: nil) || statesCount(t, in: before, like: unit)
    }

    static let listing = Array("包括".unicodeScalars)

    /// Whether `range` holds a number followed (after 余, 多 and magnitude words) by `unit` (as its
    /// base unit: 万元 is 元); by any unit of count, measure or money when `unit` is nil.
    static func statesCount(_ t: [Unicode.Scalar], in range: Range<Int>, like unit: String?) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard NumeralTables.arabicDigit(t[i]) != nil || NumeralTables.chineseDigit(t[i]) != nil
                || t[i] == "十" || t[i] == "百" || t[i] == "千" else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, NumeralTables.arabicDigit(t[j]) != nil || NumeralTables.chineseDigit(t[j]) != nil
                || "余多万亿十百千. ".unicodeScalars.contains(t[j]) { j += 1 }
            if let entry = UnitTable.standard.match(t, at: j, limit: range.upperBound),
               entry.kind == .quantity || entry.kind == .money,
               unit == nil || entry.base == unit { return true }
            i = j
        }
        return false
    }

    /// The breakdown markers of `sentence`.
    func sentenceMarkers(in t: [Unicode.Scalar], sentence: Range<Int>) -> SentenceMarkers {
        var m = SentenceMarkers()
        markers.forEachMatch(in: t, range: sentence, skipping: sentence.lowerBound..<sentence.lowerBound) { _, e, p in
            let end = p + e.word.count
            if case .breakdown = e.payload, m.breakdown == nil || end < m.breakdown! { m.breakdown = end }
            if case .done = e.payload { m.done = true }
            if case .subset = e.payload, m.subset == nil, end < t.count, ClauseBreaks.isClauseBreak(t[end]),
               Self.clauseStatesACount(t, endingAt: end, within: sentence) {
                m.subset = end
            }
            if case .part = e.payload, !Self.countableBodies.contains(where: { $0 == e.word }),
               !Self.occasions.contains(where: { $0 == e.word }), !Self.subAreas.contains(where: { $0 == e.word }),
               let clause = Self.clauseHeadedBy(t, at: p, in: sentence), !Self.namesManyBodies(t, before: p, from: clause.lowerBound),
               !Self.isRankingFrame(t, at: p, in: clause), m.partSubjects.last != clause.upperBound {
                m.partSubjects.append(clause.upperBound)
            }
        }
        return m
    }

    /// The clause whose head (its first `subjectReach` scalars) holds position `p`; nil when `p`
    /// stands further in.
    static func clauseHeadedBy(_ t: [Unicode.Scalar], at p: Int, in sentence: Range<Int>) -> Range<Int>? {
        var k = p
        while k > sentence.lowerBound && !ClauseBreaks.isClauseBreak(t[k - 1]) {
            k -= 1
            if p - k > subjectReach { return nil }
        }
        var end = p
        while end < sentence.upperBound && !ClauseBreaks.isClauseBreak(t[end]) { end += 1 }
        return k..<end
    }

    /// Words of an occasion (记者在会上了解到, 当天): where or when something was said or done, not a
    /// body whose doings the next clauses go on telling.
    static let occasions: [[Unicode.Scalar]] = ["会上", "现场", "当天", "当日", "这场", "此次", "本次", "该活动"].map { Array($0.unicodeScalars) }

    /// Whether a tier word only says which kind of thing is counted (村级互助幸福院达600个): the tier's
    /// noun runs straight to 达 or 有 before the figure, with nothing done by the tier in between.
    static func tierDescribesCounted(_ t: [Unicode.Scalar], word: [Unicode.Scalar], at p: Int, figure: Int) -> Bool {
        guard word.last == "级" else { return false }
        let end = p + word.count
        guard figure > end, figure - end <= tierNounReach else { return false }
        return t[figure - 1] == "达" || t[figure - 1] == "有"
    }

    /// How long the noun after a tier word may be (互助幸福院达 is 6).
    static let tierNounReach = 8

    /// Whether a body word follows a preposition or a verb of adding in its clause (新增医院床位200多个,
    /// 向31家企业发放): it names what is done to or for, not who does it.
    static func standsAsObject(_ t: [Unicode.Scalar], at p: Int, from start: Int) -> Bool {
        start < p && ScalarText.containsAny(objectMarkers, in: t, range: start..<p)
    }

    static let objectMarkers: [[Unicode.Scalar]] = ["向", "给", "帮助", "新增", "新建", "建成"].map { Array($0.unicodeScalars) }

    /// Parts of the area's map (城南片区, 中心城区): a place the clause is about, not a body whose
    /// doings the next clauses go on telling (城南片区的棚户区改造完成500套，公租房建成634套).
    static let subAreas: [[Unicode.Scalar]] = ["中心城区", "主城区", "老城区", "片区", "牧区"].map { Array($0.unicodeScalars) }

    /// Whether the body or tier word at `p` stands inside a 在…中 frame (在全省县级市场中率先建起13家):
    /// the field a result is ranked in, not who did it.
    static func isRankingFrame(_ t: [Unicode.Scalar], at p: Int, in span: Range<Int>) -> Bool {
        guard span.lowerBound < p, t[span.lowerBound..<p].contains("在") else { return false }
        return t[p..<span.upperBound].contains("中")
    }

    /// Whether a semicolon or colon stands in `from..<to`: items of a list and what a colon
    /// introduces (会上…承诺：改造10条背街小巷) each have their own subject.
    static func listBreak(_ t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        from < to && t[from..<to].contains { $0 == "；" || $0 == ";" || $0 == "：" || $0 == ":" }
    }

    /// Whether the head of a figure's clause names a subject of its own: the area (全市), a body or
    /// tier that is not what the figure counts, or many bodies (各地), so the subject of an earlier
    /// clause no longer governs it. Sum words (共计, 累计) name no subject.
    func namesOwnSubject(_ t: [Unicode.Scalar], at place: FigurePlace, unit: String) -> Bool {
        let head = place.clause.lowerBound..<min(place.start, place.clause.lowerBound + Self.subjectReach)
        if head.contains(where: { t[$0] == "各" }) { return true }
        var found = false
        markers.forEachMatch(in: t, range: head, skipping: head.upperBound..<head.upperBound) { _, e, p in
            switch e.payload {
            case .whole where e.word.first == "全": found = true
            case .part where !Self.countsTheBodies(e.word, unit: unit) && !Self.standsAsObject(t, at: p, from: head.lowerBound): found = true
            default: break
            }
        }
        return found
    }
}
