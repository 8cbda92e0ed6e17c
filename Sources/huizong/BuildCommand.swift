import ArgumentParser
import Foundation
import HuizongPipeline

/// `huizong build [INPUT ...] [-o DIR]`: the brief and its exports, swapped in only when complete.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the brief, charts and exports from the articles.")

    @Argument(help: "Article files or folders (default: seeds).")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "Output folder (default: reports).")
    var output = "reports"

    @Option(name: .long, help: "Chart PNG resolution in dots per inch (default: 144, i.e. 2× scale).")
    var dpi: Double = 144

    @OptionGroup var common: CommonOptions
    @OptionGroup var sources: BuildSources

    func run() throws {
        try sources.checkInputs(inputs)
        let session = try Session(common: common, inputs: inputs)
        let target = URL(fileURLWithPath: output)
        let (result, staged) = try session.build(chartScale: dpi / 72, sources: sources) { try StagedOutput(beside: target) }
        do {
            try staged.commit(to: target)
        } catch {
            throw RunFailure(code: 2, message: "\(output): could not write the output (\(error.localizedDescription)); the previous contents were left as they were")
        }
        session.summarise(result, wrote: output)
        if common.strict && result.inputErrors > 0 { throw ExitCode(1) }
    }
}

/// `huizong check [INPUT ...] [-o DIR]`: exit 0 when DIR holds exactly what `build` would write.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Exit 1, listing the differences, when the output folder is stale.")

    @Argument(help: "Article files or folders (default: seeds).")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "Output folder to check (default: reports).")
    var output = "reports"

    @Option(name: .long, help: "Chart PNG resolution the folder was built with (default: 144).")
    var dpi: Double = 144

    @OptionGroup var common: CommonOptions
    @OptionGroup var sources: BuildSources

    func run() throws {
        try sources.checkInputs(inputs)
        let session = try Session(common: common, inputs: inputs)
        let (result, staged) = try session.build(chartScale: dpi / 72, sources: sources) { try StagedOutput() }
        defer { staged.discard() }
        let folder = URL(fileURLWithPath: output)
        let differences = StaleCheck.differences(expected: staged, in: folder)
        // A correction that matches no figure went stale when its article changed: CI must notice.
        let stale = result.extraction.staleCorrections
        if !stale.isEmpty {
            let report = ["\(stale.count) correction(s) match no figure; fix or remove them:"] + stale.map { "  " + $0 }
            FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
            if differences.isEmpty { throw ExitCode(1) }
        }
        guard differences.isEmpty else {
            var report = ["\(output) is stale: \(differences.count) file(s) differ from a fresh build"]
            report += differences.map { "  " + $0 }
            report += StaleCheck.explain(expected: staged, in: folder).map { "  " + $0 }
            report.append("Run `huizong build` (with the same inputs and options) and commit the result.")
            FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
            staged.discard()
            throw ExitCode(1)
        }
        common.terminal.info("\(output) is up to date (\(result.files.count) files)")
    }
}
