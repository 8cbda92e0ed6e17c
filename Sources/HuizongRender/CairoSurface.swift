import CCairo
import Glibc

// Owning wrappers around Cairo's surfaces and drawing contexts. Cairo reports failure through a
// status, not NULL, so every constructor checks it; `deinit` cannot throw, so surfaces are
// finished explicitly with `finish()`.

/// Collects bytes Cairo writes to a stream.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// The C callback Cairo calls with output; the closure pointer is an unretained `ByteSink`.
let writeToSink: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// The text of a Cairo status.
func statusText(_ status: cairo_status_t) -> String {
    String(cString: cairo_status_to_string(status))
}

/// A Cairo surface (PDF, SVG or image) and, for stream surfaces, the bytes it wrote.
final class CairoSurface {
    let surface: OpaquePointer
    /// Receives the stream output; kept alive as long as the surface may write.
    let sink: ByteSink?
    private var finished = false

    private init(surface: OpaquePointer, sink: ByteSink?, operation: String) throws {
        self.surface = surface; self.sink = sink
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError.cairo(operation: operation, status: statusText(status))
        }
    }

    /// A PDF surface writing into memory; `size` is the first page's size.
    static func pdf(width: Double, height: Double) throws -> CairoSurface {
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                          width, height)!
        return try CairoSurface(surface: surface, sink: sink, operation: "create PDF surface")
    }

    /// An SVG 1.1 surface writing into memory.
    static func svg(width: Double, height: Double) throws -> CairoSurface {
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(writeToSink, Unmanaged.passUnretained(sink).toOpaque(),
                                                          width, height)!
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        return try CairoSurface(surface: surface, sink: sink, operation: "create SVG surface")
    }

    /// A 24-bit image surface of `width` × `height` pixels drawing into `pixels`' memory, which
    /// must outlive the surface. The pixels start undefined: paint every one before reading them.
    static func image(width: Int, height: Int, pixels: PixelBuffer) throws -> CairoSurface {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width)))
        guard stride > 0, let memory = pixels.memory(bytes: stride * height) else {
            throw RenderError.cairo(operation: "create \(width)×\(height) image", status: "image too large")
        }
        let surface = cairo_image_surface_create_for_data(memory, CAIRO_FORMAT_RGB24, Int32(width), Int32(height), Int32(stride))!
        return try CairoSurface(surface: surface, sink: nil, operation: "create \(width)×\(height) image")
    }

    /// Flushes and closes the surface; stream output is complete afterwards.
    func finish() throws {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "finish surface", status: statusText(status))
        }
    }

    /// The bytes written so far (complete after `finish()`).
    var bytes: [UInt8] { sink?.bytes ?? [] }

    deinit { cairo_surface_destroy(surface) }
}

/// Memory for image surfaces, kept from one image to the next: a chart at 2× is about 3 MB, and
/// fresh memory for each one cost a page fault every 4 KB (a fifth of drawing a chart PNG).
final class PixelBuffer {
    private var base: UnsafeMutableRawPointer?
    private var capacity = 0

    /// At least `bytes` bytes (contents undefined), valid until the next call; nil when out of memory.
    func memory(bytes: Int) -> UnsafeMutablePointer<UInt8>? {
        if bytes > capacity {
            free(base)
            base = malloc(bytes)
            capacity = base == nil ? 0 : bytes
        }
        return base?.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }
}

/// A Cairo drawing context on a surface.
final class CairoContext {
    let cr: OpaquePointer
    /// Keeps the surface alive while drawing.
    let surface: CairoSurface

    init(_ surface: CairoSurface) throws {
        self.surface = surface
        cr = cairo_create(surface.surface)!
        try check("create context")
    }

    /// Throws when the context is in an error state.
    func check(_ operation: String) throws {
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: operation, status: statusText(status))
        }
    }

    deinit { cairo_destroy(cr) }
}
