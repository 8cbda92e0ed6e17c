import XCTest
@testable import HuizongLayout

/// Titles broken into even lines without splitting a word.
final class BalancedLinesTests: XCTestCase {
    let measurer = FixedWidthMeasurer()
    let font = FontSpec(size: 10)

    func testAnEvenBreakInsideAWordMovesToThePunctuation() {
        // Every character is 10 points wide: at 140 the title takes 2 lines (14 + 1 characters);
        // the evenest split (8 / 7) would fall between 实 and 践.
        let lines = measurer.balancedLines(of: "“为民办实事”实践活动数据简报", font: font, width: 140)
        XCTAssertEqual(lines.map(\.text), ["“为民办实事”", "实践活动数据简报"])
    }

    func testATitleWithoutPunctuationKeepsItsEvenestLines() {
        let lines = measurer.balancedLines(of: "为群众办实事实践活动数据简报", font: font, width: 130)
        XCTAssertEqual(lines.map(\.text), ["为群众办实事实", "践活动数据简报"])
    }

    func testLatinTextIsLeftToItsSpaces() {
        let lines = measurer.balancedLines(of: "Campaign figures brief", font: font, width: 90)
        XCTAssertTrue(LineBreaks.betweenWords(lines))
    }
}
