// Two-character stems of three-character county names (双峰 of 双峰县, 安新 of 安新县, 松山 of
// 松山区). The gazetteer does not index them as names: alone, most are ordinary words (松山, 江山,
// 长安). ContextualMentions reads them only where the text around them says they name a place:
// right after their own city or province (保定安新, 河南固始), before a headline colon (双峰：),
// before a media word (宁海新闻网).

struct CountyStems: Sendable {
    /// Stem (two scalars packed) → the counties whose name is the stem plus 县, 市, 区 or 旗.
    private let counties: [UInt64: [Int32]]

    init(regions: [Region]) {
        var index: [UInt64: [Int32]] = [:]
        for (i, r) in regions.enumerated() where r.level == .county {
            let s = Array(r.name.unicodeScalars)
            guard s.count == 3, Self.suffixes.contains(s[2]) else { continue }
            index[Self.key(s[0], s[1]), default: []].append(Int32(i))
        }
        counties = index
    }

    /// The last character of the county names indexed.
    static let suffixes: Set<Unicode.Scalar> = ["县", "市", "区", "旗"]

    @inline(__always) static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// The counties with this stem (empty when none).
    func counties(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> [Int32] {
        counties[Self.key(a, b)] ?? []
    }
}
