import Foundation

/// Walks input paths for `InputCollector`: files as given, folders recursively, symlinks followed
/// once (a link back into a folder already on the current path is a loop and is reported).
enum InputWalker {
    static let acceptedExtensions: Set<String> = ["txt", "md"]

    static func collect(_ inputs: [String]) -> (files: [InputFile], skipped: [String], diagnostics: [TextDiagnostic]) {
        var files: [InputFile] = []
        var skipped: [String] = []
        var diagnostics: [TextDiagnostic] = []
        let fm = FileManager.default
        for input in inputs {
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
