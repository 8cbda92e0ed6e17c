/// Builds Strings from scalars in one pass. Appending to `String.UnicodeScalarView` grows the
/// string's storage again and again; encoding to UTF-8 bytes first is many times faster.
enum ScalarText {
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
