import XCTest
import HuizongFacts

/// LABELS.md §4 where the story decides: a township stating its own results, an aid partner's
/// programme, a rate measuring the figure before it, progress of a stated list.
final class StoryScopeTests: XCTestCase {
    func testATownshipsOwnResultsAreItsWhole() throws {
        let got = try storyFacts("""
        山阴县改善农村人居环境
        今年以来，马营乡在主干道沿线装上太阳能路灯120盏；该乡还为辖区内的8个村建起了40个温室大棚。
        """)
        let lamps = try XCTUnwrap(got.first { $0.unit == "盏" })
        let sheds = try XCTUnwrap(got.first { Fact.plain($0.value) == "40" })
        XCTAssertEqual(lamps.place, "马营乡")
        XCTAssertEqual([lamps.scope, sheds.scope], [.wholeArea, .wholeArea], "the township is the subject: its own totals")
    }

    func testAVillageOrGroupInsideTheTownshipIsAPart() throws {
        let village = try storyFacts("""
        山阴县农村道路
        山阴县马营乡东村计划改建800米农路，方便群众出行。
        """)
        XCTAssertEqual(village.map(\.scope), [.part], "东村 named right after its township owns the road")
        let group = try storyFacts("""
        山阴县驻村帮扶
        驻山阴县马营乡工作组带着群众发展养殖，育肥山羊出栏1000余只。
        """)
        XCTAssertEqual(group.filter { $0.unit == "只" }.map(\.scope), [.part], "one work group's result")
    }

    func testAnAidPartnersItemsArePartsButItsTotalsAndMoneyAreNot() throws {
        let got = try storyFacts("""
        闽宁协作结硕果
        福建还帮宁夏新建学校120所，先后派出支教教师300人次。福建累计援助宁夏资金5亿元，实施协作项目600多个。
        """)
        XCTAssertEqual(got.filter { $0.unit == "所" || $0.unit == "人次" }.map(\.scope), [.part, .part],
                       "what the partner's programme built and sent is one sub-programme's")
        XCTAssertEqual(got.filter { $0.unit == "元" || $0.unit == "个" }.map(\.scope), [.wholeArea, .wholeArea],
                       "累计 states the programme's total; the money is the region's aid funds")
        XCTAssertTrue(got.allSatisfy { $0.regionCode.hasPrefix("64") }, "宁夏 owns them, not 福建")
    }

    func testARateTakesTheScopeOfTheFigureItMeasures() {
        let extractor = FactExtractor()
        let sector = extractor.extract(text: "全省重大疫情救治基地建设省级财政补助资金已下达3.6亿元，为年度计划的112.5%。")
        XCTAssertEqual(sector.map(\.scope), [.part, .part], "the share of one tier's money is that tier's")
        let list = extractor.extract(text: "在65件民生实事中，已有26件完成，完成率40%。")
        XCTAssertEqual(list.map(\.scope), [.wholeArea, .part, .wholeArea], "a completion rate measures the list, not its subset")
    }

    func testProgressOfAStatedListIsTheAreas() throws {
        let stated = try storyFacts("""
        云岩区办实事
        到目前为止，全区共收集梳理的各类实事达600件，完成了550件，办结率为91.7%。
        """)
        XCTAssertEqual(stated.map(\.scope), [.wholeArea, .wholeArea, .wholeArea])
        let unmarked = try storyFacts("""
        云岩区办实事
        云岩区提出重点民生事项600个，目前已解决450个。
        """)
        XCTAssertEqual(unmarked.map(\.scope), [.wholeArea, .part], "progress of a list the text does not state as the area's")
    }

    func testIncomeEarnedIsTheEarnersNotTheAreas() {
        let extractor = FactExtractor()
        let income = extractor.extract(text: "全县农牧民外出务工劳务收入达到3亿元，安置到公益岗位的人员人均年增收8000元。")
        XCTAssertEqual(income.map(\.scope), [.part, .part])
        let revenue = extractor.extract(text: "全县地方财政收入达到3亿元。")
        XCTAssertEqual(revenue.map(\.scope), [.wholeArea], "the area's own revenue is not one group's earnings")
        let average = extractor.extract(text: "农村居民人均可支配收入达到1.6万元。")
        XCTAssertEqual(average.map(\.scope), [.wholeArea], "an average over all residents")
    }

    func testALengthOfOneThingIsAPart() {
        let extractor = FactExtractor()
        let road = extractor.extract(text: "改造后的道路全长800米，路面由原来的4米拓宽到7米。")
        XCTAssertEqual(road.map(\.scope), [.part, .part, .part])
        let roads = extractor.extract(text: "全县建成农村公路300公里。")
        XCTAssertEqual(roads.map(\.scope), [.wholeArea], "the area's roads together")
    }

    func testBodiesCountedAreNotOneBodyActing() {
        let extractor = FactExtractor()
        let schools = extractor.extract(text: "中小学校启动新建38所，放心消费单位培育出1200家。")
        XCTAssertEqual(schools.map(\.scope), [.wholeArea, .wholeArea])
        let bureau = extractor.extract(text: "县公安局化解矛盾纠纷120起。")
        XCTAssertEqual(bureau.map(\.scope), [.part], "one body acting")
    }

    func testABreakdownInBracketsBreaksDownOnlyWhatTheyHold() {
        let got = FactExtractor().extract(text: "全市在20家医院设立会诊中心（包括市级医院（中医院）5家、县级医院15家），并在40家卫生院装设远程门诊系统。")
        XCTAssertEqual(got.map(\.scope), [.wholeArea, .part, .part, .wholeArea])
    }

