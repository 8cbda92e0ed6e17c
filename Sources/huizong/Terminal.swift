import Foundation
import HuizongPipeline

/// Messages to stderr, with any control characters from article text made visible so a file name
/// or quote can never move the cursor or recolour the terminal.
struct Terminal {
    var quiet = false
    var verbose = false

    /// Whether stderr is an interactive terminal outside CI (progress lines only then).
    static var isInteractive: Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("huizong: " + sanitised(message) + "\n").utf8))
    }

    func warn(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data(("warning: " + Self.sanitised(message) + "\n").utf8))
    }

    func info(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((Self.sanitised(message) + "\n").utf8))
    }

    func detail(_ message: String) {
        guard verbose, !quiet else { return }
        FileHandle.standardError.write(Data((Self.sanitised(message) + "\n").utf8))
    }

    /// A progress line redrawn in place, on an interactive terminal only.
    func progress(_ line: String) {
        guard !quiet, Self.isInteractive else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.sanitised(line)).utf8))
    }

    func endProgress() {
        guard !quiet, Self.isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Control characters (ESC, BEL, CR…) shown as `\u{…}`.
    static func sanitised(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value) {
                out += "\\u{\(String(u.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
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
