import Foundation
import HuizongLayout
import HuizongRender

/// The brief's chart files (`charts/<metric>.png` and `.svg`), handed out one chart at a time to
/// whichever thread asks: a second thread starts on them while the first lays out and draws the
/// PDF, and the first takes what is left once the PDF is done, so neither waits for the other
/// while charts remain. Each thread draws with a renderer of its own (Pango objects are per
/// thread); a chart's bytes do not depend on which thread drew it.
final class ChartFiles: @unchecked Sendable {
    private let charts: [BarChart]
    private let outputs: StagedOutput
    private let scale: Double
    private var next = 0
    private var failures: [Int: Error] = [:]
    private let lock = NSLock()

    init(_ charts: [BarChart], into outputs: StagedOutput, scale: Double) {
        self.charts = charts; self.outputs = outputs; self.scale = scale
    }

    /// Draws and writes charts until none is left.
    func draw(with renderer: Renderer, layout: BriefLayout) {
        while let index = take() {
            let chart = charts[index]
            do {
                let page = layout.chartPage(chart, width: BriefBuild.chartWidth)
                try outputs.write("charts/\(chart.id).png", try renderer.png(page, scale: scale))
                try outputs.write("charts/\(chart.id).svg", try renderer.svg(page))
            } catch {
                lock.lock(); failures[index] = error; lock.unlock()
            }
        }
    }

    /// Throws the error of the first chart (in the brief's order) that failed, if any.
    func check() throws {
        lock.lock(); defer { lock.unlock() }
        if let first = failures.keys.min() { throw failures[first]! }
    }

    private func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < charts.count else { return nil }
        defer { next += 1 }
        return next
    }
}
