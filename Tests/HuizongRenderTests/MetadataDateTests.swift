import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class MetadataDateTests: XCTestCase {
    func testEpochSecondsBecomeISODates() {
        XCTAssertEqual(PDFMetadata.date(epochSeconds: 0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(PDFMetadata.date(epochSeconds: 1_633_046_400), "2021-10-01T00:00:00Z")
        XCTAssertEqual(PDFMetadata.date(epochSeconds: 951_782_400 + 3661), "2000-02-29T01:01:01Z")
        XCTAssertEqual(PDFMetadata.date(epochSeconds: -1), "1969-12-31T23:59:59Z")
    }
}
