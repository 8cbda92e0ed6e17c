/// Builds Strings from scalars in one pass. Appending to `String.UnicodeScalarView` grows the
/// string's storage again and again; encoding to UTF-8 bytes first is many times faster.
enum ScalarText {
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        // Two passes: count the bytes, then write them straight into the string's storage
        // (no per-byte capacity checks, no intermediate array).
        if let s = scalars.withContiguousStorageIfAvailable({ write($0, byteCount: byteCount(contiguous: $0)) }) {
            return s
        }
        var count = 0
        for s in scalars {
            let v = s.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return write(scalars, byteCount: count)
    }

    /// The UTF-8 length of contiguous scalars (a document's whole text): a sum of comparisons over
    /// the raw values, which the compiler turns into vector code.
    private static func byteCount(contiguous scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        UnsafeRawBufferPointer(scalars).withMemoryRebound(to: UInt32.self) { values in
            var extra = 0
            for v in values { extra &+= (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0) }
            return values.count &+ extra
        }
    }

    /// `scalars` as a String whose UTF-8 form is `byteCount` bytes long.
    private static func write<C: Collection>(_ scalars: C, byteCount: Int) -> String where C.Element == Unicode.Scalar {
        if byteCount == 0 { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { out in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    out[n] = UInt8(0xC0 | v >> 6); out[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    out[n] = UInt8(0xE0 | v >> 12); out[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    out[n] = UInt8(0xF0 | v >> 18); out[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    out[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); out[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}
