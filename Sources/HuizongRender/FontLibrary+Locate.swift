import Foundation

// Where to look for Fonts/ when the command line names no folder.

extension FontLibrary {
    /// Candidate fonts folders, most specific first: `$HUIZONG_FONTS`, `Fonts/` in the current
    /// directory, `Fonts/` beside the executable or in `../share/huizong/`, and the package's own
    /// `Fonts/` (found from this source file, for `swift run` and tests).
    public static func candidateDirectories(environment: [String: String] = ProcessInfo.processInfo.environment,
                                            currentDirectory: String = FileManager.default.currentDirectoryPath)
        -> [URL] {
        var candidates: [URL] = []
        if let explicit = environment["HUIZONG_FONTS"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: currentDirectory)))
        }
        candidates.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Fonts"))
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("Fonts"))
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("share/huizong/Fonts"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fonts"))
        return candidates.map(\.standardizedFileURL)
    }

    /// The first candidate folder that holds a font file, or nil.
    public static func locateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL? {
        candidateDirectories(environment: environment, currentDirectory: currentDirectory).first { url in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.contains { ["otf", "ttf", "ttc"].contains(($0 as NSString).pathExtension.lowercased()) }
        }
    }
}
