import Foundation

/// Runs a built executable or a system tool and captures what it prints.
public struct CommandResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: [UInt8]
}

public enum CommandRunner {
    /// The `huizong` binary built beside the test bundle.
    public static var huizong: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("huizong")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return ProjectPaths.root.appendingPathComponent(".build/debug/huizong")
    }

    /// Runs `executable` with `arguments` in `directory`, with extra environment variables.
    /// A command still running after `timeout` seconds is killed (a hang fails its test, instead of
    /// holding CI until its limit), and its stderr says so. `standardInput`, when given, is piped in.
    @discardableResult
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL = ProjectPaths.root,
                           environment: [String: String] = [:], standardInput: [UInt8]? = nil,
                           timeout: Double = 300) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = standardInput.map { _ in Pipe() }
        if let input { process.standardInput = input }
        try process.run()
        if let input, let standardInput {
            // Written from another thread: a child that reads slowly must not block this one.
            DispatchQueue.global().async {
                try? input.fileHandleForWriting.write(contentsOf: standardInput)
                try? input.fileHandleForWriting.close()
            }
        }
        nonisolated(unsafe) var timedOut = false
        let watchdog = DispatchWorkItem {
            guard process.isRunning else { return }
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        let stderr = String(decoding: errData, as: UTF8.self)
            + (timedOut ? "\n[killed by the test after \(Int(timeout)) s: \(executable.lastPathComponent) \(arguments.joined(separator: " "))]" : "")
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: stderr, stdoutBytes: [UInt8](outData))
    }

    /// Runs a tool found on PATH (pdftotext, pdffonts, iconv…).
    @discardableResult
    public static func tool(_ name: String, _ arguments: [String]) throws -> CommandResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    /// A fresh empty temporary folder.
    public static func temporaryFolder(_ name: String = "huizong-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
