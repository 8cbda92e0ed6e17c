import Foundation

/// Every file a build writes, by path relative to the output folder, held in memory until the run
/// has fully succeeded: then they are written aside and swapped in, and `check` compares them.
public struct OutputSet: Sendable, Equatable {
    /// Sorted by path.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []

    public init() {}

    /// Adds or replaces a file. `path` must be relative and stay inside the folder.
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        precondition(Self.isSafe(path), "output path escapes the output folder: \(path)")
        files.removeAll { $0.path == path }
        files.append((path, bytes))
        files.sort { $0.path < $1.path }
    }

    /// The bytes of one file.
    public subscript(path: String) -> [UInt8]? { files.first { $0.path == path }?.bytes }

    /// A relative path with no `..`, no absolute start and no empty parts.
    public static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    public static func == (a: OutputSet, b: OutputSet) -> Bool {
        a.files.map(\.path) == b.files.map(\.path) && a.files.map(\.bytes) == b.files.map(\.bytes)
    }
}

/// Writes an `OutputSet` so that a failed or interrupted run leaves the previous folder as it was:
/// everything goes to a temporary folder beside the target, which is renamed into place at the end.
public enum OutputWriter {
    public static func write(_ set: OutputSet, to directory: URL) throws {
        let fm = FileManager.default
        let target = directory.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(pid)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        try? fm.removeItem(at: staging)
        TemporaryFolders.register(staging)
        defer { TemporaryFolders.unregister(staging) }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in set.files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            if fm.fileExists(atPath: target.path) {
                TemporaryFolders.registerSwap(retired: retired, target: target)
                defer { TemporaryFolders.unregisterSwap() }
                try fm.moveItem(at: target, to: retired)
                do {
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    try? fm.moveItem(at: retired, to: target)
                    throw error
                }
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }
}

/// Temporary folders to remove if the process is interrupted (SIGINT/SIGTERM) mid-write, and the
/// one moment of the swap when the previous output sits aside and must be put back.
public enum TemporaryFolders {
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var swap: (retired: URL, target: URL)?
    private static let lock = NSLock()

    static func register(_ url: URL) { lock.lock(); paths.insert(url.path); lock.unlock() }
    static func unregister(_ url: URL) { lock.lock(); paths.remove(url.path); lock.unlock() }
    static func registerSwap(retired: URL, target: URL) { lock.lock(); swap = (retired, target); lock.unlock() }
    static func unregisterSwap() { lock.lock(); swap = nil; lock.unlock() }

    /// Removes every registered folder and, if interrupted mid-swap, puts the previous output
    /// back; called from the interrupt handler just before the process exits.
    public static func removeAll() {
        lock.lock(); let all = paths; let pending = swap; lock.unlock()
        let fm = FileManager.default
        if let pending, fm.fileExists(atPath: pending.retired.path) {
            if fm.fileExists(atPath: pending.target.path) {
                try? fm.removeItem(at: pending.target)
            }
            try? fm.moveItem(at: pending.retired, to: pending.target)
        }
        for p in all { try? fm.removeItem(atPath: p) }
    }
}
