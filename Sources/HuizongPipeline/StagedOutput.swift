import Foundation
import HuizongTotals

/// The files of one build, written into a staging folder as they are made, so nothing large is
/// held in memory; files may be written from several threads at once (each file from one). Only
/// when every file is written is the folder swapped in for the target (`commit`), so a failed or
/// interrupted run leaves the previous output exactly as it was; `check` builds into a staging
/// folder in the temporary directory and compares instead.
public final class StagedOutput: @unchecked Sendable {
    /// The staging folder.
    public let folder: URL
    /// Relative paths written so far, sorted.
    public var paths: [String] { lock.lock(); defer { lock.unlock() }; return written.sorted() }
    private var written: [String] = []
    private let lock = NSLock()
    private var committed = false

    /// A staging folder beside `target` (same file system, so the swap is a rename).
    public convenience init(beside target: URL) throws {
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        try self.init(folder: parent.appendingPathComponent(".\(target.lastPathComponent).new-\(pid)"))
    }

    /// A staging folder in the temporary directory (for `check`, which never commits).
    public convenience init() throws {
        try self.init(folder: FileManager.default.temporaryDirectory
            .appendingPathComponent("huizong-check-\(ProcessInfo.processInfo.processIdentifier)"))
    }

    private init(folder: URL) throws {
        self.folder = folder
        // A folder under this name is a leftover of an earlier process with the same PID, unless
        // it holds anything Huizong does not write: then it is someone's, and stays.
        if Leftovers.exists(folder) {
            guard OutputFolder.holdsOnlyOutputNames(folder) else {
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: folder.path,
                    NSLocalizedDescriptionKey: "\(folder.path) exists and holds files Huizong did not write; move it away"])
            }
            try FileManager.default.removeItem(at: folder)
        }
        TemporaryFolders.register(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { if !committed { discard() } }

    /// Writes a whole file. `path` must be relative and stay inside the folder.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        try write(path) { sink in try sink.write(bytes) }
    }

    /// Writes a file piece by piece through a sink.
    public func write(_ path: String, _ body: (ByteSink) throws -> Void) throws {
        precondition(Self.isSafe(path), "output path escapes the output folder: \(path)")
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let sink = try FileSink(url)
        try body(sink)
        try sink.close()
        record(path)
    }

    /// Opens a file to be written piece by piece over a longer time (the facts exports, written
    /// while documents are read); `close()` it when done.
    public func open(_ path: String) throws -> StagedFile {
        precondition(Self.isSafe(path), "output path escapes the output folder: \(path)")
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        record(path)
        return StagedFile(try FileSink(url))
    }

    private func record(_ path: String) { lock.lock(); written.append(path); lock.unlock() }

    /// The bytes of a written file.
    public subscript(path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { [UInt8]($0) }
    }

    /// Swaps the staging folder in for `target`; the previous target is removed only after.
    /// Every file is on disk first (fsync), so a power cut after the swap cannot leave an output
    /// of empty files. Where the kernel can (Linux `renameat2` with `RENAME_EXCHANGE`), the two
    /// folders trade names in one step, so a kill at any moment leaves a whole output under the
    /// target's name; elsewhere the previous output is set aside first (`.NAME.old-PID`), which
    /// the next run puts back should a kill fall between the two renames (`Leftovers`).
    public func commit(to target: URL) throws {
        let fm = FileManager.default
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        Durable.syncFiles(paths.map { folder.appendingPathComponent($0) })
        Durable.syncTree(folder)
        if fm.fileExists(atPath: target.path) {
            if Durable.exchange(folder, target) {
                // The staging name now holds the previous output: removing it is the cleanup.
                committed = true
                Durable.syncFolder(parent)
                discard()
                return
            }
            let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            TemporaryFolders.registerSwap(retired: retired, target: target)
            defer { TemporaryFolders.unregisterSwap() }
            try fm.moveItem(at: target, to: retired)
            do {
                try fm.moveItem(at: folder, to: target)
            } catch {
                try? fm.moveItem(at: retired, to: target)
                throw error
            }
            Durable.syncFolder(parent)
            try? fm.removeItem(at: retired)
        } else {
            try fm.moveItem(at: folder, to: target)
            Durable.syncFolder(parent)
        }
        committed = true
        TemporaryFolders.unregister(folder)
    }

    /// Removes the staging folder.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
        TemporaryFolders.unregister(folder)
    }

    /// A relative path with no `..`, no absolute start and no empty parts.
    public static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}

/// A file of the staging folder being written; a sink for exports.
public final class StagedFile: ByteSink {
    private let file: FileSink
    init(_ file: FileSink) { self.file = file }
    public func write(_ bytes: [UInt8]) throws { try file.write(bytes) }
    public func close() throws { try file.close() }
}

/// A file written through a FileHandle.
final class FileSink: ByteSink {
    private let handle: FileHandle
    init(_ url: URL) throws { handle = try FileHandle(forWritingTo: url) }
    func write(_ bytes: [UInt8]) throws { try handle.write(contentsOf: bytes) }
    /// Closes the file with its writing to disk under way; `commit` makes every file durable
    /// before the swap. (An fsync per file as it closed waited for a journal commit of its own,
    /// about thirty a build; synced together at the end they share one.)
    func close() throws {
        Durable.startWriteback(handle.fileDescriptor)
        try handle.close()
    }
}

/// fsync and the atomic folder exchange, which Foundation does not offer.
enum Durable {
    /// fsyncs `folder` and every folder under it (the entries; `syncFiles` syncs the files).
    static func syncTree(_ folder: URL) {
        for (relative, kind) in OutputFolder.contents(of: folder) where kind == S_IFDIR {
            syncFolder(folder.appendingPathComponent(relative))
        }
        syncFolder(folder)
    }

    /// fsyncs each file (for files closed with their writeback started, mostly a wait for the
    /// one journal commit they share).
    static func syncFiles(_ files: [URL]) {
        for file in files {
            let fd = open(file.path, O_RDONLY)
            guard fd >= 0 else { continue }
            _ = fsync(fd)
            _ = close(fd)
        }
    }

    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    /// glibc's sync_file_range (Linux), looked up at run time: Swift's Glibc module does not declare it.
    nonisolated(unsafe) private static let syncFileRange: SyncFileRange? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileRange.self)
    }()

    /// Starts writing `fd`'s data to disk without waiting for it (a hint; the fsync at commit is
    /// what makes the file durable).
    static func startWriteback(_ fd: Int32) {
        let SYNC_FILE_RANGE_WRITE: UInt32 = 2
        _ = syncFileRange?(fd, 0, 0, SYNC_FILE_RANGE_WRITE)
    }

    /// fsyncs a folder's entries (a rename is durable only once its folder is).
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's renameat2 (2.28+), looked up at run time: Swift's Glibc module does not declare it.
    nonisolated(unsafe) private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Swaps the names of `a` and `b` in one step; false when the system or file system cannot
    /// (then nothing was changed).
    static func exchange(_ a: URL, _ b: URL) -> Bool {
        guard let renameat2 else { return false }
        let RENAME_EXCHANGE: UInt32 = 1 << 1, AT_FDCWD: Int32 = -100
        return renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, RENAME_EXCHANGE) == 0
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
