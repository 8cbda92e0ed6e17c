import Foundation

/// Walks input paths for `InputCollector`: files as given, folders recursively, symlinks followed
/// once (a link back into a folder already on the current path is a loop and is reported).
enum InputWalker {
    /// Plain text, and the formats `HuizongFormats` turns into text (.doc/.wps/.rtf only through
    /// LibreOffice; without it each gets a warning saying how to convert it).
    static let acceptedExtensions: Set<String> = [
        "txt", "md", "docx", "docm", "odt", "html", "htm", "pdf", "doc", "wps", "rtf",
    ]

    static func collect(_ inputs: [String]) -> (files: [InputFile], skipped: [String], diagnostics: [TextDiagnostic]) {
        var files: [InputFile] = []
        var skipped: [String] = []
        var diagnostics: [TextDiagnostic] = []
        let fm = FileManager.default
        // Where each input's files start in `files`, to tell apart equal names from different inputs.
        var origins: [(input: String, count: Int)] = []
        for input in inputs {
            defer { origins.append((input, files.count - origins.reduce(0) { $0 + $1.count })) }
            if input == StandardInput.name {
                if let url = StandardInput.spooled { files.append(InputFile(url: url, relativePath: StandardInput.name)) }
                else { diagnostics.append(TextDiagnostic(path: input, message: "standard input was not read")) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                diagnostics.append(TextDiagnostic(path: input, message: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: input)
            if isDirectory.boolValue {
                var found: [InputFile] = []
                let root = url.resolvingSymlinksInPath().standardizedFileURL.path
                walk(folder: url, relative: "", ancestors: [root], files: &found, skipped: &skipped, diagnostics: &diagnostics)
                files.append(contentsOf: found.sorted { $0.relativePath < $1.relativePath })
            } else {
                let name = url.lastPathComponent
                if accepted(name) {
                    if fm.isReadableFile(atPath: input) { files.append(InputFile(url: url, relativePath: name)) }
                    else { diagnostics.append(TextDiagnostic(path: input, message: "file is not readable")) }
                } else {
                    skipped.append(input)
                }
            }
        }
        files = distinctPaths(files, origins: origins)
        // The same file reached twice (a folder and a file inside it, or two links) is read once.
        var seen = Set<String>()
        var unique: [InputFile] = []
        for file in files {
            let real = file.url.resolvingSymlinksInPath().standardizedFileURL.path
            if seen.insert(real).inserted { unique.append(file) }
            else { diagnostics.append(TextDiagnostic(path: file.relativePath, message: "listed more than once; read once")) }
        }
        return (unique, skipped, diagnostics)
    }

    /// Two different files reported under the same path (`a/报告.txt` and `b/报告.txt` given as
    /// inputs `a` and `b`) get the folder names of their inputs in front, as many as it takes to tell
    /// them apart; never an absolute path. The same file reached twice keeps its path (it is read once).
    static func distinctPaths(_ files: [InputFile], origins: [(input: String, count: Int)]) -> [InputFile] {
        var inputOf: [String] = []
        for origin in origins { inputOf += Array(repeating: origin.input, count: origin.count) }
        guard inputOf.count == files.count else { return files }
        var byPath: [String: [Int]] = [:]
        for (i, f) in files.enumerated() { byPath[f.relativePath, default: []].append(i) }
        var out = files
        for (_, indices) in byPath where indices.count > 1 {
            let reals = Set(indices.map { files[$0].url.resolvingSymlinksInPath().standardizedFileURL.path })
            guard reals.count > 1 else { continue }
            // Components of each input (for a file given directly: its folder), nearest first.
            let parts: [[String]] = indices.map { i in
                var url = URL(fileURLWithPath: inputOf[i]).standardizedFileURL
                if files[i].relativePath == url.lastPathComponent, !isFolder(url.path) { url.deleteLastPathComponent() }
                return url.pathComponents.filter { $0 != "/" }.reversed()
            }
            var depth = 1
            let most = parts.map(\.count).max() ?? 0
            while depth < most {
                let prefixes = parts.map { Array($0.prefix(depth)) }
                if Set(prefixes).count == prefixes.count { break }
                depth += 1
            }
            for (k, i) in indices.enumerated() {
                let prefix = parts[k].prefix(depth).reversed().joined(separator: "/")
                if !prefix.isEmpty { out[i].relativePath = prefix + "/" + files[i].relativePath }
            }
        }
        return out
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func accepted(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return acceptedExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func walk(folder: URL, relative: String, ancestors: Set<String>, files: inout [InputFile],
                             skipped: inout [String], diagnostics: inout [TextDiagnostic]) {
        let fm = FileManager.default
        let shown = relative.isEmpty ? folder.path : relative
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            diagnostics.append(TextDiagnostic(path: shown, message: "folder is not readable"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = folder.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: child.path, isDirectory: &isDirectory) else {
                diagnostics.append(TextDiagnostic(path: rel, message: "broken symbolic link or vanished file"))
                continue
            }
            if isDirectory.boolValue {
                let real = child.resolvingSymlinksInPath().standardizedFileURL.path
                if ancestors.contains(real) {
                    diagnostics.append(TextDiagnostic(path: rel, message: "symbolic link loop, not followed"))
                    continue
                }
                walk(folder: child, relative: rel, ancestors: ancestors.union([real]), files: &files,
                     skipped: &skipped, diagnostics: &diagnostics)
            } else if accepted(name) {
                if fm.isReadableFile(atPath: child.path) { files.append(InputFile(url: child, relativePath: rel)) }
                else { diagnostics.append(TextDiagnostic(path: rel, message: "file is not readable")) }
            } else {
                skipped.append(rel)
            }
        }
    }
}
