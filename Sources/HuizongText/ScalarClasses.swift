/// Cheap tests on single scalars, used in every hot loop of the text stage.
enum ScalarClass {
    /// A CJK ideograph (unified, extension A–F, compatibility).
    @inline(__always) static func isHan(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x3134F)
            || (v >= 0xF900 && v <= 0xFAFF)
    }

    /// Punctuation used in Chinese text: CJK symbols, full-width forms, curly quotes, ellipsis, dashes.
    @inline(__always) static func isCJKPunct(_ v: UInt32) -> Bool {
        (v >= 0x3001 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF0F) || (v >= 0xFF1A && v <= 0xFF20)
            || (v >= 0xFF3B && v <= 0xFF40) || (v >= 0xFF5B && v <= 0xFF65)
            || (v >= 0x2018 && v <= 0x201F) || v == 0x2026 || v == 0x2014 || v == 0x00B7 || v == 0x25A1
    }

    /// Han or Chinese punctuation: what makes an ASCII mark "Chinese" when it sits next to it.
    @inline(__always) static func isCJK(_ v: UInt32) -> Bool { isHan(v) || isCJKPunct(v) }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    /// Space-like scalars (after clean-up only U+0020 remains).
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x3000 }

    /// Sentence-final marks: 。！？ and their ASCII forms, plus the ellipsis.
    @inline(__always) static func isSentenceFinal(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x21 || v == 0x3F || v == 0x2026 || v == 0xFF0E
    }

    /// Closing quotes and brackets that belong to the sentence before them.
    @inline(__always) static func isClosing(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x2019 || v == 0x300D || v == 0x300F || v == 0xFF09 || v == 0x300B
            || v == 0x3009 || v == 0x3011 || v == 0x29 || v == 0x22
    }

    /// Opening quotes and brackets.
    @inline(__always) static func isOpening(_ v: UInt32) -> Bool {
        v == 0x201C || v == 0x2018 || v == 0x300C || v == 0x300E || v == 0xFF08 || v == 0x300A
            || v == 0x3008 || v == 0x3010 || v == 0x28
    }
}

/// Per-scalar flags for the BMP, built once from `CharacterTables`.
struct CharacterFlags: Sendable {
    static let common: UInt8 = 1
    static let traditionalOnly: UInt8 = 2
    static let simplifiedOnly: UInt8 = 4

    /// The one shared table (64 KiB).
    static let shared = CharacterFlags()

    private let flags: [UInt8]

    private init() {
        var f = [UInt8](repeating: 0, count: 0x10000)
        for s in CharacterTables.common.unicodeScalars where s.value < 0x10000 { f[Int(s.value)] |= Self.common }
        for s in CharacterTables.traditionalOnly.unicodeScalars where s.value < 0x10000 {
            f[Int(s.value)] |= Self.traditionalOnly
        }
        for s in CharacterTables.simplifiedOnly.unicodeScalars where s.value < 0x10000 {
            f[Int(s.value)] |= Self.simplifiedOnly
        }
        flags = f
    }

    @inline(__always) func flags(_ v: UInt32) -> UInt8 { v < 0x10000 ? flags[Int(v)] : 0 }

    /// The table itself (one entry per BMP scalar), for loops over whole texts.
    func withTable<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { flags.withUnsafeBufferPointer(body) }
}
