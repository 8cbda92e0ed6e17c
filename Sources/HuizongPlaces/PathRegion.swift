// The region a document's path names, for documents whose text names no place: county reports
// arrive as 兴和县/报告.docx or 定州市工作总结.docx. Kept apart from the text rules on purpose:
// a path is not prose, so only full official names count here (no short forms, townships or
// deictics), and the file name speaks before its folders.

extension Gazetteer {
    /// The region named by the innermost component of `path` (file name without extension,
    /// then its folders outwards) that names one by its full official name. A name several regions
    /// share (朝阳区) is settled by an outer folder naming one of their ancestors (北京市/朝阳区/…),
    /// else it gives nothing.
    public func regionNamed(inPath path: String) -> Region? {
        var components = path.split(separator: "/").map(String.init)
        guard let file = components.popLast() else { return nil }
        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        let innermostFirst = [stem] + components.reversed()
        let named = innermostFirst.map(regionsNamed)
        for (k, candidates) in named.enumerated() where !candidates.isEmpty {
            if candidates.count == 1 { return regions[Int(candidates[0])] }
            let outer = Set(named[(k + 1)...].joined())
            let settled = candidates.filter { c in chain(c).dropFirst().contains(where: outer.contains) }
            return settled.count == 1 ? regions[Int(settled[0])] : nil
        }
        return nil
    }

    /// Regions (not townships) that `text` names by full official name, in order of first mention.
    private func regionsNamed(_ text: String) -> [Int32] {
        var out: [Int32] = []
        for mention in MentionFinder(gazetteer: self).find(in: Array(text.unicodeScalars)) where mention.deicticKind == nil {
            for target in mention.targets where target.township < 0 && target.how == .name && !out.contains(target.region) {
                out.append(target.region)
            }
        }
        return out
    }
}
