import Foundation

/// Runs saved inputs through a fuzz target's check without libFuzzer: the plain (`swift build`)
/// form of the fuzz executables, for replaying a corpus or a crash file under the debugger.
public enum Replay {
    /// Feeds every file named in `arguments` (folders: every file inside, sorted) to `body`,
    /// printing how many were run. No arguments: prints how to use the tool.
    public static func run(_ arguments: [String], tool: String, _ body: ([UInt8]) -> Void) {
        guard !arguments.isEmpty else {
            print("usage: \(tool) FILE|FOLDER ... (replays inputs; build with -sanitize=fuzzer -DFUZZING to fuzz, see Fuzz/README.md)")
            return
        }
        var count = 0
        let fm = FileManager.default
        for arg in arguments {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("\(tool): no such file: \(arg)\n".utf8)); continue
            }
            let paths = isDir.boolValue
                ? ((try? fm.contentsOfDirectory(atPath: arg)) ?? []).sorted().map { arg + "/" + $0 }
                : [arg]
            for path in paths {
                guard let data = fm.contents(atPath: path) else { continue }
                body([UInt8](data)); count += 1
            }
        }
        print("\(tool): \(count) input(s) replayed without a failure")
    }
}
