import Foundation

/// `-` as an input: standard input, read as one plain-text document named `-`. The bytes are
/// copied once into a temporary file that is unlinked at once (nothing is left behind, even when
/// the run is killed) and read back through `/proc/self/fd`, so the text stage reads it like any
/// file, as often as it needs to.
public enum StandardInput {
    /// The input name that means standard input.
    public static let name = "-"

    nonisolated(unsafe) private static var spooledURL: URL?
    private static let lock = NSLock()

    /// Reads standard input to its end (once per process) and returns where it can be read again.
    public static func spool() throws -> URL {
        lock.lock(); defer { lock.unlock() }
        if let spooledURL { return spooledURL }
        var template = Array((NSTemporaryDirectory() + "/huizong-stdin-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        unlink(String(cString: template))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(0, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            var written = 0
            while written < n {
                let w = buffer[written..<n].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if w < 0 && errno == EINTR { continue }
                guard w > 0 else { close(fd); throw CocoaError(.fileWriteOutOfSpace) }
                written += w
            }
        }
        // The descriptor stays open for the life of the process: it is the file.
        let url = URL(fileURLWithPath: "/proc/self/fd/\(fd)")
        spooledURL = url
        return url
    }

    /// The spooled copy, when `spool()` has run.
    static var spooled: URL? { lock.lock(); defer { lock.unlock() }; return spooledURL }
}
