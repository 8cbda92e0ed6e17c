/// Fixes OpenCC's Traditional→Simplified output where it keeps a form Simplified text does not use.
enum SimplifiedFixes {
    private static let zhu: Unicode.Scalar = "\u{8457}"      // 著
    private static let zhe: Unicode.Scalar = "\u{7740}"      // 着
    /// Characters before 著 that make it the "write / notable" 著 (显著, 名著, 所著 …).
    private static let zhuAfter = Set("显昭卓编原名专论巨拙土遗译合新大撰所".unicodeScalars)
    /// Characters after 著 that do the same (著名, 著作, 著称 …).
    private static let zhuBefore = Set("名作称述者录书文".unicodeScalars)

    /// Traditional text writes the aspect particle 着 as 著, which OpenCC t2s keeps because 著 is
    /// also a Simplified character. Outside the words where 著 means "write" or "notable", it becomes 着.
    /// Corner brackets, the quotes of Traditional text, become the curly quotes of Simplified text.
    static func apply(_ s: inout [Unicode.Scalar]) {
        for i in s.indices {
            switch s[i].value {
            case 0x300C: s[i] = "\u{201C}"      // 「
            case 0x300D: s[i] = "\u{201D}"      // 」
            case 0x300E: s[i] = "\u{2018}"      // 『
            case 0x300F: s[i] = "\u{2019}"      // 』
            default: break
            }
        }
        for i in s.indices where s[i] == zhu {
            let prev = i > 0 ? s[i - 1] : " "
            let next = i + 1 < s.count ? s[i + 1] : " "
            if !zhuAfter.contains(prev) && !zhuBefore.contains(next) { s[i] = zhe }
        }
    }
}
