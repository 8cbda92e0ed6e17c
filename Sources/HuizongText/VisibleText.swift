/// Text from articles and file names made safe to show: characters that could move the cursor,
/// recolour a terminal, start a forged line or reorder what follows (C0 and C1 controls with
/// newline and tab, DEL, bidirectional overrides and isolates, line and paragraph separators) are
/// written as `\u{…}`, so a file named `x\nwarning: all good` or carrying U+202E shows as it is.
public enum VisibleText {
    /// `text` with every such character written as `\u{hex}`; unchanged (same storage) when it has none.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for u in text.unicodeScalars {
            if needsEscape(u) {
                out += "\\u{" + String(u.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Whether `u` is shown escaped (see `escaped`).
    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: return true              // controls, newline and tab included
        case 0x061C, 0x200E, 0x200F: return true                 // Arabic letter mark, LRM, RLM
        case 0x2028, 0x2029: return true                         // line and paragraph separators
        case 0x202A...0x202E, 0x2066...0x2069: return true       // bidi embeddings, overrides, isolates
        default: return false
        }
    }
}
