import Foundation
import XCTest
@testable import HuizongText
import TestSupport

/// Shared helpers: reading seeds, running command-line converters, finding original lines.
enum Helpers {
    static let reader = DocumentReader()

    static func document(_ prefix: String) throws -> (doc: Document, bytes: [UInt8]) {
        let seed = try ProjectPaths.seed(prefix)
        return (reader.document(bytes: seed.bytes, path: seed.name), seed.bytes)
    }

    static func document(text: String) -> Document {
        reader.document(bytes: Array(text.utf8), path: "test.txt")
    }

    /// Runs `iconv -f from -t to` over `input`; nil when iconv refuses.
    static func iconv(_ input: [UInt8], from: String, to: String) -> [UInt8]? {
        run("/usr/bin/iconv", ["-f", from, "-t", to], input: input)
    }

    static func run(_ tool: String, _ arguments: [String], input: [UInt8]) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        // Input from a temporary file, so writing can never block on a full pipe.
        let inputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("huizong-text-\(UUID().uuidString).in")
        defer { try? FileManager.default.removeItem(at: inputURL) }
        guard (try? Data(input).write(to: inputURL)) != nil,
              let inputHandle = try? FileHandle(forReadingFrom: inputURL) else { return nil }
        defer { try? inputHandle.close() }
        let stdout = Pipe()
        process.standardInput = inputHandle
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }

    /// 1-based number of the first line of `bytes` (UTF-8) containing `phrase`, like `grep -n`.
    static func grepLine(_ bytes: [UInt8], _ phrase: String) -> Int? {
        let text = String(decoding: bytes, as: UTF8.self)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(phrase) {
            return i + 1
        }
        return nil
    }

    /// Scalar offset of `phrase` in the document's text.
    static func offset(of phrase: String, in doc: Document) -> Int? {
        let needle = Array(phrase.unicodeScalars)
        let s = doc.scalars
        guard needle.count <= s.count, !needle.isEmpty else { return nil }
        outer: for i in 0...(s.count - needle.count) {
            for j in needle.indices where s[i + j] != needle[j] { continue outer }
            return i
        }
        return nil
    }

    /// The paragraph containing `phrase`.
    static func paragraph(containing phrase: String, in doc: Document) -> TextSpan? {
        guard let at = offset(of: phrase, in: doc) else { return nil }
        return doc.paragraphs.first { $0.range.contains(at) }
    }
}
