import ArgumentParser
import Foundation
import HuizongPipeline

/// `huizong build [INPUT ...] [-o DIR]`: the brief and its exports, swapped in only when complete.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the brief, charts and exports from the articles.")

    @Argument(help: "Article files or folders (default: seeds).")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "Output folder.")
    var output = "reports"

    @Option(name: .long, help: "Chart PNG resolution in dots per inch, \(ChartResolution.range.lowerBound)–\(ChartResolution.range.upperBound); 144 is 2× scale.")
    var dpi: Double = 144

    @OptionGroup(title: "Brief options") var brief: BriefOptions
    @OptionGroup(title: "Common options") var common: CommonOptions
    @OptionGroup var sources: BuildSources

    func run() throws {
        try sources.checkInputs(inputs)
        let scale = try ChartResolution.scale(dpi: dpi)
        let session = try Session(common: common, brief: brief, inputs: inputs, factsFiles: sources.facts)
        let target = URL(fileURLWithPath: output)
        // The folder is checked before anything is written, and again just before the swap (the
        // build takes a while, and someone may have put a file there meanwhile).
        let guardOutput = {
            do {
                try OutputFolder.checkReplaceable(target, named: output, inputs: session.readPaths(sources))
            } catch let refusal as OutputRefusal {
                throw RunFailure(code: 2, message: refusal.description)
            }
        }
        try guardOutput()
        session.sweepLeftovers(beside: target)
        let (result, staged) = try session.build(chartScale: scale, sources: sources) { try StagedOutput(beside: target) }
        do {
            try guardOutput()
        } catch {
            staged.discard()
            throw error
        }
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

    @Option(name: [.short, .long], help: "Output folder to check.")
    var output = "reports"

    @Option(name: .long, help: "Chart PNG resolution the folder was built with.")
    var dpi: Double = 144

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: "text (on standard error) or json (one object on standard output, for CI).")
    var format: Format = .text

    @OptionGroup(title: "Brief options") var brief: BriefOptions
    @OptionGroup(title: "Common options") var common: CommonOptions
    @OptionGroup var sources: BuildSources

    func run() throws {
        try sources.checkInputs(inputs)
        let scale = try ChartResolution.scale(dpi: dpi)
        let session = try Session(common: common, brief: brief, inputs: inputs, factsFiles: sources.facts)
        let folder = URL(fileURLWithPath: output)
        session.sweepLeftovers(beside: folder)
        session.report(Leftovers.sweepCheckFolders())
        let (result, staged) = try session.build(chartScale: scale, sources: sources) { try StagedOutput() }
        defer { staged.discard() }
        // A correction that matches no figure went stale when its article changed: CI must notice.
        let report = StaleReport(expected: staged, in: folder, staleCorrections: result.extraction.staleCorrections)
        switch format {
        case .json:
            try FileHandle.standardOutput.write(contentsOf: Data(report.json(folder: output).utf8))
        case .text:
            if report.isUpToDate { common.terminal.info("\(output) is up to date (\(result.files.count) files)") }
            else { Terminal.report(report.lines(folder: output)) }
        }
        if !report.isUpToDate {
            staged.discard()
            throw ExitCode(1)
        }
    }
}

/// The range `--dpi` accepts: below 36 (half scale) a chart is unreadable, above 600 one PNG
/// takes hundreds of megabytes; NaN, 0 and negative values once crashed the renderer.
enum ChartResolution {
    static let range = 36...600

    /// The PNG scale for `dpi` (72 dpi = 1×), or a usage error naming the range.
    static func scale(dpi: Double) throws -> Double {
        guard dpi.isFinite, dpi >= Double(range.lowerBound), dpi <= Double(range.upperBound) else {
            throw RunFailure(code: 2, message: "--dpi must be a number from \(range.lowerBound) to \(range.upperBound) (default 144), not \(dpi)")
        }
        return dpi / 72
    }
}
