import Foundation

/// A whole input file's bytes, read with `open`/`fstat`/`read`: Foundation's
/// `attributesOfItem` + `Data(contentsOf:)` + the copy into an array cost a twentieth of reading
/// a corpus of small articles. `fstat` after `open` also sizes what a symbolic link points to,
/// so an oversized file behind a link is refused before it is read.
enum FileBytes {
    enum Failure: Error {
        /// The file is larger than `limit` bytes; it was not read.
        case tooLarge(Int)
        /// The system's reason (`strerror`).
        case unreadable(String)
    }

    static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe would otherwise wait for a writer forever.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.unreadable(String(cString: strerror(EISDIR))))
        default: return .failure(.unreadable("not a regular file: a pipe, socket or device"))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while true {
            // A file can grow between fstat and read (a log being written): take what is there, up to the limit.
            if done == bytes.count {
                guard bytes.count < limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            done += n
        }
        bytes.removeLast(bytes.count - done)
        return .success(bytes)
    }
}
