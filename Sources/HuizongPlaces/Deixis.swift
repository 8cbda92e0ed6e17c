// Resolves deictic words (全市, 我县, 该旗, 全区, 本省…) to the region of that kind in context:
// the nearest earlier mention in the same paragraph whose region (or an ancestor) is of that
// kind; else the focus (the story's or document's region) or its ancestor of that kind; else the
// nearest earlier mention anywhere. 全区 in an Inner Mongolia article with no district in focus
// thus becomes 内蒙古自治区, and 我市 in a 定州 article the county-level city 定州市.

struct Deixis {
    let gazetteer: Gazetteer

    /// True when region `r` is of the kind a deictic word names (`市`, `盟`, `县`, `旗`, `州`, `区`, `省`).
    func matches(_ r: Int32, kind: Character) -> Bool {
        let region = gazetteer.regions[Int(r)]
        let name = region.name
        switch kind {
        case "州": return region.level == .prefecture && name.hasSuffix("州")
        case "区": return name.hasSuffix("区")
        default: return name.hasSuffix(String(kind))
        }
    }

    /// The most specific region of that kind in `r`'s chain (`r` first).
    func ofKind(_ kind: Character, in r: Int32) -> Int32? {
        gazetteer.chainSlice(r).first { matches($0, kind: kind) }
    }

    /// A resolved mention as a deictic sees it.
    struct Antecedent {
        var position: Int
        var region: Int32
        var township: Int32
        var text: String
    }

    /// Resolves one deictic of `kind` at `position` in `paragraph`; `focus` is the story's or
    /// document's region. Returns region, township (for 全镇/该乡) and reason.
    func resolve(kind: Character, word: String, position: Int, paragraph: Range<Int>?,
                 antecedents: [Antecedent], focus: Int32?) -> (Int32, Int32, String)? {
        // The antecedents before `position`, nearest first. They come in text order, so that is a
        // prefix, taken without copying; the filter stays for any other order.
        let cut = antecedents.firstIndex { $0.position >= position } ?? antecedents.count
        let prefix = antecedents[cut...].allSatisfy { $0.position >= position }
        let before = (prefix ? antecedents[..<cut] : antecedents.filter { $0.position < position }[...]).reversed()
        if kind == "镇" || kind == "乡" {
            let towns = before.filter { a in
                a.township >= 0 && gazetteer.townshipNames[Int(a.township)].hasSuffix(String(kind))
            }
            let near = towns.first { paragraph?.contains($0.position) ?? false } ?? towns.first
            guard let t = near else { return nil }
            return (t.region, t.township, "\(word) → \(gazetteer.townshipNames[Int(t.township)])")
        }
        if let paragraph {
            for a in before where paragraph.contains(a.position) {
                if let r = ofKind(kind, in: a.region) {
                    return (r, -1, "\(word) → \(gazetteer.regions[Int(r)].name) (after \(a.text))")
                }
            }
        }
        if let focus, let r = ofKind(kind, in: focus) {
            return (r, -1, "\(word) → \(gazetteer.regions[Int(r)].name)")
        }
        for a in before {
            if let r = ofKind(kind, in: a.region) {
                return (r, -1, "\(word) → \(gazetteer.regions[Int(r)].name) (after \(a.text))")
            }
        }
        return nil
    }

    /// The region of a deictic of `kind` from an earlier mention of that kind in its own paragraph,
    /// or nil (townships' 全镇 and 该乡 excluded). Used before the document's region is known: such
    /// a deictic says what the story is about (该县 after 双峰县), and may be the helped side of a pairing.
    func resolveInParagraph(kind: Character, position: Int, paragraph: Range<Int>?, antecedents: [Antecedent]) -> Int32? {
        guard kind != "镇" && kind != "乡", let paragraph else { return nil }
        var i = antecedents.firstIndex { $0.position >= position } ?? antecedents.count
        while i > 0 {
            i -= 1
            let a = antecedents[i]
            // Within the paragraph, and near: a 5 MB one-line file must not walk back over all of it per deictic.
            guard a.position >= paragraph.lowerBound, position - a.position <= DocumentPlaces.window else { break }
            if let r = ofKind(kind, in: a.region) { return r }
        }
        return nil
    }
}
