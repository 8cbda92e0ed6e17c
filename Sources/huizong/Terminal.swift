import Foundation
import HuizongPipeline
import HuizongText

/// Messages to stderr, with any control characters from article text made visible so a file name
/// or quote can never move the cursor or recolour the terminal.
struct Terminal {
    var quiet = false
    var verbose = false

    static func error(_ message: String) {
        emit("huizong: " + sanitised(message) + "\n")
    }

    func warn(_ message: String) {
        guard !quiet else { return }
        Self.emit("warning: " + Self.sanitised(message) + "\n")
    }

    func info(_ message: String) {
        guard !quiet else { return }
        Self.emit(Self.sanitised(message) + "\n")
    }

    func detail(_ message: String) {
        guard verbose, !quiet else { return }
        Self.emit(Self.sanitised(message) + "\n")
    }

    /// Several lines, each made safe on its own (a report, not article text, decides where lines end).
    static func report(_ lines: [String]) {
        emit(lines.map { sanitised($0) + "\n" }.joined())
    }

    /// Control characters (ESC, BEL, CR, newline…), bidi overrides and line separators shown as `\u{…}`.
    static func sanitised(_ s: String) -> String { VisibleText.escaped(s) }

    /// Writes to stderr, ignoring failure: a closed pipe (`huizong build 2>&1 | head`) must never
    /// fail or kill a build (SIGPIPE is ignored, see `Huizong.main`), and there is nowhere else to say so.
    static func emit(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }
}

/// SIGINT/SIGTERM: remove half-written temporary output folders, then exit (130/143).
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (sig, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                TemporaryFolders.removeAll()
                Terminal.error("interrupted; the output folder was left as it was")
                // _exit, not exit: no atexit handlers, and no chance for the worker threads to
                // recreate what was just removed.
                _exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
