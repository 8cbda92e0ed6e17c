#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 from the system's libcrypto (OpenSSL), looked up at run time.
///
/// Every input file is hashed for the manifest, and the portable Swift code in `SHA256` runs at
/// about 230 MB/s: a fifth of the reading stage. OpenSSL uses the CPU's SHA instructions (or
/// vectorised code) and is several times faster. The package takes no crypto dependency and
/// cannot link OpenSSL at build time without one, so the library is opened with `dlopen`; where
/// it is missing, `SHA256` falls back to its own code (same digest, only slower).
enum SystemSHA256 {
    /// OpenSSL's one-shot `SHA256(data, length, digest)`.
    private typealias OneShot = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?)
        -> UnsafeMutablePointer<UInt8>?

    /// The function pointer, shared by all threads (the OpenSSL function itself is reentrant).
    private struct Handle: @unchecked Sendable { let oneShot: OneShot }

    private static let handle: Handle? = {
        for name in ["libcrypto.so.3", "libcrypto.so", "libcrypto.dylib"] {
            guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            // The library stays open for the life of the process.
            if let symbol = dlsym(library, "SHA256") { return Handle(oneShot: unsafeBitCast(symbol, to: OneShot.self)) }
            dlclose(library)
        }
        return nil
    }()

    /// Whether libcrypto was found.
    static var isAvailable: Bool { handle != nil }

    /// The 32-byte digest of `bytes`, or nil when libcrypto is not available.
    static func digest(_ bytes: [UInt8]) -> [UInt8]? {
        guard let oneShot = handle?.oneShot else { return nil }
        var out = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { md in _ = oneShot(input.baseAddress, input.count, md.baseAddress) }
        }
        return out
    }
}
