import Foundation

/// The quotes of a run's facts, kept in an anonymous temporary file instead of memory.
///
/// A quote is the one long string of a fact (a clause, tens of characters), unique to it; held as
/// Strings, 400,000 quotes cost more memory than everything else a run keeps. The brief shows only
/// the few it lists, so they are appended here as UTF-8 and read back by number. The file is
/// unlinked as soon as it is made: nothing is left behind, whatever ends the process.
final class QuoteStore: @unchecked Sendable {
    private let descriptor: Int32
    /// End offset of each quote in the file (its start is the previous end).
    private var ends: [UInt64] = []
    /// Bytes appended but not yet written to the file.
    private var pending: [UInt8] = []
    private var written: UInt64 = 0
    private let lock = NSLock()
    private static let chunk = 1 << 20

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/huizong-quotes-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw QuoteStoreError.cannotCreate(String(cString: strerror(errno))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
        pending.reserveCapacity(Self.chunk)
    }

    deinit { close(descriptor) }

    var count: Int { lock.lock(); defer { lock.unlock() }; return ends.count }

    /// Appends one quote; its number is the count before the call.
    func append(_ quote: String) throws {
        lock.lock(); defer { lock.unlock() }
        pending.append(contentsOf: quote.utf8)
        ends.append(written + UInt64(pending.count))
        if pending.count >= Self.chunk { try flushLocked() }
    }

    /// Quote number `i`.
    func quote(_ i: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        let start = i == 0 ? 0 : ends[i - 1], end = ends[i]
        let length = Int(end - start)
        guard length > 0 else { return "" }
        if start >= written {
            let from = Int(start - written)
            return String(decoding: pending[from..<(from + length)], as: UTF8.self)
        }
        if end > written { try? flushLocked() }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let n = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, length - done, off_t(start) + off_t(done))
            }
            if n <= 0 { break }
            done += n
        }
        return String(decoding: bytes[0..<done], as: UTF8.self)
    }

    private func flushLocked() throws {
        var done = 0
        while done < pending.count {
            let n = pending.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, pending.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw QuoteStoreError.cannotWrite(String(cString: strerror(errno)))
            }
            done += n
        }
        written += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }
}

enum QuoteStoreError: Error, CustomStringConvertible {
    case cannotCreate(String), cannotWrite(String)
    var description: String {
        switch self {
        case .cannotCreate(let why): "cannot create a temporary file for the quotes (\(why))"
        case .cannotWrite(let why): "cannot write the quotes' temporary file (\(why))"
        }
    }
}
