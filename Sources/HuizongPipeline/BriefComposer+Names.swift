import HuizongPlaces

/// Region names as the brief's reader reads them (issue 18): Chinese in the Chinese brief; in
/// the English brief pinyin with the Chinese beside it, so a name can be searched in either
/// script (`Chifeng City (赤峰市)`). Pinyin comes from the gazetteer (Gazetteer+Pinyin); a
/// region it has none for keeps its Chinese name.
extension BriefComposer {
    /// Headings, overview rows, the lead, tables: `Chifeng City (赤峰市)`.
    func regionName(_ region: Region) -> String {
        regionName(code: region.code, chinese: region.name)
    }

    func regionName(code: String, chinese: String) -> String {
        guard config.language == .en, let english = gazetteer.englishName(of: code) else { return chinese }
        return english + " " + Self.unbroken("(" + chinese + ")")
    }

    /// Chart bars, where the label column is narrow: the proper name and the Chinese (`Chifeng 赤峰市`);
    /// the Chinese tells the kind of region.
    func chartName(_ region: Region) -> String {
        guard config.language == .en, let english = gazetteer.shortEnglishName(of: region.code) else { return region.name }
        return english + " " + region.name
    }

    /// Text that a line never breaks inside: word joiners (U+2060) between its characters, so a
    /// narrow column moves `(锡林郭勒盟)` to the next line whole rather than split it (as the
    /// column heads keep their units).
    static func unbroken(_ text: String) -> String {
        text.map(String.init).joined(separator: "\u{2060}")
    }

    /// A region's path, province first: `内蒙古自治区 › 赤峰市`, or `Inner Mongolia › Chifeng City`
    /// (the section's heading gives the Chinese of the region itself).
    func pathText(_ region: Region) -> String {
        let path = gazetteer.path(of: region.code)
        guard config.language == .en else { return path.map(\.name).joined(separator: " › ") }
        return path.map { gazetteer.englishName(of: $0.code) ?? $0.name }.joined(separator: " › ")
    }
}
