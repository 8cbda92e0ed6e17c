import XCTest
import HuizongPlaces

/// Which place owns a figure (LABELS.md §6), rule by rule, on sentences as reports write them.
final class AttributionRuleTests: XCTestCase {
    /// The region code the figure written `figure` (its first occurrence after `after`) is given.
    private func owner(of figure: String, in text: String, after: String? = nil) throws -> String? {
        let t = SeedText(text: text)
        let d = try t.resolve()
        let from = try after.map { try XCTUnwrap(t.offset(of: $0), $0) } ?? 0
        let offset = try XCTUnwrap(t.offset(of: figure, from: from), figure)
        let s = t.spans(at: offset)
        return d.attribute(offset: offset, clause: s.clause, sentence: s.sentence, paragraph: s.paragraph).region?.code
    }

    func testTheSubjectNamedBeforeTheFigureOwnsItNotACityNamedLater() throws {
        // A provincial round-up: the province's figure is not the city's named further on.
        let text = "河北把实践活动作为抓手。\n围绕要素保障梳理出难点300多个，由河北省工信厅帮企业解决用工需求9000余人次；石家庄市为缓解停车难，加紧建设停车位3.66万个。"
        XCTAssertEqual(try owner(of: "9000余人次", in: text), "130000")
        XCTAssertEqual(try owner(of: "300多个", in: text), "130000")
        XCTAssertEqual(try owner(of: "3.66万个", in: text), "130100")
        let gansu = "我省10件为民实事全部交账。\n这一年里，全省各级政府扛起责任，城镇新增就业人数达到任务量的110.3%。兰州市新建幸福院60个。"
        XCTAssertEqual(try owner(of: "110.3%", in: gansu), "620000")
    }

    func testAPlaceInsideTheSubjectNamedEarlierInTheSentenceIsMorePrecise() throws {
        let text = "阿坝州开展走基层活动。\n阿坝县藏族姑娘索朗措么长期卧床，阿坝州残联为她量身定制了帮扶方案，筹集资金2500元。"
        XCTAssertEqual(try owner(of: "2500元", in: text), "513231")
        // A deictic widens the subject on purpose: 全市 stays the city.
        let city = "赤峰市召开推进会。\n松山区完成改造20个，全市共新增学位10732个。"
        XCTAssertEqual(try owner(of: "10732个", in: city), "150400")
    }

    func testPlacesListedAsExamplesOwnNothing() throws {
        let text = "建设幸福宜宾十大工程进展顺利。\n今年来，蜀粤幼儿园、高县疾病预防控制中心建设项目等257个项目已经完工，完工率为44.62%。"
        XCTAssertEqual(try owner(of: "257个", in: text), "511500")
        XCTAssertEqual(try owner(of: "44.62%", in: text), "511500")
        let fujian = "福建省推进民生实事。\n由漳州、三明、南平、宁德等地建成的6个负压实验室全部通过验收。"
        XCTAssertEqual(try owner(of: "6个", in: fujian), "350000")
        // A subject before its own list is no example.
        let subject = "赤峰市推进民生实事。\n松山区新建学校、医院等3个项目。"
        XCTAssertEqual(try owner(of: "3个", in: subject), "150404")
    }

    func testTheHelpingSideOfAnAidPairingOwnsNothing() throws {
        let text = "厦门新闻媒体采访团来临夏采访对口帮扶工作。\n记者们记下厦门对口帮扶临夏州以来的新变化。截至2015年，厦门市一共投入的对口资金达1.086亿元，组织实施的项目共50项。"
        let d = try SeedText(text: text).resolve()
        XCTAssertEqual(d.document.region?.code, "622900", d.document.reason)
        XCTAssertEqual(try owner(of: "1.086亿元", in: text), "622900")
        XCTAssertEqual(try owner(of: "50项", in: text), "622900")
        XCTAssertEqual(d.mentions.first { $0.text == "厦门市" }?.role, .partner)
        // 向 marks the helped side: the cities before it help.
        let gansu = "甘肃省政府新闻发布会透露，天津市和厦门市向甘肃累计投入的财政援助资金为89.66亿元。"
        XCTAssertEqual(try owner(of: "89.66亿元", in: gansu), "620000")
        // Partners helping within one prefecture are no pairing: the town is the county's own.
        let county = "兴和县干部帮扶城关镇困难群众30户。"
        XCTAssertEqual(try owner(of: "30户", in: county), "150924")
    }

    func testTheRankingAreaOfAResultIsNotItsOwner() throws {
        let text = "河南固始：把实事办到群众心坎里\n自2013年起，固始县已投入1000万元，在全省县级市场中率先建起13家稳价惠民平价商店。"
        XCTAssertEqual(try owner(of: "13家", in: text), "411525")
    }

    func testSpeechBelongsToItsSpeakersPlace() throws {
        let text = "赤峰市推进民生实事。\n“我贷100万元买了105头牛，压力小了，收入却多了。”说起这些，赤峰市巴林左旗查干哈达苏木阿鲁嘎查牧民报喜频频。"
        XCTAssertEqual(try owner(of: "105头", in: text), "150422")
    }

