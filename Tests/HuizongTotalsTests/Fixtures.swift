import Foundation
import HuizongFacts
import HuizongPlaces
@testable import HuizongTotals

/// A small hierarchy like the seeds': 内蒙古 › 赤峰市 › 松山区 / 红山区 / 克什克腾旗, 内蒙古 › 锡林郭勒盟 › 锡林浩特市.
struct FixtureDirectory: RegionDirectory {
    static let regions: [Region] = [
        Region(code: "150000", name: "内蒙古自治区", level: .province, parentCode: nil),
        Region(code: "150400", name: "赤峰市", level: .prefecture, parentCode: "150000"),
        Region(code: "150402", name: "红山区", level: .county, parentCode: "150400"),
        Region(code: "150404", name: "松山区", level: .county, parentCode: "150400"),
        Region(code: "150425", name: "克什克腾旗", level: .county, parentCode: "150400"),
        Region(code: "152500", name: "锡林郭勒盟", level: .prefecture, parentCode: "150000"),
        Region(code: "152502", name: "锡林浩特市", level: .county, parentCode: "152500"),
    ]
    let byCode = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0) })
    func region(code: String) -> Region? { byCode[code] }
}

/// A fact with the fields that matter for totals; the rest filled plausibly.
func fact(_ code: String, _ value: Decimal, metric: String = "opinions_collected", unit: String = "条",
          qualifier: Qualifier = .exact, scope: Scope = .part, status: Status = .result,
          document: String = "a.txt", line: Int = 1) -> Fact {
    let name = FixtureDirectory().region(code: code)?.name ?? ""
    return Fact(document: document, line: line, regionCode: code, region: name, place: "", metric: metric,
                value: value, valueHigh: nil, unit: unit, qualifier: qualifier, scope: scope, status: status,
                quote: "征求意见建议\(value)\(unit)")
}
