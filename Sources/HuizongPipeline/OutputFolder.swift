import Foundation

/// Why an output folder may not be replaced: the folder as the user named it, and the reason.
public struct OutputRefusal: Error, CustomStringConvertible, Sendable {
    public var folder: String
    public var reason: String
    public var description: String { "\(folder): \(reason); nothing was written" }
}

/// What `build` may replace. A build swaps its output folder wholesale, so the folder must hold
/// nothing but what Huizong wrote: a slip such as `-o .`, `-o ~`, `-o seeds` or `-o notes.txt`
/// once replaced the working folder, the home folder, the articles or a file with a brief.
public enum OutputFolder {
    /// Throws, naming `target` and the reason, unless `target` is absent, an empty folder, or a
    /// previous Huizong output. `inputs` (articles, config, fonts) must not be or lie inside it, and
    /// it must not be the working folder or one of its ancestors.
    public static func checkReplaceable(_ target: URL, named name: String, inputs: [URL],
                                        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws {
        let fm = FileManager.default
        let path = resolved(target)
        func refuse(_ reason: String) -> OutputRefusal { OutputRefusal(folder: name, reason: reason) }

        if isAncestor(path, of: resolved(workingDirectory)) {
            throw refuse("is the working folder or holds it; name a folder of its own, such as reports")
        }
        for input in inputs where isAncestor(path, of: resolved(input)) {
            throw refuse("is or holds the input \(input.path); name a folder apart from the inputs")
        }
        var info = stat()
        guard lstat(target.path, &info) == 0 else { return }   // absent: made fresh
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw refuse("is a symbolic link; name the folder itself")
        default: throw refuse("is a file, not a folder; Huizong writes a folder of files")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
        if entries.isEmpty { return }
        if let stranger = strangerInPreviousOutput(target) {
            throw refuse(stranger)
        }
    }

    /// Why `folder` is not a previous Huizong output (its manifest.json names every file and
    /// it holds nothing else), or nil when it is one.
    static func strangerInPreviousOutput(_ folder: URL) -> String? {
        let manifest = folder.appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifest.path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["tool"] as? String == "huizong", let outputs = object["outputs"] as? [String] else {
            return "is not empty and is not a previous Huizong output (no Huizong manifest.json); "
                + "name an empty or new folder"
        }
        let listed = Set(outputs + ["manifest.json"])
        let folders = Set(listed.flatMap { path in
            let parts = path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...($0)].joined(separator: "/") }
        })
        for (relative, kind) in contents(of: folder) {
            let known = kind == S_IFDIR ? folders.contains(relative) : kind == S_IFREG && listed.contains(relative)
            if !known {
                return "holds \(relative), which Huizong did not write; move it away or name another folder"
            }
        }
        return nil
    }

    /// Whether every entry under `folder` is a regular file or folder named like one Huizong
    /// writes (the test for leftovers of a killed run, which may not have its manifest yet).
    static func holdsOnlyOutputNames(_ folder: URL) -> Bool {
        contents(of: folder).allSatisfy { relative, kind in
            if kind == S_IFDIR { return relative == "charts" }
            guard kind == S_IFREG else { return false }
            if ["brief.pdf", "facts.csv", "facts.jsonl", "totals.csv", "totals.json", "totals.xlsx", "manifest.json"].contains(relative) {
                return true
            }
            let parts = relative.split(separator: "/")
            return parts.count == 2 && parts[0] == "charts" && (parts[1].hasSuffix(".png") || parts[1].hasSuffix(".svg"))
        }
    }

    /// Relative path and file type (S_IFDIR, S_IFREG, S_IFLNK…) of everything under `folder`,
    /// links not followed.
    static func contents(of folder: URL) -> [(String, mode_t)] {
        var found: [(String, mode_t)] = []
        func walk(_ relative: String) {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder.appendingPathComponent(child).path, &info) == 0 else { continue }
                let kind = info.st_mode & S_IFMT
                found.append((child, kind))
                if kind == S_IFDIR && found.count < 100_000 { walk(child) }
            }
        }
        walk("")
        return found
    }

    /// `url` made absolute with its symbolic links resolved (as far as it exists), for comparisons.
    static func resolved(_ url: URL) -> String {
        let absolute = url.standardizedFileURL.path
        var existing = absolute, rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing) && existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        var real = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let base = realpath(existing, &real) != nil ? String(cString: real) : existing
        return rest.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
    }

    /// Whether `folder` is `path` or one of its ancestors (both resolved, absolute).
    static func isAncestor(_ folder: String, of path: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
