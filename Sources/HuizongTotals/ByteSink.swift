/// Where an export's bytes go, piece by piece: a file in the output folder, standard output, or
/// memory. Exports write through a sink so a corpus of millions of figures never needs its CSV or
/// JSON held whole in memory.
public protocol ByteSink: AnyObject {
    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws
}

/// A sink that keeps everything, for small outputs and tests.
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ bytes: [UInt8]) throws { self.bytes += bytes }
}

/// Collects small writes into large ones before handing them to a sink.
public struct BufferedWriter {
    public let sink: ByteSink
    private var buffer: [UInt8] = []
    static let chunk = 1 << 20

    public init(_ sink: ByteSink) { self.sink = sink; buffer.reserveCapacity(Self.chunk) }

    public mutating func append<S: Sequence>(_ bytes: S) throws where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
