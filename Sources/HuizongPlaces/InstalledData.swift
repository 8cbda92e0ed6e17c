import Foundation

/// Where an installed Huizong keeps its data: `scripts/install` puts the binary in `PREFIX/bin`
/// and the gazetteer, newspapers, metric rules and fonts in `PREFIX/share/huizong`. The binary
/// finds them from its own path, so a copy run from any folder (or through a symlink) works;
/// a binary inside `.build/` finds nothing there and falls back to SwiftPM's resource bundles.
public enum InstalledData {
    /// The folder holding the running executable, symlinks resolved. `/proc/self/exe` first:
    /// `CommandLine.arguments[0]` is only the name typed (`huizong`) when run through PATH.
    public static let executableDirectory: URL? = {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target).deletingLastPathComponent()
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// `PREFIX/share/huizong` when the executable sits in `PREFIX/bin` and that folder exists.
    public static let shareDirectory: URL? = {
        guard let bin = executableDirectory else { return nil }
        let share = bin.deletingLastPathComponent().appendingPathComponent("share/huizong", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: share.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return share.standardizedFileURL
    }()

    /// `share/huizong/NAME` of an installed Huizong, when present.
    public static func file(_ name: String) -> URL? {
        guard let url = shareDirectory?.appendingPathComponent(name),
              FileManager.default.isReadableFile(atPath: url.path) else { return nil }
        return url
    }
}
