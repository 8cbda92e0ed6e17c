/// Many short names kept as one UTF-8 buffer and their end offsets, decoded to a String only
/// when asked for. The gazetteer's 38,000 township names are needed only for the few townships a
/// run reports; making a String of each at every start cost more than the rest of loading them.
struct PackedNames: Sendable, Equatable {
    /// The names' UTF-8 bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is where name i ends in `bytes` (it starts where name i - 1 ends).
    private(set) var ends: [UInt32] = []

    init() {}

    init(bytes: [UInt8], ends: [UInt32]) {
        self.bytes = bytes
        self.ends = ends
    }

    var count: Int { ends.count }

    /// Adds a name given as UTF-8 bytes.
    mutating func append<C: Collection>(utf8 name: C) where C.Element == UInt8 {
        bytes.append(contentsOf: name)
        ends.append(UInt32(bytes.count))
    }

    subscript(i: Int) -> String {
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return String(decoding: bytes[start ..< Int(ends[i])], as: UTF8.self)
    }
}
