/// The word lists the figure scanner reads around a number, kept as data apart from the code that
/// applies them (FigureScanner and its extensions). Every list is matched as scalars.
enum FigureWords {
    private static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map(ScalarText.scalars) }
    private static func qualified(_ list: [(String, Qualifier)]) -> [([Unicode.Scalar], Qualifier)] {
        list.map { (ScalarText.scalars($0.0), $0.1) }
    }

    /// Qualifier words written right before a number, longest first (LABELS.md §2).
    static let prefixQualifiers = qualified([
        ("将近", .approx), ("接近", .approx), ("大约", .approx), ("约合", .approx), ("超过", .atLeast), ("不少于", .atLeast),
        ("不低于", .atLeast), ("至少", .atLeast), ("逾", .atLeast), ("近", .approx), ("约", .approx), ("超", .atLeast),
    ])
    /// Lower bounds that may stand apart from their number in the clause (不低于…收入水平的60%, 至少联系5户).
    static let distantQualifiers = qualified([("不低于", .atLeast), ("不少于", .atLeast), ("至少", .atLeast)])
    /// Qualifier words written after the unit, longest first.
    static let suffixQualifiers = qualified([
        ("及以上", .atLeast), ("或以上", .atLeast), ("以上", .atLeast), ("左右", .approx), ("之多", .atLeast), ("上下", .approx),
    ])

    /// Written between the two ends of a range after the low end: `3万(含)-6万元`.
    static let inclusiveMarks = words(["(含)", "（含）"])

    /// Nouns for people that may follow a number directly, standing for the counter 人 (LABELS.md §2:
    /// 201万农牧民 counts 人).
    static let personNouns = words(["群众", "居民", "村民", "农牧民", "牧民", "农民工", "农民", "党员", "干部", "志愿者", "职工",
                                    "学生", "老人", "患者", "儿童", "游客", "市民", "人口", "劳动力", "对象", "人员"])
    /// Nouns for households, standing for the counter 户.
    static let householdNouns = words(["贫困户", "脱贫户", "低保户", "困难户", "监测户", "农户", "牧户", "农牧户", "家庭"])
    /// Groups and bodies that may follow a number directly, counted in 个 (数百工作组, 2000余基层党组织).
    static let groupNouns = words(["工作组", "工作队", "服务队", "志愿服务队", "小分队", "党组织", "党支部", "企业", "社会组织"])
    /// Modifiers that may stand between a number and the person or household noun it counts
    /// (71.55万农村居民, 20万贫困人口, 10万五保对象); a verb there (100万帮助群众) ends the search.
    static let nounModifiers = words(["建档立卡", "低收入", "农村", "城镇", "城乡", "贫困", "特困", "五保", "困难", "受益", "留守",
                                      "残疾", "适龄", "在职", "退休", "富余", "山区", "外出", "务工", "失业", "老年", "青年", "农业",
                                      "转移", "新增", "城市", "低保", "各类", "基层"])
    /// Nouns for people that, written before a number with 万 or 亿 and no counter, are what it counts
    /// (培训农民100万, 劳动力转移30万, 覆盖人口1000万左右).
    static let personNounsBefore = words(["群众", "居民", "村民", "农牧民", "牧民", "农民工", "农民", "人口", "劳动力", "职工", "学生"])
    /// Money nouns that, written before a number with 万 or 亿 and no unit, make it a sum in 元
    /// (投入的资金总量达7.26亿).
    static let moneyNounsBefore = words(["资金总量", "资金", "总投资", "投资", "金额", "经费", "贷款", "补贴", "补助", "救助金"])
    /// Scalars that may link such a noun to its number (资金总量达7.26亿, 劳动力转移30万).
    static let linkingBefore: Set<Unicode.Scalar> = ["达", "为", "共", "约", "近", "超", "逾", "计", "是", "了", "转", "移", "到", "至"]
    /// Currency written before the number: ￥450, 人民币3000万.
    static let currencyBefore = words(["人民币", "￥", "¥"])
    /// After a money unit, the currency named again (3000元人民币).
    static let currencyAfter = words(["人民币"])
    /// Words before a 块 that make it money, not a counter (月收入六七千块, 花了八块四毛).
    static let moneyContext = words(["收入", "工资", "挣", "赚", "花", "钱", "补贴", "奖励", "费", "价", "资金", "捐"])

    /// Words right before a number that make it a quantity about the land, not the campaign's work (海拔4500米).
    static let contextBefore = words(["海拔", "气温", "温度", "邮编", "邮政编码", "电话", "传真", "编号", "尾号"])
    /// Scalars allowed between such a word and the number (平均海拔在4500米).
    static let contextLinks: Set<Unicode.Scalar> = ["在", "为", "达", "约", "高", "是", ":", "：", " "]

    /// Words after a lone Chinese digit and its counter that make a term, not a count (三次产业, 二次供水).
    static let termTails = words(["产业", "供水", "分配", "创业", "元素", "方面"])
    /// Scalars before a counter-final count that show it is no count after its noun (这两个, 有一个, 其中一个,
    /// 建一个、成一个: a verb, not a noun, stands before it).
    static let notANounBefore: Set<Unicode.Scalar> = ["这", "那", "每", "哪", "其", "另", "第", "了", "有", "是", "各", "某",
                                                     "任", "唯", "逐", "前", "后", "中", "上", "下", "个", "等", "们", "说", "和", "与", "接",
                                                     "建", "成", "用", "办", "做", "抓", "带", "帮", "选", "派", "找", "管",
                                                     "干", "搞", "要", "看", "讲", "出", "送", "给", "到", "去", "来", "进"]
    /// Scalars after 半 that show it begins a word (半年, 半成品), not a half (两吨半).
    static let halfWordTails: Set<Unicode.Scalar> = ["年", "月", "天", "日", "小", "成", "径", "岛", "导", "数", "场", "边", "价",
                                                    "山", "坡", "自", "封", "身", "夜"]
}
