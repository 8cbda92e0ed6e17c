import Foundation

/// Bytes appended to an anonymous temporary file and read back by offset, so what a run must
/// keep for every fact costs disk, not memory. The file is unlinked as soon as it is made:
/// nothing is left behind, whatever ends the process. Reads go through `pread`, so the kernel's
/// page cache serves them without counting towards the process's memory.
final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    /// Bytes appended but not yet written to the file.
    private var pending: [UInt8] = []
    private var written: UInt64 = 0
    private let lock = NSLock()
    private static let chunk = 1 << 20

    init(purpose: String) throws {
        let folder = NSTemporaryDirectory()
        var template = Array((folder + "/huizong-\(purpose)-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw SpillFileError.cannotCreate(purpose, folder, String(cString: strerror(errno))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
        pending.reserveCapacity(Self.chunk)
    }

    deinit { close(descriptor) }

    /// Bytes appended so far.
    var count: UInt64 { lock.lock(); defer { lock.unlock() }; return written + UInt64(pending.count) }

    /// Appends `bytes`; returns the offset they start at.
    @discardableResult
    func append(_ bytes: UnsafeRawBufferPointer) throws -> UInt64 {
        lock.lock(); defer { lock.unlock() }
        let offset = written + UInt64(pending.count)
        pending.append(contentsOf: bytes)
        if pending.count >= Self.chunk { try flushLocked() }
        return offset
    }

    /// Copies `buffer.count` bytes from `offset` into `buffer`.
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) {
        lock.lock(); defer { lock.unlock() }
        guard buffer.count > 0 else { return }
        // Still in memory (the run's last appends): write them out first, so one path reads.
        if offset + UInt64(buffer.count) > written { try? flushLocked() }
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        // A short read (the file was truncated under us) leaves zeros rather than garbage.
        if done < buffer.count { (buffer.baseAddress! + done).initializeMemory(as: UInt8.self, repeating: 0, count: buffer.count - done) }
    }

    private func flushLocked() throws {
        var done = 0
        while done < pending.count {
            let n = pending.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, pending.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SpillFileError.cannotWrite(String(cString: strerror(errno)))
            }
            done += n
        }
        written += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }
}

enum SpillFileError: LocalizedError, CustomStringConvertible {
    case cannotCreate(String, String, String), cannotWrite(String)
    var errorDescription: String? { description }
    var description: String {
        switch self {
        case .cannotCreate(let purpose, let folder, let why):
            "cannot create a temporary file for the \(purpose) in \(folder) (\(why)); set TMPDIR to a writable folder"
        case .cannotWrite(let why): "cannot write a temporary file (\(why)); is the disk full?"
        }
    }
}
