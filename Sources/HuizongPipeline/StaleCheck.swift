import Foundation

/// Compares what a build would write with what a folder holds (`huizong check`).
public enum StaleCheck {
    /// One line per difference: `missing: x`, `extra: x`, `differs: x`; empty when up to date.
    public static func differences(expected: StagedOutput, in directory: URL) -> [String] {
        var lines: [String] = []
        let present = Set(listFiles(directory))
        for path in expected.paths {
            guard present.contains(path) else {
                lines.append("missing: \(path)")
                continue
            }
            if !sameBytes(expected.folder.appendingPathComponent(path), directory.appendingPathComponent(path)) {
                lines.append("differs: \(path)")
            }
        }
        let expectedPaths = Set(expected.paths)
        for path in present.sorted() where !expectedPaths.contains(path) {
            lines.append("extra: \(path)")
        }
        return lines
    }

    /// Whether two files hold the same bytes, compared a megabyte at a time.
    static func sameBytes(_ a: URL, _ b: URL) -> Bool {
        guard let ha = try? FileHandle(forReadingFrom: a), let hb = try? FileHandle(forReadingFrom: b) else { return false }
        defer { try? ha.close(); try? hb.close() }
        while true {
            let x = (try? ha.read(upToCount: 1 << 20)) ?? nil, y = (try? hb.read(upToCount: 1 << 20)) ?? nil
            if x != y { return false }
            if x == nil || x!.isEmpty { return true }
        }
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
