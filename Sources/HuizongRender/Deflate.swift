// A small, fast DEFLATE (RFC 1951) encoder inside a zlib (RFC 1950) wrapper, for PNG. Cairo's PNG
// writer uses zlib's default level, which spends ~20 ms on an 800×500 chart; charts are mostly
// flat colour, so greedy matching with one hash probe and the fixed Huffman code compresses them
// well at a fraction of the time. Output depends only on the input bytes.

/// Compresses bytes into a zlib stream.
enum Deflate {
    /// `data` as a zlib stream (fixed-Huffman DEFLATE, 32 KiB window).
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.bytes.reserveCapacity(data.count / 4 + 64)
        writer.bytes += [0x78, 0x01]  // deflate, 32 KiB window, fastest-level flag; 0x7801 % 31 == 0
        writer.write(1, count: 1)     // BFINAL
        writer.write(1, count: 2)     // BTYPE = fixed Huffman
        data.withUnsafeBufferPointer { compress($0, into: &writer) }
        writer.writeSymbol(256)       // end of block
        writer.flush()
        let adler = adler32(data)
        writer.bytes += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return writer.bytes
    }

    private static let hashBits = 15
    private static let window = 32768
    private static let maxMatch = 258

    private static func compress(_ input: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter) {
        let count = input.count
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        head.withUnsafeMutableBufferPointer { head in
            var index = 0
            while index < count {
                if index + 3 <= count {
                    let key = (UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2]))
                    let hash = Int((key &* 2_654_435_761) >> UInt32(32 - hashBits))
                    let candidate = Int(head[hash])
                    head[hash] = Int32(index)
                    if candidate >= 0 && index - candidate <= window {
                        var length = 0
                        let limit = min(maxMatch, count - index)
                        while length < limit && input[candidate + length] == input[index + length] { length += 1 }
                        if length >= 3 {
                            writer.writeMatch(length: length, distance: index - candidate)
                            // Index the last position of the match so the next run finds it.
                            let last = index + length - 1
                            if last + 3 <= count {
                                let k = UInt32(input[last]) << 16 | UInt32(input[last + 1]) << 8 | UInt32(input[last + 2])
                                head[Int((k &* 2_654_435_761) >> UInt32(32 - hashBits))] = Int32(last)
                            }
                            index += length
                            continue
                        }
                    }
                }
                writer.writeSymbol(Int(input[index]))
                index += 1
            }
        }
    }

    /// Adler-32 checksum of `data`.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        data.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let end = min(buffer.count, index + 5552)  // largest block without 32-bit overflow
                while index < end { a &+= UInt32(buffer[index]); b &+= a; index += 1 }
                a %= 65521; b %= 65521
            }
        }
        return b << 16 | a
    }
}

/// Writes DEFLATE's least-significant-bit-first bit stream.
struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var bitCount = 0

    /// Appends the low `count` bits of `value`, least significant first.
    mutating func write(_ value: UInt32, count: Int) {
        buffer |= UInt64(value) << UInt64(bitCount)
        bitCount += count
        while bitCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            bitCount -= 8
        }
    }

    /// Appends a literal/length symbol in the fixed Huffman code.
    mutating func writeSymbol(_ symbol: Int) {
        let code = FixedHuffman.literal[symbol]
        write(code.bits, count: code.count)
    }

    /// Appends a back-reference.
    mutating func writeMatch(length: Int, distance: Int) {
        let l = FixedHuffman.length[length]
        writeSymbol(l.symbol)
        if l.extraCount > 0 { write(l.extra, count: l.extraCount) }
        let d = FixedHuffman.distanceCode(distance)
        write(FixedHuffman.distanceBits[d.code], count: 5)
        if d.extraCount > 0 { write(d.extra, count: d.extraCount) }
    }

    /// Pads to a byte boundary.
    mutating func flush() {
        if bitCount > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
        buffer = 0; bitCount = 0
    }
}

/// The fixed Huffman code of RFC 1951 §3.2.6, pre-reversed for the LSB-first stream.
enum FixedHuffman {
    static func reversed(_ code: UInt32, _ count: Int) -> UInt32 {
        var result: UInt32 = 0, value = code
        for _ in 0..<count { result = result << 1 | (value & 1); value >>= 1 }
        return result
    }

    /// Codes of literal/length symbols 0…287.
    static let literal: [(bits: UInt32, count: Int)] = (0..<288).map { symbol in
        switch symbol {
        case 0...143: return (reversed(UInt32(0x30 + symbol), 8), 8)
        case 144...255: return (reversed(UInt32(0x190 + symbol - 144), 9), 9)
        case 256...279: return (reversed(UInt32(symbol - 256), 7), 7)
        default: return (reversed(UInt32(0xC0 + symbol - 280), 8), 8)
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                             131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    /// Symbol and extra bits of every match length 0…258 (0…2 unused).
    static let length: [(symbol: Int, extra: UInt32, extraCount: Int)] = (0...258).map { length in
        guard length >= 3 else { return (0, 0, 0) }
        var index = lengthBase.count - 1
        while lengthBase[index] > length { index -= 1 }
        if length == 258 { index = 28 }
        return (257 + index, UInt32(length - lengthBase[index]), lengthExtra[index])
    }

    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                               2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]

    /// The 5-bit distance codes, reversed.
    static let distanceBits: [UInt32] = (0..<30).map { reversed(UInt32($0), 5) }

    /// Code and extra bits of a distance 1…32768.
    static func distanceCode(_ distance: Int) -> (code: Int, extra: UInt32, extraCount: Int) {
        var lo = 0, hi = distanceBase.count - 1
        while lo < hi {  // the last base ≤ distance
            let mid = (lo + hi + 1) / 2
            if distanceBase[mid] <= distance { lo = mid } else { hi = mid - 1 }
        }
        let extraCount = lo < 4 ? 0 : lo / 2 - 1
        return (lo, UInt32(distance - distanceBase[lo]), extraCount)
    }
}
