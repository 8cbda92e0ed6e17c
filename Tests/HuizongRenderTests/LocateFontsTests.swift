import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class LocateFontsTests: XCTestCase {
    func testPackageFontsAreFoundFromAnywhere() {
        let found = FontLibrary.locateDirectory(environment: [:], currentDirectory: "/")
        XCTAssertEqual(found?.standardizedFileURL.path, ProjectPaths.fonts.standardizedFileURL.path)
    }

    func testEnvironmentVariableComesFirst() {
        let candidates = FontLibrary.candidateDirectories(environment: ["HUIZONG_FONTS": "/opt/fonts"],
                                                          currentDirectory: "/tmp")
        XCTAssertEqual(candidates.first?.path, "/opt/fonts")
        XCTAssertEqual(candidates[1].path, "/tmp/Fonts")
    }
}
