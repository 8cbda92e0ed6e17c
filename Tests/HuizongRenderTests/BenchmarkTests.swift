import Foundation
import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

/// Prints timings when HUIZONG_BENCH is set (run with `swift test -c release`); asserts nothing
/// about time, only that the work succeeded.
final class BenchmarkTests: XCTestCase {
    func testPrintTimingsWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["HUIZONG_BENCH"] != nil else { return }
        let clock = ContinuousClock()
        var renderer: Renderer!
        let setup = try clock.measure { renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts)) }
        let content = SampleBrief.content(sections: 40)
        var pages: [Page] = []
        let layoutTime = clock.measure { pages = BriefLayout(measurer: renderer.measurer).layout(content) }
        var pdf: [UInt8] = []
        let pdfTime = try clock.measure {
            pdf = try renderer.pdf(pages, metadata: PDFMetadata(title: content.title))
        }
        if ProcessInfo.processInfo.environment["HUIZONG_BENCH"] == "layout" {
            for _ in 0..<10 { _ = BriefLayout(measurer: renderer.measurer).layout(content) }
            return
        }
        if ProcessInfo.processInfo.environment["HUIZONG_BENCH"] == "pdf" {
            let start = cpuSeconds()
            for _ in 0..<4 { _ = try renderer.pdf(pages, metadata: PDFMetadata(title: content.title)) }
            print("BENCH pdf cpu \(Double(pages.count * 4) / (cpuSeconds() - start)) pages/s")
            let layoutStart = cpuSeconds()
            for _ in 0..<4 { _ = BriefLayout(measurer: renderer.measurer).layout(content) }
            print("BENCH layout cpu \(Double(pages.count * 4) / (cpuSeconds() - layoutStart)) pages/s")
            return
        }
        if ProcessInfo.processInfo.environment["HUIZONG_BENCH"] == "png" {
            let chart = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 560)
            let start = cpuSeconds()
            for _ in 0..<100 { _ = try renderer.png(chart) }
            print("BENCH png cpu \((cpuSeconds() - start) * 10) ms each")
            return
        }
        let chart = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 560)
        _ = try renderer.png(chart)
        var png: [UInt8] = []
        let pngTime = try clock.measure { for _ in 0..<20 { png = try renderer.png(chart) } }
        let svgTime = try clock.measure { for _ in 0..<20 { _ = try renderer.svg(chart) } }
        print("""
        BENCH setup \(setup)
        BENCH layout \(pages.count) pages \(layoutTime) -> \(Double(pages.count) / layoutTime.seconds) pages/s
        BENCH pdf \(pages.count) pages \(pdfTime) -> \(Double(pages.count) / pdfTime.seconds) pages/s, \(pdf.count) bytes
        BENCH layout+pdf \(Double(pages.count) / (layoutTime + pdfTime).seconds) pages/s
        BENCH chart png \(pngTime / 20) each, \(png.count) bytes; svg \(svgTime / 20) each
        """)
        XCTAssertFalse(pdf.isEmpty)
    }
}

/// CPU time of this thread, unaffected by other processes on the machine.
func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
