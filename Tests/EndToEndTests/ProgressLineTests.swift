import XCTest
import TestSupport
@testable import huizong

/// The progress line (issue 19): never backwards, at most ten redraws a second, only on a
/// terminal that can take it.
final class ProgressLineTests: XCTestCase {
    /// A line whose clock the test moves by hand (no sleeping, no timing).
    final class Recorder: @unchecked Sendable {
        var now = 0.0
        var written: [String] = []
        func line(_ style: ProgressLine.Style) -> ProgressLine {
            ProgressLine(style: style, clock: { self.now }, emit: { self.written.append($0) })
        }
    }

    func testCountsNeverGoBackwardsAndRedrawsAreThrottled() {
        let r = Recorder()
        let line = r.line(.ansi)
        // Workers finish out of order, many within one tenth of a second.
        for done in [1, 3, 2, 5, 4, 6] { line.update(done: done, total: 100) { "reading \($0)/\($1)" } }
        XCTAssertEqual(r.written, ["\r\u{1B}[Kreading 1/100"], "one redraw in the first tenth of a second")
        r.now = 0.15
        line.update(done: 4, total: 100) { "reading \($0)/\($1)" }
        XCTAssertEqual(r.written.count, 1, "a lower count is never drawn")
        line.update(done: 7, total: 100) { "reading \($0)/\($1)" }
        XCTAssertEqual(r.written.last, "\r\u{1B}[Kreading 7/100")
        line.update(done: 100, total: 100) { "reading \($0)/\($1)" }
        XCTAssertEqual(r.written.last, "\r\u{1B}[Kreading 100/100", "the last count is always drawn")
        line.end()
        XCTAssertEqual(r.written.last, "\r\u{1B}[K")
    }

    func testNoColorDrawsWithoutEscapeSequences() {
        let r = Recorder()
        let line = r.line(.plain)
        line.update(done: 10, total: 100) { "reading \($0)/\($1) documents" }
        r.now = 1
        line.update(done: 100, total: 100) { _, _ in "done" }
        line.end()
        XCTAssertFalse(r.written.joined().contains("\u{1B}"), "\(r.written)")
        XCTAssertTrue(r.written[1].hasPrefix("\rdone "), "the longer line before is blanked: \(r.written)")
    }

    func testTheLineIsShownOnlyOnATerminalThatTakesIt() {
        typealias S = ProgressLine.Style
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "xterm"], interactive: true, quiet: false), S.ansi)
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "xterm", "NO_COLOR": "1"], interactive: true, quiet: false), S.plain)
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "dumb"], interactive: true, quiet: false), S.off)
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "xterm", "CI": "true"], interactive: true, quiet: false), S.off)
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "xterm"], interactive: false, quiet: false), S.off)
        XCTAssertEqual(ProgressLine.style(environment: ["TERM": "xterm"], interactive: true, quiet: true), S.off)
        let r = Recorder()
        r.line(.off).update(done: 1, total: 1) { _, _ in "x" }
        XCTAssertEqual(r.written, [])
    }

    /// On a real terminal (script(1) gives the run one) with TERM=dumb, not one escape sequence.
    func testDumbTerminalGetsNoEscapeSequence() throws {
        let command = "'\(CommandRunner.huizong.path)' facts seeds >/dev/null"
        let dumb = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["-u", "CI", "TERM=dumb", "script", "-qec", command, "/dev/null"])
        try XCTSkipIf(dumb.status == 127, "script(1) is not installed")
        XCTAssertEqual(dumb.status, 0, dumb.stderr)
        XCTAssertFalse(dumb.stdout.contains("\u{1B}"), dumb.stdout)
        let xterm = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["-u", "CI", "TERM=xterm", "script", "-qec", command, "/dev/null"])
        XCTAssertTrue(xterm.stdout.contains("reading"), "the progress line is shown on a capable terminal: \(xterm.stdout)")
    }
}
