import CZip

/// Reads one member of a zip archive held in memory, through libzip (.docx and .odt are zip
/// containers of XML parts).
enum ZipArchive {
    enum Failure: Error, Equatable {
        /// Not a zip archive, or a damaged one (libzip's reason).
        case notAnArchive(String)
        /// The archive has no member of that name.
        case missing(String)
        /// The member unpacks to more than the limit: a zip bomb, not a report.
        case tooLarge(String)
        /// The member could not be unpacked (libzip's reason).
        case unreadable(String)
    }

    /// Members larger than this when unpacked are refused.
    static let maxMemberBytes = 256 << 20

    /// The unpacked bytes of member `name`.
    static func member(_ name: String, in bytes: [UInt8]) -> Result<[UInt8], Failure> {
        bytes.withUnsafeBytes { raw -> Result<[UInt8], Failure> in
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            // The source borrows `bytes` (freep 0): it must not outlive this closure, and does not.
            guard let source = zip_source_buffer_create(raw.baseAddress, zip_uint64_t(raw.count), 0, &error) else {
                return .failure(.notAnArchive(String(cString: zip_error_strerror(&error))))
            }
            guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
                zip_source_free(source)
                return .failure(.notAnArchive(String(cString: zip_error_strerror(&error))))
            }
            defer { zip_discard(archive) }
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat(archive, name, 0, &info) == 0 else { return .failure(.missing(name)) }
            if info.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, info.size > zip_uint64_t(maxMemberBytes) {
                return .failure(.tooLarge(name))
            }
            guard let file = zip_fopen(archive, name, 0) else {
                return .failure(.unreadable(String(cString: zip_strerror(archive))))
            }
            defer { zip_fclose(file) }
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
                if n < 0 { return .failure(.unreadable(String(cString: zip_file_strerror(file)))) }
                if n == 0 { break }
                out.append(contentsOf: chunk[0..<Int(n)])
                if out.count > maxMemberBytes { return .failure(.tooLarge(name)) }
            }
            return .success(out)
        }
    }
}
