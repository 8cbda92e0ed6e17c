/// Sentence patterns of campaign reports, recombined by the corpus generator. `{R}` is a region
/// name, `{C}` a county of it, `{N…}` figures of different sizes, `{M}` a month, `{D}` a day.
/// They are written for this benchmark in the style of the genre, not copied from any article.
enum SentencePatterns {
    /// Sentences that state figures.
    static let figures: [String] = [
        "截至{M}月底，{R}各级党组织征求意见建议{NK}条，已解决群众反映的问题{NH}个。",
        "{C}共投入资金{NW}万元，实施民生实事项目{NS}项，惠及群众{NK}人次。",
        "{R}{NH}名党员干部深入基层，走访群众{NK}户，收集意见建议{NH}条。",
        "{C}组织志愿者{NH}余人，开展志愿服务活动{NS}场次，服务群众{NK}人次。",
        "全{L}累计办结群众诉求{NK}件，办结率达{P}%。",
        "{C}计划新建公益性项目{NS}个，总投资{NY}亿元，目前已开工{NS}个。",
        "对脱贫户每户补贴{NH}元，为{NH}户困难家庭发放慰问金{NW}万元。",
        "{R}金融机构累计授信金额达{NY}亿元，发放贷款{NW}万元。",
        "{C}梳理形成为民办实事清单{NH}项，出台便民举措{NS}条。",
        "{C}在{NS}个乡镇设立便民服务站，群众满意率超过{P}%。",
        "{R}新建改建农村公路{NH}公里，改造老旧小区{NS}个，惠及居民一万二千余户。",
        "全{L}近{NK}名干部与{NK}户群众结对帮扶，解决实际困难{NH}件。",
    ]

    /// Sentences with numbers that are not facts (dates, ordinals, names) or no numbers at all.
    static let context: [String] = [
        "党史学习教育开展以来，{R}坚持以人民为中心的发展思想，把“我为群众办实事”实践活动作为重要抓手。",
        "{M}月{D}日，{C}召开“我为群众办实事”实践活动推进会，研究部署下一阶段工作。",
        "活动现场，工作人员耐心解答群众咨询，发放政策宣传资料。",
        "{C}第三届“邻里节”暨志愿服务月活动在城关镇启动。",
        "“以前办事要跑好几趟，现在一次就办好了。”前来办事的群众说。",
        "下一步，{R}将继续聚焦群众急难愁盼问题，推动实践活动走深走实。",
        "{R}深入开展“三问”活动，问需于民、问计于民、问效于民。",
        "各级党组织把解决群众急难愁盼问题作为检验党史学习教育成效的重要标准。",
    ]

    /// Headlines.
    static let titles: [String] = [
        "{R}：用心用情办实事 解民忧",
        "{R}扎实推进“我为群众办实事”实践活动",
        "为民办实事 真情暖民心——{R}实践活动综述",
        "{C}：把实事办到群众心坎上",
    ]
}
