// Errors of the rendering layer, each naming what failed and where.

/// Why fonts could not be loaded or a document could not be drawn.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The fonts folder does not exist.
    case fontsFolderMissing(path: String)
    /// The fonts folder holds no .otf, .ttf or .ttc file.
    case noFontsInFolder(path: String)
    /// The folder has fonts but none of the family the renderer draws with.
    case familyMissing(family: String, path: String, found: [String])
    /// A fontconfig call failed.
    case fontconfig(String)
    /// A Cairo surface or context reported an error status.
    case cairo(operation: String, status: String)
    /// PDF metadata the caller gave cannot be written (e.g. a creation date Cairo rejects).
    case invalidMetadata(String)

    /// A message for people.
    public var description: String {
        switch self {
        case .fontsFolderMissing(let path):
            return "fonts folder not found: \(path) (Huizong draws only with the fonts in its Fonts/ folder; pass --fonts DIR)"
        case .noFontsInFolder(let path):
            return "no font files (.otf, .ttf, .ttc) in fonts folder: \(path)"
        case .familyMissing(let family, let path, let found):
            return "fonts folder \(path) has no \"\(family)\" font (found: \(found.isEmpty ? "none" : found.joined(separator: ", ")))"
        case .fontconfig(let message):
            return "fontconfig: \(message)"
        case .cairo(let operation, let status):
            return "cairo: \(operation) failed: \(status)"
        case .invalidMetadata(let message):
            return "invalid PDF metadata: \(message)"
        }
    }
}