    func testALaterDeicticNamesTheParagraphsAreaButALaterTownIsOnlyAPart() throws {
        let text = "河南县推进实践活动。\n本报讯 黄南州城管部门主动作为。\n目前，配备专用车辆110辆，全州现有环卫工人619人。"
        XCTAssertEqual(try owner(of: "110辆", in: text), "632300")
        let county = "兴和县持续开展活动。\n今年以来共收集意见1000条，其中城关镇300条。"
        let t = SeedText(text: county)
        let offset = try XCTUnwrap(t.offset(of: "1000条"))
        let s = t.spans(at: offset)
        let a = try t.resolve().attribute(offset: offset, clause: s.clause, sentence: s.sentence, paragraph: s.paragraph)
        XCTAssertEqual(a.region?.code, "150924", a.reason)
        XCTAssertNil(a.place, a.reason)
    }

    func testRespectivelyGivesEachFigureItsOwnPlace() throws {
        let text = "截至8月底，全省已开工的小区有1110个。湘西州、衡阳市、邵阳市则分别只有35.29%、39.73%、43.17%，在全省处于末位。"
        XCTAssertEqual(try owner(of: "35.29%", in: text), "433100")
        XCTAssertEqual(try owner(of: "39.73%", in: text), "430400")
        XCTAssertEqual(try owner(of: "43.17%", in: text), "430500")
    }

    func testTableCellsFollowTheirRow() throws {
        let text = "湖南省2021年度重点民生实事推进情况表\n序号 |\n市州 |\n开工率 |\n1 |\n长沙市 |\n150 |\n143 |\n95.33% |\n2 |\n株洲市 |\n120 |\n98.1% |"
        XCTAssertEqual(try owner(of: "95.33%", in: text), "430100")
        XCTAssertEqual(try owner(of: "98.1%", in: text), "430200")
    }
}

/// Documents whose region only a dateline, a paper, a headline or an ambiguous name gives.
final class DocumentRegionRuleTests: XCTestCase {
    private func region(_ text: String) throws -> String? { try SeedText(text: text).resolve().document.region?.code }

    func testADatelineCityIsWhereTheStoryWasFiledNotWhatItIsAbout() throws {
        let text = "新华网贵阳10月29日电 贵阳贵安实践活动新闻发布会举行，会上云岩区通报了云岩区今年的阶段成效。\n今年来，云岩区坚持把党史学习和实践活动结合起来抓。到目前为止，全区共收集梳理的各类实事达587件。"
        let d = try SeedText(text: text).resolve()
        XCTAssertEqual(d.document.region?.code, "520103", d.document.reason)
        XCTAssertEqual(d.mentions.first?.role, .dateline)
        // Undated, 电 must end the word: an e-commerce centre is no dateline.
        let shop = try SeedText(text: "赤峰市推进消费帮扶。\n松山区电商服务中心帮助农户销售农产品500万元。").resolve()
        XCTAssertEqual(shop.mentions.first { $0.text == "松山区" }?.role, .owner)
    }

    func testAPapersProvinceIsNotTheStorysSubject() throws {
        let text = "双峰：三类清单助推为民办实事见实效\n湖南日报•新湖南客户端 通讯员 冯兵田\n今年以来，双峰县用办实事的实效来检验成效。该县建起了三类实践活动清单，由县委书记和县长任总牵头人。"
        let d = try SeedText(text: text).resolve()
        XCTAssertEqual(d.document.region?.code, "431321", d.document.reason)
        XCTAssertFalse(d.mentions.contains { $0.text == "和县" }, "县委书记和县长 names no county")
        XCTAssertEqual(d.mentions.first { $0.text == "湖南" }?.role, .media)
    }

    func testCountyStemsReadInContext() throws {
        func codes(_ text: String) throws -> [String] {
            try SeedText(text: text).resolve().mentions.compactMap { $0.region?.code }
        }
        XCTAssertEqual(try codes("保定安新15个帮扶村十件实事工程339个项目开工"), ["130600", "130632"])
        XCTAssertEqual(try codes("河南固始：把实事办到群众心坎里"), ["410000", "411525"])
        XCTAssertEqual(try codes("双峰：三类清单助推为民办实事见实效"), ["431321"])
        XCTAssertEqual(try codes("宁海新闻网讯 县十八届人大五次会议敲定了10项民生实事项目。"), ["330226"])
        // Alone, a stem is an ordinary word (松山 is 松山区's stem).
        XCTAssertEqual(try codes("松山上种满了树，大家安心工作。"), [])
    }

    func testProvinceAbbreviationsWithADirectionAndProvincialPapers() throws {
        XCTAssertEqual(try region("省政府郑重许诺今年再办12件实事。晋西北、太行山革命老区的农村学生免收学杂费。"), "140000")
        XCTAssertEqual(try region("他把收藏东西的习惯保持至今。"), nil)
        XCTAssertEqual(try region("扬子晚报讯(记者薛玲)鼓楼区2018年为民办实事重点项目日前揭晓。"), "320106")
        // A national paper whose name is a county's stem (光明区) names no place.
        XCTAssertEqual(try region("据光明日报报道，各地开展实践活动。"), nil)
    }

    func testAnUnsettledDistrictNameFollowsItsStreetsOrTheCapital() throws {
        // 福州's 鼓楼区 has a 温泉街道; 南京's has none.
        XCTAssertEqual(try region("鼓楼区今年安排了78项为民办实事项目，如建设温泉小学教学综合楼。"), "350102")
        // Four cities have a 鼓楼区, two of them capitals: nothing decides.
        XCTAssertEqual(try region("鼓楼区今年安排了78项为民办实事项目。"), nil)
        let d = try SeedText(text: "江苏鼓楼区今年安排了78项为民办实事项目。").resolve()
        XCTAssertEqual(d.mentions.first { $0.text == "鼓楼区" }?.region?.code, "320106", "南京 over 徐州: the capital")
    }
}
