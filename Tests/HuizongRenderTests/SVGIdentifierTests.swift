@testable import HuizongRender
import XCTest

/// Cairo's SVG ids come from process-wide counters; the renumbering must depend on the document alone.
final class SVGIdentifierTests: XCTestCase {
    private func normalised(_ text: String) -> String {
        String(decoding: SVGIdentifiers.normalise(Array(text.utf8)), as: UTF8.self)
    }

    func testIdsAreNumberedPerPrefixInOrderOfFirstAppearance() {
        let svg = ##"<symbol id="glyph7-3"/><symbol id="glyph7-12"/><clipPath id="clip41"/>"##
            + ##"<use xlink:href="#glyph7-12"/><use xlink:href="#glyph7-3"/><g clip-path="url(#clip41)"/>"##
        XCTAssertEqual(normalised(svg),
                       ##"<symbol id="glyph0-3"/><symbol id="glyph0-12"/><clipPath id="clip0"/>"##
                       + ##"<use xlink:href="#glyph0-12"/><use xlink:href="#glyph0-3"/><g clip-path="url(#clip0)"/>"##)
    }

    func testTheSameDrawingUnderOtherCountersGivesTheSameBytes() {
        let first = ##"<g id="surface5"><use xlink:href="#glyph2-1"/></g><g id="surface9"/>"##
        let later = ##"<g id="surface105"><use xlink:href="#glyph40-1"/></g><g id="surface230"/>"##
        XCTAssertEqual(normalised(first), normalised(later))
        XCTAssertEqual(normalised(later), ##"<g id="surface0"><use xlink:href="#glyph0-1"/></g><g id="surface1"/>"##)
    }

    func testManyIdsGetMultiDigitNumbers() {
        let svg = (0..<12).map { ##"<clipPath id="clip\##(100 + $0)"/>"## }.joined()
        let expected = (0..<12).map { ##"<clipPath id="clip\##($0)"/>"## }.joined()
        XCTAssertEqual(normalised(svg), expected)
    }

    func testTextThatOnlyLooksLikeAnIdIsKept() {
        let svg = ##"<text>glyph12 clip3</text><path d="M 1 2"/><g id="glyph"/>"##
        XCTAssertEqual(normalised(svg), svg)
    }
}