    func testOneBodyGoesOnActingAcrossItsSentence() {
        let extractor = FactExtractor()
        let bureau = extractor.extract(text: "全市民政部门多措并举，家庭适老化改造完成1500户，养老服务中心新建12家。")
        XCTAssertEqual(bureau.map(\.scope), [.part, .part], "the later clauses have no subject of their own")
        let newSubject = extractor.extract(text: "全市民政部门多措并举，家庭适老化改造完成1500户；全市新建养老服务中心12家。")
        XCTAssertEqual(newSubject.map(\.scope), [.part, .wholeArea], "a semicolon ends the body's list, 全市 names the area")
        let counted = extractor.extract(text: "市教育局统筹推进资源布局，基础教育学校新开工建设20所，规划设置的教学班共计500个。")
        XCTAssertEqual(counted.map(\.scope), [.part, .part], "the bureau goes on: schools counted and 共计 name no subject of their own")
        let occasion = extractor.extract(text: "记者在会上了解到，16年里福建累计援助宁夏7亿元。")
        XCTAssertEqual(occasion.map(\.scope), [.wholeArea], "an occasion is no body whose doings go on")
        let ranked = extractor.extract(text: "固始县在全省县级市场中率先建起13家平价商店，累计投放价格调节基金170万元。")
        XCTAssertEqual(ranked.map(\.scope), [.wholeArea, .wholeArea], "县级 names the field it is ranked in, not who built them")
        let tier = extractor.extract(text: "县级领导拟定清单，共9项27条。")
        XCTAssertEqual(tier.map(\.scope), [.part, .part], "the county leaders' own list")
        let area = extractor.extract(text: "龙岩中心城区将新增纯电动公交车100辆。")
        XCTAssertEqual(area.map(\.scope), [.part], "one district of the city")
    }

    func testMoneyOfWorksPointedBackToIsThoseWorks() {
        let got = FactExtractor().extract(text: "这30座便民桥投资总额1200多万元。")
        XCTAssertEqual(got.filter { $0.unit == "元" }.map(\.scope), [.part])
    }

    func testANamedPlanIsANounNotAPromise() {
        let got = FactExtractor().extract(text: "2021年，推出“民生微实事100+”计划，实施的民生项目达96个。")
        XCTAssertEqual(got.filter { Fact.plain($0.value) == "96" }.map(\.status), [.result])
    }

    func testOneYearsShareBesideATotalOfTheYearsIsAPart() {
        let got = FactExtractor().extract(text: "高职院校去年在全国扩招120万人，连同2020年的扩招数110万人，两年合起来共计扩招230万人。")
        XCTAssertEqual(got.map(\.scope), [.part, .part, .wholeArea])
    }

    func testARatePassesOverADifference() {
        let got = FactExtractor().extract(text: "2021年全国城镇新增就业人数为1200万人，较上一年多出80万人，全年目标任务完成了110%。")
        XCTAssertEqual(got.map(\.scope), [.wholeArea, .part, .wholeArea], "110% measures the 1200万, not the difference")
    }

    func testOneBatchOfAProgrammeIsAPart() {
        let extractor = FactExtractor()
        let batch = extractor.extract(text: "第一批实施的项目共900个。")
        XCTAssertEqual(batch.map(\.scope), [.part])
        let framed = extractor.extract(text: "从今年第一批实施的项目看，投入经费总计9000万元。")
        XCTAssertEqual(framed.map(\.scope), [.part])
        let round = extractor.extract(text: "在第二批主题教育活动中，全县共选派200名干部。")
        XCTAssertEqual(round.map(\.scope), [.wholeArea], "a round of a campaign is not a batch of its items")
    }

    func testMoneyPutIntoOneNamedWorksIsThatWorks() {
        let extractor = FactExtractor()
        let one = extractor.extract(text: "县里还投入3000万元建成西河集中供水工程。")
        XCTAssertEqual(one.map(\.scope), [.part])
        let many = extractor.extract(text: "全县投入3000万元建成供水工程12处。")
        XCTAssertEqual(many.filter { $0.unit == "元" }.map(\.scope), [.wholeArea], "works counted are the area's")
        let stated = extractor.extract(text: "全县累计投入5亿元实施民生工程。")
        XCTAssertEqual(stated.map(\.scope), [.wholeArea], "the area's stated money for its programme")
    }

    func testATierNamingTheKindCountedDoesNotNarrow() {
        let extractor = FactExtractor()
        XCTAssertEqual(extractor.extract(text: "村级互助幸福院达500个。").map(\.scope), [.wholeArea])
        XCTAssertEqual(extractor.extract(text: "新增医院床位300多个。").map(\.scope), [.wholeArea], "the hospital is what the beds belong to, not who added them")
        XCTAssertEqual(extractor.extract(text: "农牧区劳动力转移就业完成4万人次。").map(\.scope), [.part], "the pastoral areas are one part of the prefecture")
    }

    func testAVillageWrittenAfterItsCountyOwnsTheFigure() throws {
        let got = try storyFacts("""
        乌兰浩特市生态治理
        乌兰浩特市高根营子嘎查原有200亩废弃沙坑，如今已变成林地。
        """)
        XCTAssertEqual(got.map(\.scope), [.part])
    }
}
