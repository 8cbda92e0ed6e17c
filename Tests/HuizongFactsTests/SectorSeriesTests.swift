import XCTest
import HuizongText
import HuizongPlaces
@testable import HuizongFacts

/// LABELS.md §4 over a whole story: the results of several sectors are parts, a stated total stays
/// whole, and a body that acts (各职能部门解决了…) does not make a figure one body's.
final class SectorSeriesTests: XCTestCase {
    private func facts(_ text: String) throws -> [Fact] { try storyFacts(text) }

    func testSectorResultsWithoutATotalAreParts() throws {
        let got = try facts("""
        杭锦旗民生工作综述
        杭锦旗投入900多万元实施危房改造工程。医疗救助金额达885.7万元，教育资助金落实154.7万元。
        """)
        XCTAssertEqual(got.filter { $0.metric == "funds" }.map(\.scope), [.part, .part, .part])
    }

    func testAStatedTotalStaysWholeBesideItsSectors() throws {
        let got = try facts("""
        杭锦旗民生工作综述
        全旗累计投入民生资金5亿元。危房改造投入900多万元，教育资助金落实154.7万元。
        """)
        XCTAssertEqual(got.filter { $0.metric == "funds" }.map(\.scope), [.wholeArea, .part, .part],
                       "beside a stated total the smaller unmarked figures are its sectors")
    }

    func testAFigureCoveringAllOthersIsTheirTotal() throws {
        let got = try facts("""
        甘孜县援建工作
        甘孜县到位援助资金8.72亿元。交通项目投入1.41亿元，教育项目投入9353万元。
        """)
        let funds = got.filter { $0.metric == "funds" }
        XCTAssertEqual(funds.map(\.scope), [.wholeArea, .part, .part])
    }

    func testOneFigureStatedTwiceStaysWhole() throws {
        let got = try facts("""
        杭锦旗民生工作综述
        杭锦旗投入危房改造资金900多万元。这900多万元让群众住上了新房。
        """)
        XCTAssertEqual(got.filter { $0.metric == "funds" }.map(\.scope).first, .wholeArea)
    }

    func testManyBodiesAreNotOneBody() {
        let extractor = FactExtractor()
        let every = extractor.extract(text: "该县共收集到民情事项312件，各职能部门经协商解决了296件。")
        XCTAssertEqual(every.map(\.metric), ["opinions_collected", "problems_solved"],
                       "the departments solved the 296: they are who acted, not what is counted")
        XCTAssertEqual(every.map(\.scope), [.wholeArea, .wholeArea], "各职能部门 is every department")
        let one = extractor.extract(text: "县公安局经协商化解了纠纷120起。")
        XCTAssertEqual(one.map(\.scope), [.part])
    }
}

extension SectorSeriesTests {
    func testACountSoFarIsProgressOfItsListNotASector() throws {
        let got = try facts("""
        锡林郭勒盟民生工作
        锡林郭勒盟梳理服务项目清单1100余项，提出重点民生事项656个，目前已解决487个。
        """)
        let items = got.filter { $0.metric == "practical_matters" }
        XCTAssertEqual(items.map(\.value), [1100, 656, 487])
        XCTAssertEqual(items.map(\.scope), [.wholeArea, .part, .part],
                       "the list of 1100 covers the 656 given after it; 487 is progress of the 656, not another sector")
    }

    func testOneLeadersItemsAreAPart() {
        let got = FactExtractor().extract(text: "市委书记张涛亲自抓办三件实事。")
        XCTAssertEqual(got.map(\.scope), [.part])
        // The figure describes the official it modifies (…的县委副书记), not the county.
        let described = FactExtractor().extract(text: "一次认领了4个微心愿的兴和县县委副书记李献表示，要把实事办好。")
        XCTAssertEqual(described.map(\.scope), [.part])
    }

    func testWorksOfDifferentKindsAreEachTheirKindsWhole() throws {
        // Schools, stations and markets are counted by kind: each figure is the district's count of
        // its kind, not one sector of a sum the story never states (money in the same story is).
        let got = try facts("""
        云岩区民生实事综述
        云岩区新建中小学和幼儿园3所。街道文化站建成5家，农贸市场升级改造完成4个。
        云岩区教育资助投入120万元，医疗救助投入300万元。
        """)
        XCTAssertEqual(got.filter { $0.metric == "projects" }.map(\.scope), [.wholeArea, .wholeArea, .wholeArea])
        XCTAssertEqual(got.filter { $0.metric == "funds" }.map(\.scope), [.part, .part])
    }

    func testATargetNamedAgainStaysATargetUnlessDone() throws {
        // The first mention decides (LABELS.md §5): the list's contents name the 12 planned items again.
        let named = FactExtractor().extract(text: "去年为百姓办了10件实事，今年则要办12件。12件实事具体为：修路、建校。")
        XCTAssertEqual(named.map(\.status), [.result, .target, .target])
        let done = FactExtractor().extract(text: "今年要办12件实事。目前12件实事已全部完成。")
        XCTAssertEqual(done.map(\.status), [.target, .result], "progress on the planned items is a result")
        let contents = try facts("""
        南京市鼓楼区民生实事
        今年鼓楼区要为老百姓办10件实事。
        这10件为民办实事重点项目里还有：新门口等100条街巷开展市容市貌整治；给870处老旧小区树木消除险情；对重点片区、路段和小区的餐饮业油烟污染搞专项整治，排水达标区建设任务全面完成。
        """)
        XCTAssertEqual(contents.map(\.status), [.target, .target, .target, .target],
                       "the list's contents after the colon are planned; a done word far on in the sentence does not speak for them")
        let breakdown = FactExtractor().extract(text: "今年要办12件实事。其中有7件与农村有关。")
        XCTAssertEqual(breakdown.map(\.status), [.target, .target], "a breakdown of the plan is planned too")
        let doneBreakdown = FactExtractor().extract(text: "今年要办12件实事。其中8件已办结。")
        XCTAssertEqual(doneBreakdown.map(\.status), [.target, .result])
    }

    func testAListOfKindsUnderOneTotalWordIsItsParts() throws {
        let got = try facts("""
        甘肃东西部协作
        甘肃省累计选派挂职干部623名、专技人才5635名开展帮扶。甘肃省也派出825名挂职干部去东部学习。
        """)
        XCTAssertEqual(got.filter { $0.metric == "cadres" }.map(\.scope), [.part, .part, .part],
                       "累计 covers the list: each kind is a part, and the later smaller figure too")
        // One list counted two ways (9 items, 27 entries) is not a list of kinds.
        let twice = FactExtractor().extract(text: "全县拟定清单，共9项27条。")
        XCTAssertEqual(twice.map(\.scope), [.wholeArea, .wholeArea])
    }
}
