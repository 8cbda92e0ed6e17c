import Foundation

/// Compares what a build would write with what a folder holds (`huizong check`).
public enum StaleCheck {
    /// One line per difference: `missing: x`, `extra: x`, `differs: x`; empty when up to date.
    public static func differences(expected: OutputSet, in directory: URL) -> [String] {
        var lines: [String] = []
        let present = Set(listFiles(directory))
        for file in expected.files {
            let url = directory.appendingPathComponent(file.path)
            guard present.contains(file.path), let data = FileManager.default.contents(atPath: url.path) else {
                lines.append("missing: \(file.path)")
                continue
            }
            if [UInt8](data) != file.bytes { lines.append("differs: \(file.path)") }
        }
        let expectedPaths = Set(expected.files.map(\.path))
        for path in present.sorted() where !expectedPaths.contains(path) {
            lines.append("extra: \(path)")
        }
        return lines
    }

    /// Relative paths of all regular files under `directory`, sorted.
    static func listFiles(_ directory: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        let base = directory.standardizedFileURL.path
        var out: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            out.append(String(full.dropFirst(base.count + 1)))
        }
        return out.sorted()
    }
}
