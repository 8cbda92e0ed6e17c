import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongTotals

/// `huizong facts [INPUT ...] [--format csv|jsonl]`: the facts to stdout, nothing written.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "Print every figure found, as CSV or JSON lines, to standard output.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    @Argument(help: "Article files or folders (default: seeds).")
    var inputs: [String] = []

    @Option(name: .long, help: "Output format.")
    var format: Format = .csv

    @OptionGroup(title: "Common options") var common: CommonOptions

    func run() throws {
        let session = try Session(common: common, inputs: inputs)
        // Facts go to standard output as each document is done, so memory stays small.
        let stdout = StandardOutput()
        let extraction: Extraction
        do {
            // No BOM on standard output: programs read it, not spreadsheets (issue 17). The facts are
            // as found, before corrections: they apply once, in `build` (also `build --facts`).
            extraction = try session.extract(streams: format == .csv ? FactStreams(csv: stdout, csvBOM: false) : FactStreams(jsonl: stdout))
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(code: 2, message: "cannot write the facts (\(error.localizedDescription))")
        }
        for warning in extraction.warnings { common.terminal.warn(warning) }
        if common.strict && !extraction.warnings.isEmpty { throw ExitCode(1) }
    }
}

/// Standard output as a sink for exports.
final class StandardOutput: ByteSink {
    func write(_ bytes: [UInt8]) throws { try FileHandle.standardOutput.write(contentsOf: bytes) }
}
