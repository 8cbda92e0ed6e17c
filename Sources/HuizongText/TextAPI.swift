import Foundation

/// Turns the bytes of one file into a `Document`: decode, convert to Simplified, clean, join, split.
///
/// Stateless and thread-safe: one reader may serve many threads. The OpenCC converter behind it is
/// shared and locked, and only Traditional or mixed text ever reaches it.
public struct DocumentReader: Sendable {
    /// A reader; cheap to make.
    public init() {}
    /// Never fails: undecodable bytes are replaced and counted in `source.invalidBytes`,
    /// problems are listed in `diagnostics`.
    public func document(bytes: [UInt8], path: String) -> Document {
        DocumentAssembler.document(bytes: bytes, path: path)
    }

    /// Reads `file` from disk; an unreadable file gives an empty document with a diagnostic.
    public func document(file: InputFile) -> Document {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            var doc = DocumentAssembler.document(bytes: [], path: file.relativePath)
            doc.diagnostics = [TextDiagnostic(path: file.relativePath, message: "file could not be read")]
            return doc
        }
        return DocumentAssembler.document(bytes: [UInt8](data), path: file.relativePath)
    }
}

/// A file found under the inputs, with the path it is reported under.
public struct InputFile: Sendable, Equatable {
    /// Where the file is.
    public var url: URL
    /// Relative to the input folder it was found in; the file name for a file given directly.
    public var relativePath: String
    /// A file and the path it is reported under.
    public init(url: URL, relativePath: String) { self.url = url; self.relativePath = relativePath }
}

/// Walks the inputs (files and folders, recursively) in a stable order.
public enum InputCollector {
    /// Readable files under `inputs` (`.txt`, `.md` and the formats of `HuizongFormats`), sorted by
    /// relative path within each input; two files of the same path from different inputs get their
    /// input folder in front. Other files land in
    /// `skipped`, and unreadable paths or symlink loops in `diagnostics`.
    public static func collect(_ inputs: [String]) -> (files: [InputFile], skipped: [String], diagnostics: [TextDiagnostic]) {
        InputWalker.collect(inputs)
    }
}
