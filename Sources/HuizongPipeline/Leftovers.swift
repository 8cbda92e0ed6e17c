import Foundation

/// Folders a killed Huizong run leaves beside its output (`.NAME.new-PID`, the staging folder;
/// `.NAME.old-PID`, a previous output set aside during the swap) or in the temporary folder
/// (`huizong-check-PID`). SIGKILL, a crash or a power cut gives no chance to clean up, so the
/// next run does it: only folders whose process is gone and that hold nothing but files named
/// like Huizong's outputs are touched.
public enum Leftovers {
    /// What a sweep did, for the user: one line per folder removed or put back.
    public struct Report: Sendable, Equatable {
        public var removed: [String] = []
        public var restored: [String] = []
    }

    /// Sweeps beside `target`: puts a previous output set aside by a killed run back under
    /// `target` when nothing is there, and removes the other leftovers.
    @discardableResult
    public static func sweep(beside target: URL) -> Report {
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        var report = Report()
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        var leftovers: [(url: URL, isOld: Bool)] = []
        for entry in entries {
            for (marker, isOld) in [(".new-", false), (".old-", true)] {
                guard let pid = Self.pid(in: entry, prefix: "." + name + marker), !isRunning(pid) else { continue }
                leftovers.append((parent.appendingPathComponent(entry), isOld))
            }
        }
        // A previous output set aside (or, with the atomic exchange, sitting in the staging name)
        // comes back first when the output name is empty: a kill mid-swap loses nothing.
        if !exists(target) {
            let complete = leftovers.filter { OutputFolder.strangerInPreviousOutput($0.url) == nil }
            if let back = complete.first(where: \.isOld) ?? complete.first,
               (try? FileManager.default.moveItem(at: back.url, to: target)) != nil {
                report.restored.append(back.url.lastPathComponent)
                leftovers.removeAll { $0.url == back.url }
            }
        }
        for leftover in leftovers where OutputFolder.holdsOnlyOutputNames(leftover.url) {
            if (try? FileManager.default.removeItem(at: leftover.url)) != nil {
                report.removed.append(leftover.url.lastPathComponent)
            }
        }
        return report
    }

    /// Removes `huizong-check-PID` folders of finished `check` runs from the temporary folder.
    @discardableResult
    public static func sweepCheckFolders(in folder: URL = FileManager.default.temporaryDirectory) -> Report {
        var report = Report()
        for entry in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
            guard let pid = pid(in: entry, prefix: "huizong-check-"), !isRunning(pid) else { continue }
            let url = folder.appendingPathComponent(entry)
            if OutputFolder.holdsOnlyOutputNames(url), (try? FileManager.default.removeItem(at: url)) != nil {
                report.removed.append(entry)
            }
        }
        return report
    }

    /// The PID ending `entry` after `prefix` (`.reports.new-` + `4711`), nil when it does not match.
    static func pid(in entry: String, prefix: String) -> Int32? {
        guard entry.hasPrefix(prefix) else { return nil }
        let digits = entry.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int32(digits)
    }

    /// Whether process `pid` is alive and could be a Huizong run (this one counts). A PID since
    /// reused by another program is taken as gone when its name can be read and is not Huizong's.
    static func isRunning(_ pid: Int32) -> Bool {
        if pid == ProcessInfo.processInfo.processIdentifier { return true }
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return true }
        let name = comm.lowercased()
        return name.contains("huizong") || name.contains("xctest")
    }

    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}
