import Foundation

/// The "reading 45/500 documents" line on an interactive terminal. Workers report out of order
/// and all at once, so the line keeps the highest count seen (it never goes backwards) and is
/// redrawn at most ten times a second (plus once at the end), not once per document.
final class ProgressLine: @unchecked Sendable {
    /// How the line is drawn: not at all (not a terminal, CI, TERM=dumb, --quiet), with a carriage
    /// return and spaces (NO_COLOR: no escape sequence at all), or with ESC[K to clear the line.
    enum Style: Equatable { case off, plain, ansi }

    static func style(environment: [String: String], interactive: Bool, quiet: Bool) -> Style {
        guard interactive, !quiet, environment["CI"] == nil, environment["TERM"] != "dumb" else { return .off }
        return environment["NO_COLOR"].map { _ in .plain } ?? .ansi
    }

    let style: Style
    let interval: Double
    private let clock: () -> Double
    private let emit: (String) -> Void
    private let lock = NSLock()
    private var shown = 0
    private var lastDraw = -Double.infinity
    private var width = 0

    init(style: Style, interval: Double = 0.1, clock: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime },
         emit: @escaping (String) -> Void = Terminal.emit) {
        self.style = style
        self.interval = interval
        self.clock = clock
        self.emit = emit
    }

    /// `done` of `total` finished; `text` makes the line (only called when it is drawn).
    func update(done: Int, total: Int, text: (Int, Int) -> String) {
        guard style != .off else { return }
        lock.lock(); defer { lock.unlock() }
        guard done > shown else { return }
        shown = done
        let now = clock()
        guard done == total || now - lastDraw >= interval else { return }
        lastDraw = now
        draw(Terminal.sanitised(text(done, total)))
    }

    /// Clears the line (once something was drawn).
    func end() {
        guard style != .off else { return }
        lock.lock(); defer { lock.unlock() }
        guard width > 0 else { return }
        draw("")
    }

    private func draw(_ line: String) {
        switch style {
        case .off: return
        case .ansi: emit("\r\u{1B}[K" + line)
        case .plain:
            // Spaces over what the longer previous line left, then back to the line's end.
            let pad = max(0, width - line.count)
            emit("\r" + line + String(repeating: " ", count: pad) + String(repeating: "\u{8}", count: pad))
        }
        width = line.count
    }
}
