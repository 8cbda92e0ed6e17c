import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class ConcurrencyTests: XCTestCase {
    /// One renderer per thread sharing one font library gives the bytes of a single-threaded run.
    func testRenderersOnSeveralThreadsShareOneLibrary() throws {
        let library = try FontLibrary(directory: ProjectPaths.fonts)
        @Sendable func charts(_ renderer: Renderer) throws -> [UInt8] {
            let page = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 480)
            return try renderer.png(page, scale: 1) + renderer.svg(page)
        }
        let expected = try charts(Renderer(fonts: library))
        let results = ResultBox(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            results.set(index, try? charts(Renderer(fonts: library)))
        }
        for index in 0..<4 { XCTAssertTrue(results.get(index) == expected, "thread \(index) differs") }
    }
}

/// Results written by concurrent iterations, each to its own slot.

final class ResultBox: @unchecked Sendable {
    private var values: [[UInt8]?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: [UInt8]?) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return values[index] }
}
