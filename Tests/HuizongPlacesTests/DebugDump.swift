import XCTest
import HuizongPlaces

final class DebugDump: XCTestCase {
    func testDump() throws {
        guard ProcessInfo.processInfo.environment["PLACES_DUMP"] != nil else { return }
        for p in ["000", "001", "002", "003", "004"] {
            let t = try SeedText.seed(p)
            let d = try t.resolve()
            print("=== \(p): \(d.document.region?.name ?? "-") \(d.document.region?.code ?? "") | \(d.document.reason)")
            for s in d.stories { print("  story \(s.range) \(s.attribution.region?.name ?? "-") \(s.attribution.reason)") }
            for m in d.mentions { print("  \(m.range.lowerBound) \(m.text) → \(m.region?.name ?? "-") \(m.place ?? "") | \(m.reason)") }
        }
    }
}
