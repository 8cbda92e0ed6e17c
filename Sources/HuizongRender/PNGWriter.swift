import CCairo
import Glibc

// PNG output of an image surface: RGB, 8 bits per channel, per-row Sub/Up filtering, our own fast
// DEFLATE, and a pHYs chunk so viewers know the intended resolution.

/// Encodes image surfaces as PNG.
enum PNGWriter {
    /// The RGB24 image `surface` as PNG bytes; `scale` pixels per point sets the pHYs resolution.
    static func encode(_ surface: CairoSurface, scale: Double) -> [UInt8] {
        let s = surface.surface
        let width = Int(cairo_image_surface_get_width(s)), height = Int(cairo_image_surface_get_height(s))
        let stride = Int(cairo_image_surface_get_stride(s))
        let data = cairo_image_surface_get_data(s)!
        let rowBytes = width * 3
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        let previous = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
        let current = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
        defer { previous.deallocate(); current.deallocate() }
        previous.initialize(repeating: 0, count: rowBytes)
        var above = previous, row = current
        raw.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            for y in 0..<height {
                let source = UnsafeRawPointer(data + y * stride)
                // A row the same as the one above (margins, the inside of bars: most of a chart)
                // filters to Up and all zeros, which `raw` already holds; `above` stays as it is.
                if y > 0 && memcmp(source, source - stride, width * 4) == 0 {
                    base[y * (rowBytes + 1)] = 2
                    continue
                }
                // Cairo stores native-endian 0xXXRRGGBB words.
                for x in 0..<width {
                    let pixel = source.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                    row[x * 3] = UInt8(truncatingIfNeeded: pixel >> 16)
                    row[x * 3 + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    row[x * 3 + 2] = UInt8(truncatingIfNeeded: pixel)
                }
                filterRow(row, above, count: rowBytes, into: base + y * (rowBytes + 1))
                swap(&above, &row)
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += bigEndian(UInt32(width)); header += bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit RGB, deflate, adaptive filtering, no interlace
        chunk("IHDR", header, into: &png)
        let perMetre = UInt32((scale * 72 / 0.0254).rounded())
        chunk("pHYs", bigEndian(perMetre) + bigEndian(perMetre) + [1], into: &png)
        chunk("IDAT", Deflate.zlib(raw), into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    /// Writes filter type and filtered bytes of one row: Up or Sub, whichever has the smaller sum of
    /// absolute values (the usual heuristic; flat areas become zeros).
    private static func filterRow(_ r: UnsafeMutablePointer<UInt8>, _ a: UnsafeMutablePointer<UInt8>, count: Int,
                                  into out: UnsafeMutablePointer<UInt8>) {
        var sumSub = 0, sumUp = 0
        for i in 0..<count {
            let sub = r[i] &- (i >= 3 ? r[i - 3] : 0)
            let up = r[i] &- a[i]
            sumSub &+= Int(Int8(bitPattern: sub).magnitude)
            sumUp &+= Int(Int8(bitPattern: up).magnitude)
        }
        if sumUp <= sumSub {
            out[0] = 2
            for i in 0..<count { out[1 + i] = r[i] &- a[i] }
        } else {
            out[0] = 1
            for i in 0..<min(3, count) { out[1 + i] = r[i] }
            if count > 3 { for i in 3..<count { out[1 + i] = r[i] &- r[i - 3] } }
        }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ body: [UInt8], into png: inout [UInt8]) {
        png += bigEndian(UInt32(body.count))
        let typed = Array(type.utf8) + body
        png += typed
        png += bigEndian(CRC32.checksum(typed))
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { t in
            for byte in bytes { crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

/// A decoded PNG, read with Cairo's reader (libpng): for checking written charts.
public struct PNGImage: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// 0xRRGGBB pixels, row-major.
    public var pixels: [UInt32]

    /// Decodes `png`; throws when libpng rejects it.
    public init(decoding png: [UInt8]) throws {
        (width, height, pixels) = try PNGReader.decode(png)
    }

    /// The pixel at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> UInt32 { pixels[y * width + x] }
}

/// Decodes PNG bytes with Cairo's reader (libpng).
enum PNGReader {
    private final class Source {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    /// Width, height and 0xRRGGBB pixels (row-major) of `png`.
    static func decode(_ png: [UInt8]) throws -> (width: Int, height: Int, pixels: [UInt32]) {
        let source = Source(png)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let source = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            source.bytes.withUnsafeBufferPointer { buffer in
                data.update(from: buffer.baseAddress! + source.offset, count: count)
            }
            source.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())!
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "read PNG", status: statusText(status))
        }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            for x in 0..<width {
                pixels.append(data.loadUnaligned(fromByteOffset: y * stride + x * 4, as: UInt32.self) & 0xFF_FFFF)
            }
        }
        return (width, height, pixels)
    }
}
