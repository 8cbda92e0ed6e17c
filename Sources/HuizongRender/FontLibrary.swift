import CFontconfig
import Foundation

// A private fontconfig configuration that sees only the given folder: no system fonts, so a brief
// looks the same on every machine and a test cannot pass by accident on a machine with CJK fonts.

/// The bundled fonts, loaded through a private fontconfig configuration.
///
/// Immutable after `init`; fontconfig only reads the configuration afterwards, so one library may
/// serve renderers on several threads (each renderer has its own Pango font map).
public final class FontLibrary: @unchecked Sendable {
    /// The family every text is drawn in.
    public static let family = "Noto Sans CJK SC"

    /// The folder the fonts came from.
    public let directory: URL
    /// Families found in the folder, sorted.
    public let families: [String]
    /// The private configuration (owned).
    let config: OpaquePointer
    /// Union of the characters the fonts cover (owned).
    private let coverage: OpaquePointer

    /// Loads every font in `directory`; throws when the folder is missing, holds no font, or lacks
    /// the family. `cacheDirectory` defaults to `$XDG_CACHE_HOME/huizong/fontconfig` (or
    /// `~/.cache/…`, else a folder under the temporary directory), never inside the project.
    public init(directory: URL, cacheDirectory: URL? = nil) throws {
        let path = directory.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.fontsFolderMissing(path: path)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard names.contains(where: { ["otf", "ttf", "ttc"].contains(($0 as NSString).pathExtension.lowercased()) }) else {
            throw RenderError.noFontsInFolder(path: path)
        }
        guard let config = FcConfigCreate() else { throw RenderError.fontconfig("FcConfigCreate failed") }
        // A cache folder, or fontconfig complains on stderr and rescans the fonts on every run.
        let cache = (cacheDirectory ?? FontLibrary.defaultCacheDirectory()).path
        try? FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><cachedir>"
            + FontLibrary.escapeXML(cache) + "</cachedir></fontconfig>"
        guard FcConfigParseAndLoadFromMemory(config, xml, 1) != 0 else {
            FcConfigDestroy(config)
            throw RenderError.fontconfig("cannot set the cache folder \(cache)")
        }
        guard FcConfigAppFontAddDir(config, path) != 0 else {
            FcConfigDestroy(config)
            throw RenderError.fontconfig("cannot read fonts folder \(path)")
        }
        var families = Set<String>()
        let union = FcCharSetCreate()!
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for index in 0..<Int(set.pointee.nfont) {
                guard let pattern = set.pointee.fonts[index] else { continue }
                var value: UnsafeMutablePointer<FcChar8>?
                if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                    families.insert(String(cString: value))
                }
                var charset: OpaquePointer?
                if FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset {
                    FcCharSetMerge(union, charset, nil)
                }
            }
        }
        guard families.contains(FontLibrary.family) else {
            FcCharSetDestroy(union); FcConfigDestroy(config)
            throw RenderError.familyMissing(family: FontLibrary.family, path: path, found: families.sorted())
        }
        self.directory = directory
        self.families = families.sorted()
        self.config = config
        self.coverage = union
    }

    deinit {
        FcCharSetDestroy(coverage)
        FcConfigDestroy(config)
    }

    /// Whether the fonts have a glyph for `scalar`.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        FcCharSetHasChar(coverage, scalar.value) != 0
    }

    /// Characters of `text` the fonts cannot draw, each once, in code point order. Spaces, control
    /// characters and invisible format characters (word joiner, zero-width space…) are never reported.
    public func missingCharacters(in text: String) -> [Unicode.Scalar] {
        var missing = Set<UInt32>()
        // Coverage first: a charset lookup is cheap, Unicode properties are not (this runs over
        // every character of the brief after the PDF is drawn).
        for scalar in text.unicodeScalars where !covers(scalar) && !FontLibrary.isInvisible(scalar) {
            missing.insert(scalar.value)
        }
        return missing.sorted().compactMap(Unicode.Scalar.init)
    }

    /// Characters drawn as nothing, so never missing.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint || properties.isWhitespace { return true }
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return false
        }
    }

    /// `$XDG_CACHE_HOME/huizong/fontconfig`, `~/.cache/huizong/fontconfig`, or a temporary folder.
    static func defaultCacheDirectory() -> URL {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("huizong/fontconfig")
        }
        if let home = env["HOME"], home.hasPrefix("/"), FileManager.default.isWritableFile(atPath: home) {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/huizong/fontconfig")
        }
        return URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("huizong-fontcache")
    }

    private static func escapeXML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
