import Foundation

/// Legacy word-processor files (.doc, .wps, .rtf) through LibreOffice, when it is installed:
/// `soffice --headless --convert-to docx`, then read as a Word document. Nothing is written
/// beside the input: conversion happens in a temporary folder, with a LibreOffice profile of its
/// own so a desktop LibreOffice that is running does not swallow the request.
enum OfficeConversion {
    /// `soffice` on PATH, if any.
    static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// LibreOffice runs one conversion at a time per profile; conversions are rare, so one at a time.
    private static let lock = NSLock()

    /// The command a user can run to convert `path` themselves (quoted for a POSIX shell).
    static func command(for path: String) -> String {
        "soffice --headless --convert-to docx '" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The .docx bytes LibreOffice makes of the file at `url`.
    static func docx(from url: URL) -> Result<[UInt8], FormatFailure> {
        guard let soffice else { return .failure(.needsLibreOffice) }
        lock.lock()
        defer { lock.unlock() }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("huizong-soffice-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
            // A plain name: soffice derives the output name from the input's.
            let input = work.appendingPathComponent("input." + url.pathExtension.lowercased())
            try fm.copyItem(at: url, to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = ["-env:UserInstallation=file://" + work.appendingPathComponent("profile").path,
                                 "--headless", "--convert-to", "docx", "--outdir", work.appendingPathComponent("out").path, input.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let output = work.appendingPathComponent("out/input.docx")
            guard process.terminationStatus == 0, let data = fm.contents(atPath: output.path) else {
                return .failure(.damaged("LibreOffice could not convert it (soffice exit \(process.terminationStatus))"))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(.damaged("LibreOffice could not convert it (\(error.localizedDescription))"))
        }
    }
}
