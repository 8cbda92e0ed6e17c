import Foundation

/// Paths of the project's fixtures, found from this file's location so tests run from anywhere.
public enum ProjectPaths {
    /// The package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The five sample articles.
    public static let seeds = root.appendingPathComponent("seeds")
    /// The bundled fonts.
    public static let fonts = root.appendingPathComponent("Fonts")

    /// The bytes of a seed article, by its file-name prefix (`"000"`).
    public static func seed(_ prefix: String) throws -> (name: String, bytes: [UInt8]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let data = try Data(contentsOf: seeds.appendingPathComponent(name))
        return (name, [UInt8](data))
    }
}

extension ProjectPaths {
    /// A fresh temporary folder `in/` holding seed articles under new names, e.g. `["000": "good.txt"]`.
    public static func inputFolder(_ seeds: [(prefix: String, name: String)]) throws -> URL {
        let input = try CommandRunner.temporaryFolder().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for seed in seeds {
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent(try Self.seed(seed.prefix).name),
                                             to: input.appendingPathComponent(seed.name))
        }
        return input
    }
}
