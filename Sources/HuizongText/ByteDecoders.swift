#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scalars decoded from bytes, with the number of bytes that could not be decoded.
struct Decoded {
    var scalars: [Unicode.Scalar]
    var invalidBytes: Int
}

/// Decoders that never fail: bad input becomes U+FFFD and is counted.
enum ByteDecoders {
    static let replacement = Unicode.Scalar(0xFFFD)!

    /// UTF-8, starting at `start` (to skip a BOM). Each maximal invalid subsequence becomes one U+FFFD;
    /// every byte in it is counted as invalid.
    /// Written straight into the array's storage (never more scalars than bytes): appending checks
    /// capacity per scalar, and this loop runs once per character of every file.
    static func utf8(_ bytes: [UInt8], from start: Int = 0) -> Decoded {
        var invalid = 0
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: max(0, bytes.count - start)) { out, written in
            bytes.withUnsafeBufferPointer { b in
                let n = b.count
                var i = start
                var w = 0
                while i < n {
                    let c0 = UInt32(b[i])
                    if c0 < 0x80 { out[w] = Unicode.Scalar(UInt8(c0)); w += 1; i += 1; continue }
                    // Three bytes: the common case for Chinese text.
                    if c0 & 0xF0 == 0xE0, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                        let value = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                        if value >= 0x800, let s = Unicode.Scalar(value) { out[w] = s; w += 1; i += 3; continue }
                    }
                    var need = 0, value: UInt32 = 0, minimum: UInt32 = 0
                    if c0 & 0xE0 == 0xC0 { need = 1; value = c0 & 0x1F; minimum = 0x80 }
                    else if c0 & 0xF0 == 0xE0 { need = 2; value = c0 & 0x0F; minimum = 0x800 }
                    else if c0 & 0xF8 == 0xF0 { need = 3; value = c0 & 0x07; minimum = 0x10000 }
                    var j = i + 1
                    var ok = need > 0
                    if ok {
                        for _ in 0..<need {
                            guard j < n, b[j] & 0xC0 == 0x80 else { ok = false; break }
                            value = value << 6 | UInt32(b[j] & 0x3F)
                            j += 1
                        }
                    }
                    if ok, value >= minimum, let s = Unicode.Scalar(value) {
                        out[w] = s; w += 1; i = j
                    } else {
                        // Skip the lead byte and any stray continuation bytes after it.
                        var k = i + 1
                        while k < n, b[k] & 0xC0 == 0x80, k - i < 4 { k += 1 }
                        invalid += k - i
                        out[w] = replacement; w += 1
                        i = k
                    }
                }
                written = w
            }
        }
        return Decoded(scalars: out, invalidBytes: invalid)
    }

    /// UTF-16 in the given byte order, starting at `start`. Lone surrogates and an odd last byte are invalid.
    static func utf16(_ bytes: [UInt8], bigEndian: Bool, from start: Int = 0) -> Decoded {
        var out = [Unicode.Scalar]()
        out.reserveCapacity((bytes.count - start) / 2)
        var invalid = 0
        let n = bytes.count
        @inline(__always) func unit(_ i: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        var i = start
        while i + 1 < n {
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF {
                out.append(Unicode.Scalar(u)!); i += 2
            } else if u < 0xDC00, i + 3 < n, case let l = unit(i + 2), l >= 0xDC00, l <= 0xDFFF {
                out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00))!); i += 4
            } else {
                out.append(replacement); invalid += 2; i += 2
            }
        }
        if i < n { out.append(replacement); invalid += 1 }
        return Decoded(scalars: out, invalidBytes: invalid)
    }

    /// A legacy encoding through glibc's iconv (`GB18030`, `BIG5-HKSCS`, …). An undecodable byte
    /// becomes U+FFFD and decoding resumes at the next byte. Nil when iconv lacks the encoding.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> Decoded? {
        let cd = iconv_open("UTF-32LE", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(bytes.count)
        var invalid = 0
        let chunk = 16 * 1024
        var outBuffer = [UInt8](repeating: 0, count: chunk * 4)
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuf in
            guard let inBase = inBuf.baseAddress else { return }
            var offset = 0
            let total = inBuf.count
            while offset < total {
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + offset)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = total - offset
                let before = inLeft
                var failed = false
                outBuffer.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    if r == -1 && errno != E2BIG { failed = true }
                    let produced = (outBuf.count - outLeft) / 4
                    for k in 0..<produced {
                        let p = k * 4
                        let v = UInt32(outBuf[p]) | UInt32(outBuf[p + 1]) << 8 | UInt32(outBuf[p + 2]) << 16
                            | UInt32(outBuf[p + 3]) << 24
                        out.append(Unicode.Scalar(v) ?? replacement)
                    }
                }
                offset += before - inLeft
                if failed {
                    // EILSEQ or EINVAL (truncated sequence at the end): replace one byte and go on.
                    out.append(replacement); invalid += 1; offset += 1
                    _ = Glibc.iconv(cd, nil, nil, nil, nil)
                }
            }
        }
        return Decoded(scalars: out, invalidBytes: invalid)
    }
}
