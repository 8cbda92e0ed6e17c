import Foundation
import HuizongPipeline
import HuizongPlaces

/// What `huizong --version` prints: the version (HuizongVersion, the one place it is set) and the
/// git commit it was built from when that is known. Outputs never carry the commit (only
/// manifest.json's version), so a brief stays byte-identical across commits that do not change it.
enum VersionLine {
    static var text: String {
        "huizong \(HuizongVersion.number)" + (commit.map { " (commit \($0))" } ?? "")
    }

    /// An installed copy: the commit scripts/install wrote to share/huizong/commit. A binary inside
    /// a checkout's `.build/`: that checkout's HEAD (with `-dirty` when tracked files were edited),
    /// asked of git only here, never during a build.
    static var commit: String? {
        if let url = InstalledData.file("commit"),
           let text = try? String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           !text.isEmpty {
            return text
        }
        guard let root = checkoutRoot else { return nil }
        guard let head = git(["rev-parse", "--short=12", "HEAD"], in: root), !head.isEmpty else { return nil }
        let dirty = git(["status", "--porcelain", "--untracked-files=no"], in: root).map { !$0.isEmpty } ?? false
        return head + (dirty ? "-dirty" : "")
    }

    /// The package folder when the executable sits somewhere under its `.build/`.
    static var checkoutRoot: URL? {
        guard let directory = InstalledData.executableDirectory else { return nil }
        let parts = directory.pathComponents
        guard let build = parts.lastIndex(of: ".build") else { return nil }
        let root = URL(fileURLWithPath: NSString.path(withComponents: Array(parts[..<build])))
        let fm = FileManager.default
        guard fm.fileExists(atPath: root.appendingPathComponent("Package.swift").path),
              fm.fileExists(atPath: root.appendingPathComponent(".git").path) else { return nil }
        return root
    }

    /// git's trimmed standard output, or nil when git is missing or fails.
    static func git(_ arguments: [String], in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
