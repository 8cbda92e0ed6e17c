import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces

/// One command's run: config, gazetteer and inputs, shared by build, check and facts.
struct Session {
    let common: CommonOptions
    let inputs: [String]
    let config: BriefConfig
    let gazetteer: Gazetteer
    let jobs: Int
    let started = Date()

    init(common: CommonOptions, inputs: [String]) throws {
        self.common = common
        self.inputs = inputs.isEmpty ? ["seeds"] : inputs
        self.config = try common.loadConfig()
        self.jobs = try common.jobCount
        let start = Date()
        do { gazetteer = try Gazetteer.bundled() } catch {
            throw RunFailure(code: 2, message: "cannot load the bundled gazetteer: \(error)")
        }
        common.terminal.detail(String(format: "%8.3f s  gazetteer loaded", Date().timeIntervalSince(start)))
    }

    /// The text, places and facts stages, with a progress line on a terminal; the facts are
    /// written to `streams` as they are found.
    func extract(streams: FactStreams = FactStreams(), corrections: Corrections = Corrections()) throws -> Extraction {
        let terminal = common.terminal
        let start = Date()
        let extraction = try Extractor(gazetteer: gazetteer, config: config, corrections: corrections).run(inputs: inputs, jobs: jobs, streams: streams) { done, total in
            let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
            let left = Double(total - done) / max(rate, 0.001)
            terminal.progress("reading \(done)/\(total) documents, \(Int(rate))/s, \(Int(left.rounded())) s left")
        }
        terminal.endProgress()
        return extraction
    }

    /// Every output of a build, written into a staging folder made by `staging` once the fonts
    /// are known to load (so a configuration error leaves nothing behind). `facts.csv` and
    /// `facts.jsonl` are written while the documents are read, with `sources`' corrections applied;
    /// with `--facts`, the facts come from those files instead of the articles.
    func build(chartScale: Double, sources: BuildSources,
               staging: () throws -> StagedOutput) throws -> (BuildResult, StagedOutput) {
        let corrections = try sources.loadCorrections(config: config, gazetteer: gazetteer)
        let fontStart = Date()
        let builder: BriefBuild
        do {
            builder = try BriefBuild(config: config, gazetteer: gazetteer, fontsDirectory: common.fontsDirectory)
        } catch {
            throw RunFailure(code: 2, message: "\(error)")
        }
        common.terminal.detail(String(format: "%8.3f s  fonts ready", Date().timeIntervalSince(fontStart)))
        let outputs: StagedOutput
        do { outputs = try staging() } catch {
            throw RunFailure(code: 2, message: "cannot create a staging folder for the output: \(error.localizedDescription)")
        }
        let result: BuildResult
        do {
            let start = Date()
            let csv = try outputs.open("facts.csv"), jsonl = try outputs.open("facts.jsonl")
            let streams = FactStreams(csv: csv, jsonl: jsonl)
            let extraction = sources.facts.isEmpty ? try extract(streams: streams, corrections: corrections)
                : try FactsInput.read(sources.facts, corrections: corrections, streams: streams)
            try csv.close()
            try jsonl.close()
            common.terminal.detail(String(format: "%8.3f s  read, places and facts, facts.csv and facts.jsonl (%d documents, %d figures)",
                                          Date().timeIntervalSince(start), extraction.documents.count, extraction.facts.count)
                                   + (PeakMemory.megabytes.map { ", peak \($0) MB so far" } ?? ""))
            result = try builder.run(extraction, into: outputs, chartScale: chartScale,
                                     environment: ProcessInfo.processInfo.environment)
        } catch let error as FactsInputError {
            outputs.discard()
            throw RunFailure(code: 2, message: error.description)
        } catch {
            outputs.discard()
            throw RunFailure(code: 2, message: "the build failed (\(error.localizedDescription)); the previous output was left as it was")
        }
        for (stage, seconds) in result.timings { common.terminal.detail(String(format: "%8.3f s  ", seconds) + stage) }
        for warning in result.extraction.warnings + result.glyphWarnings { common.terminal.warn(warning) }
        return (result, outputs)
    }

    /// The closing summary: documents, figures, regions, warnings, time.
    func summarise(_ result: BuildResult, wrote output: String) {
        let e = result.extraction
        let regions = e.facts.regionCount
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        common.terminal.info("\(output): \(e.documents.count) documents, \(e.facts.count) figures, \(regions) regions, "
            + "\(e.warnings.count + result.glyphWarnings.count) warnings, \(seconds) s")
    }
}
