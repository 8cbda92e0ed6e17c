import XCTest
@testable import HuizongPlaces
import TestSupport

/// Region names in pinyin (issues 18 and 19): the gazetteer's English column and lookups by it.
final class PinyinTests: XCTestCase {
    /// Place names keep readings a general dictionary gets wrong; each of these is a well-known one.
    func testHeteronymsInPlaceNamesReadAsThePlacesAreCalled() throws {
        let g = try Gazetteer.bundled()
        let expected: [(String, String)] = [
            ("341500", "Lu'an City"), ("340300", "Bengbu City"), ("440113", "Panyu District"),
            ("130225", "Laoting County"), ("361124", "Yanshan County"), ("220100", "Changchun City"),
            ("140400", "Changzhi City"), ("610116", "Chang'an District"), ("110105", "Chaoyang District"),
            ("211300", "Chaoyang City"), ("371722", "Shan County"), ("410621", "Xun County"),
            ("141024", "Hongtong County"), ("310112", "Minhang District"), ("222400", "Yanbian Korean Autonomous Prefecture"),
            ("222404", "Hunchun City"), ("330382", "Yueqing City"), ("320116", "Luhe District"),
            ("350200", "Xiamen City"), ("500000", "Chongqing"), ("141100", "Lüliang City"),
            ("610100", "Xi'an City"), ("510117", "Pidu District"), ("654300", "Aletai Prefecture"),
            ("152500", "Xilinguole League"), ("150400", "Chifeng City"), ("150402", "Hongshan District"),
            ("150000", "Inner Mongolia"), ("610000", "Shaanxi"), ("140000", "Shanxi"),
            ("152223", "Zhalaite Banner"), ("150823", "Wulate Front Banner"),
            ("152222", "Ke'erqin Right Wing Middle Banner"), ("532900", "Dali Bai Autonomous Prefecture"),
            ("622927", "Jishishan Bonan, Dongxiang and Salar Autonomous County"), ("429021", "Shennongjia Forestry District"),
            ("610103", "Beilin District"), ("130600", "Baoding City"), ("130682", "Dingzhou City"),
        ]
        for (code, english) in expected {
            XCTAssertEqual(g.englishName(of: code), english, "\(code) \(g.region(code: code)?.name ?? "?")")
        }
    }

    func testEveryRegionHasPinyinInLatinLettersOnly() throws {
        let g = try Gazetteer.bundled()
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZü' ,-")
        for region in g.regions {
            let english = try XCTUnwrap(g.englishName(of: region.code), region.name)
            XCTAssertTrue(english.unicodeScalars.allSatisfy(allowed.contains), "\(region.name): \(english)")
            XCTAssertEqual(english.first?.isUppercase, true, "\(region.name): \(english)")
        }
    }

    func testPinyinLookupIgnoresCaseSpacesTonesAndTheGenericPart() throws {
        let g = try Gazetteer.bundled()
        for typed in ["Chifeng", "chifeng shi", "CHIFENG CITY", "Chìfēng", "chi feng", "chifengshi"] {
            XCTAssertEqual(g.lookupPinyin(typed).map(\.region.code), ["150400"], typed)
        }
        // Two districts are Hongshan (赤峰 and 武汉): both, by code.
        XCTAssertEqual(g.lookupPinyin("Hongshan").map(\.region.code), ["150402", "420111"])
        XCTAssertEqual(g.lookupPinyin("hongshan qu").map(\.region.code), ["150402", "420111"])
        // A generic part narrows: 河北 the province, not 天津's 河北区.
        XCTAssertEqual(g.lookupPinyin("hebei sheng").map(\.region.code), ["130000"])
        XCTAssertEqual(Set(g.lookupPinyin("Hebei").map(\.region.code)), ["130000", "120105"])
        XCTAssertTrue(g.lookupPinyin("lvliang").map(\.region.code).contains("141100"), "v for ü")
        XCTAssertEqual(g.lookupPinyin("Lu'an").map(\.region.code), ["341500"])
        XCTAssertTrue(g.lookupPinyin("Atlantis").isEmpty)
        XCTAssertEqual(g.pinyinSuggestions("Chifen").first?.code, "150400")
    }

    func testShortNameKeepsTheProperNameOnly() throws {
        let g = try Gazetteer.bundled()
        XCTAssertEqual(g.shortEnglishName(of: "150400"), "Chifeng")
        XCTAssertEqual(g.shortEnglishName(of: "150000"), "Inner Mongolia")
        XCTAssertEqual(g.shortEnglishName(of: "532900"), "Dali")
    }

    /// A gazetteer file written before the pinyin column still loads, without English names.
    func testAFileWithoutThePinyinColumnLoads() throws {
        let text = "R\t150000\tp\t-\t内蒙古自治区\nR\t150400\tc\t150000\t赤峰市\n"
        let g = try GazetteerLoader.parse(Array(text.utf8))
        XCTAssertEqual(g.region(code: "150400")?.name, "赤峰市")
        XCTAssertNil(g.englishName(of: "150400"))
        XCTAssertTrue(g.lookupPinyin("Chifeng").isEmpty)
    }
}
