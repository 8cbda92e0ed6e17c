/// Picks the encoding of a file's bytes: byte-order marks first, then strict UTF-8, then the
/// legacy Chinese encodings judged by how plausible the decoded text is as Chinese.
enum EncodingDetector {
    /// The chosen decoding, its name (as in `SourceInfo.encoding`) and how Chinese it looks.
    struct Result {
        var encoding: String
        var decoded: Decoded
        /// Plausibility in about -3…1; real Chinese text scores well above 0.3.
        var plausibility: Double
        /// True when no BOM or valid UTF-8 settled it and the encoding was picked by plausibility.
        var guessed = false
    }

    /// Text scoring below this is reported as not looking like Chinese text.
    static let plausibleThreshold = 0.2

    static func detect(_ bytes: [UInt8]) -> Result {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return judged("utf-8-bom", ByteDecoders.utf8(bytes, from: 3))
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return judged("utf-16le", ByteDecoders.utf16(bytes, bigEndian: false, from: 2))
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return judged("utf-16be", ByteDecoders.utf16(bytes, bigEndian: true, from: 2))
        }
        let utf8 = judged("utf-8", ByteDecoders.utf8(bytes))
        // Valid UTF-8 that reads as Chinese is taken as is. Short GBK text can happen to be valid
        // UTF-8 (为 = CE AA = "Ϊ"), so implausible valid UTF-8 still meets the legacy decoders,
        // and loses to one only if that one reads as Chinese.
        if utf8.decoded.invalidBytes == 0 {
            if utf8.plausibility >= plausibleThreshold { return utf8 }
            var best = utf8
            for legacy in legacyCandidates(bytes)
            where legacy.plausibility >= plausibleThreshold && legacy.plausibility > best.plausibility {
                best = legacy
            }
            return best
        }

        var candidates = [utf8] + legacyCandidates(bytes)
        // UTF-16 without a BOM: Chinese text has few zero bytes, so both byte orders are simply tried.
        if bytes.count % 2 == 0 {
            candidates.append(judged("utf-16le", ByteDecoders.utf16(bytes, bigEndian: false)))
            candidates.append(judged("utf-16be", ByteDecoders.utf16(bytes, bigEndian: true)))
        }
        // The first best wins, so ties keep the order above (UTF-8, GB18030, Big5, UTF-16).
        var best = candidates[0]
        for c in candidates.dropFirst() where c.plausibility > best.plausibility { best = c }
        best.guessed = true
        return best
    }

    /// GB18030 (a superset of GBK and GB2312), then Big5 (with the HKSCS extension when iconv has it).
    private static func legacyCandidates(_ bytes: [UInt8]) -> [Result] {
        var candidates: [Result] = []
        if let gb = ByteDecoders.iconv(bytes, from: "GB18030") { candidates.append(judged("gb18030", gb)) }
        if let big5 = ByteDecoders.iconv(bytes, from: "BIG5-HKSCS") ?? ByteDecoders.iconv(bytes, from: "BIG5") {
            candidates.append(judged("big5", big5))
        }
        return candidates
    }

    private static func judged(_ name: String, _ decoded: Decoded) -> Result {
        Result(encoding: name, decoded: decoded, plausibility: plausibility(decoded.scalars))
    }

    /// How much a run of scalars looks like Chinese text: frequent characters and Chinese punctuation
    /// score, replacement characters, controls, private-use and rare characters cost. ASCII is neutral.
    /// Only the first 200 000 scalars are looked at.
    static func plausibility(_ scalars: [Unicode.Scalar]) -> Double {
        let table = ScoreTable.shared
        var score = 0.0
        var counted = 0
        scalars.withUnsafeBufferPointer { buf in
            for s in buf.prefix(200_000) {
                let v = s.value
                let k = v < 0x10000 ? Int(table.kinds[Int(v)]) : ScoreTable.kind(v)
                if k == ScoreTable.neutral { continue }
                counted += 1
                score += ScoreTable.scores[k]
            }
        }
        return counted == 0 ? 1 : score / Double(counted)
    }

    /// What each scalar adds to the plausibility score, as a kind per BMP scalar: the chain of range
    /// tests below runs once per table entry instead of once per scalar of every file. The same
    /// values are added in the same order as testing each scalar would, so scores are unchanged.
    struct ScoreTable: Sendable {
        /// Kind of scalars that are neither counted nor scored (ASCII other than controls).
        static let neutral = 0
        /// The score of each kind.
        static let scores: [Double] = [0, -3, 1, -0.3, 0.8, 0, 0.2, -1]
        static let shared = ScoreTable()

        let kinds: [UInt8]

        private init() {
            kinds = (0 ..< 0x10000).map { UInt8(ScoreTable.kind(UInt32($0))) }
        }

        /// The kind of scalar value `v`: an index into `scores`.
        static func kind(_ v: UInt32) -> Int {
            if v < 0x80 { return v < 0x20 && v != 0x0A && v != 0x0D && v != 0x09 ? 1 : neutral }
            if v == 0xFFFD { return 1 }
            if CharacterFlags.shared.flags(v) & CharacterFlags.common != 0 { return 2 }
            if v >= 0x4E00 && v <= 0x9FFF { return 3 }
            if ScalarClass.isCJKPunct(v) { return 4 }
            if v == 0xA0 || (v >= 0x2000 && v <= 0x206F) || v == 0xFEFF { return 5 }
            if v >= 0xFF10 && v <= 0xFF5A { return 6 }
            if (v >= 0x80 && v < 0xA0) || (v >= 0xE000 && v <= 0xF8FF) || (v >= 0xD800 && v <= 0xDFFF) { return 1 }
            return 7
        }
    }
}
