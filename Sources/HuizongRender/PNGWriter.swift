import CCairo
import CPNG
import Glibc

// PNG output of an image surface through libpng (zlib): RGB, 8 bits per channel, Up filtering,
// and a pHYs chunk so viewers know the intended resolution. (The C side is Sources/CPNG/shim.h;
// SwiftPM does not see edits to that header: touch this file after changing it.)
// (Until issue 20 this was a hand-written encoder; see the README's benchmark for the comparison.)

/// Encodes image surfaces as PNG.
enum PNGWriter {
    /// zlib level: charts are mostly flat colour, which the fastest level already packs tightly
    /// (level 6, Cairo's own choice, takes several times as long for a few per cent smaller files).
    static let compressionLevel: Int32 = 1
    /// zlib's usual matching: with every row Up-filtered it is as fast as run-length matching
    /// alone (Z_RLE) and finds the repeated glyphs of labels too (files about 30% smaller).
    static let compressionStrategy: Int32 = Z_DEFAULT_STRATEGY

    /// The RGB24 image `surface` as PNG bytes; `scale` pixels per point sets the pHYs resolution.
    static func encode(_ surface: CairoSurface, scale: Double) throws -> [UInt8] {
        let s = surface.surface
        let width = cairo_image_surface_get_width(s), height = cairo_image_surface_get_height(s)
        let stride = cairo_image_surface_get_stride(s)
        let perMetre = UInt32((scale * 72 / 0.0254).rounded())
        var output = huizong_png_output(data: nil, size: 0, capacity: 0, failed: 0)
        defer { free(output.data) }
        let status = huizong_png_encode_rgb24(cairo_image_surface_get_data(s), width, height, stride,
                                              perMetre, compressionLevel, compressionStrategy, &output)
        guard status == 0, let data = output.data else {
            throw RenderError.cairo(operation: "write PNG", status: "libpng could not encode the image")
        }
        return [UInt8](UnsafeBufferPointer(start: data, count: output.size))
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
