import XCTest
import TestSupport
import HuizongFacts
@testable import HuizongTotals

/// Random fact sets (seeded, so a failure reproduces) checked against the invariants of issue 6.
final class TotalsPropertyTests: XCTestCase {
    func testParentNeverBelowLargestWholeAreaChildAndNoFactCountedTwice() {
        let directory = FixtureDirectory()
        let builder = TotalsBuilder(directory: directory)
        let codes = FixtureDirectory.regions.map(\.code)
        var rng = SplitMix64(seed: 2021)
        for _ in 0..<300 {
            let facts = (0..<Int.random(in: 1...12, using: &rng)).map { i in
                fact(codes.randomElement(using: &rng)!, Decimal(Int.random(in: 1...500, using: &rng)),
                     qualifier: [.exact, .atLeast, .approx].randomElement(using: &rng)!,
                     scope: Bool.random(using: &rng) ? .wholeArea : .part,
                     document: ["a.txt", "b.txt", "c.txt"].randomElement(using: &rng)!, line: i)
            }
            let totals = builder.build(facts)
            for total in totals.totals {
                XCTAssertEqual(Set(total.factIndices).count, total.factIndices.count, "a fact counted twice")
                let counted = total.factIndices.reduce(Decimal(0)) { $0 + facts[$1].value }
                if total.basis == .sumOfParts { XCTAssertEqual(counted, total.value) }
                let wholeAreaChildren = facts.filter {
                    $0.scope == .wholeArea && directory.region(code: $0.regionCode)?.parentCode == total.region.code
                }
                for child in wholeAreaChildren {
                    // A child's stated figure can be set aside as a cross-document duplicate, but the
                    // child's own total is never above the parent's.
                    if let childTotal = totals.total(code: child.regionCode, metric: total.metric) {
                        XCTAssertGreaterThanOrEqual(total.value, childTotal.value, "\(facts)")
                    }
                }
                XCTAssertTrue(Set(total.factIndices).isDisjoint(with: total.setAside))
            }
        }
    }
}
