// CONTRACT (to be replaced by the real implementation).
import Foundation

/// Turns the bytes of one file into a `Document`: decode, convert to Simplified, clean, join, split.
public struct DocumentReader: Sendable {
    public init() {}
    /// Never fails: undecodable bytes are replaced and counted in `source.invalidBytes`,
    /// problems are listed in `diagnostics`.
    public func document(bytes: [UInt8], path: String) -> Document { fatalError("contract") }
}

/// A file found under the inputs, with the path it is reported under.
public struct InputFile: Sendable, Equatable {
    public var url: URL
    /// Relative to the input folder it was found in; the file name for a file given directly.
    public var relativePath: String
    public init(url: URL, relativePath: String) { self.url = url; self.relativePath = relativePath }
}

/// Walks the inputs (files and folders, recursively) in a stable order.
public enum InputCollector {
    /// `.txt` and `.md` files under `inputs`, sorted by relative path; other files land in
    /// `skipped`, and unreadable paths or symlink loops in `diagnostics`.
    public static func collect(_ inputs: [String]) -> (files: [InputFile], skipped: [String], diagnostics: [TextDiagnostic]) {
        fatalError("contract")
    }
}
