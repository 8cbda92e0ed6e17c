import CCairo

// PNG output of an image surface.

/// Encodes image surfaces as PNG.
enum PNGWriter {
    /// The surface as PNG bytes, through Cairo's stream writer.
    static func encode(_ surface: CairoSurface) throws -> [UInt8] {
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface.surface, writeToSink,
                                                       Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "write PNG", status: statusText(status))
        }
        return sink.bytes
    }
}
