import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces
import HuizongText

/// One command's run: config, gazetteer and inputs, shared by build, check and facts.
struct Session {
    let common: CommonOptions
    let inputs: [String]
    let config: BriefConfig
    let gazetteer: Gazetteer
    let jobs: Int
    /// Where the fonts are (build and check; unused by facts).
    let fontsDirectory: URL
    let started = Date()
    /// The metric rules and (for build and check) the fonts, loading on a second thread.
    let preload: StartupPreload

    /// `factsFiles`: with `--facts` the run reads those instead of articles, so they must exist
    /// and the default article folder is not looked for.
    init(common: CommonOptions, brief: BriefOptions? = nil, inputs: [String], factsFiles: [String] = []) throws {
        self.common = common
        self.inputs = inputs.isEmpty && factsFiles.isEmpty ? ["seeds"] : inputs
        try Self.checkInputsExist(factsFiles.isEmpty ? self.inputs : factsFiles, defaulted: inputs.isEmpty && factsFiles.isEmpty)
        let loaded = try common.loadConfig(lang: brief?.lang)
        self.fontsDirectory = brief?.fontsDirectory ?? URL(fileURLWithPath: "Fonts")
        self.jobs = try common.jobCount
        // From here the run goes on unless the config names what does not exist: start what it
        // will need on the second core while this one loads the gazetteer.
        preload = StartupPreload(fontsDirectory: brief == nil ? nil : fontsDirectory)
        let start = Date()
        do { gazetteer = try Gazetteer.bundled() } catch {
            throw RunFailure(code: 2, message: "cannot load the bundled gazetteer: \(error)")
        }
        common.terminal.detail(String(format: "%8.3f s  gazetteer loaded", Date().timeIntervalSince(start)))
        // Document keys are checked against the inputs' paths (one more walk of the folders,
        // only when the config names documents); with --facts there are no inputs to check.
        let paths = loaded.documentRegions.isEmpty || !factsFiles.isEmpty ? nil
            : InputCollector.collect(self.inputs).files.map(\.relativePath)
        do {
            config = try loaded.checked(gazetteer: gazetteer, file: common.configFile ?? "configuration", documentPaths: paths)
        } catch let error as ConfigError {
            throw RunFailure(code: 2, message: error.description)
        }
    }

    /// The text, places and facts stages, with a progress line on a terminal; the facts are
    /// written to `streams` as they are found.
    func extract(streams: FactStreams = FactStreams(), corrections: Corrections = Corrections()) throws -> Extraction {
        let terminal = common.terminal
        let start = Date()
        let line = ProgressLine(style: ProgressLine.style(environment: ProcessInfo.processInfo.environment,
                                                          interactive: isatty(2) == 1, quiet: terminal.quiet))
        let extraction = try Extractor(gazetteer: gazetteer, config: config, corrections: corrections).run(inputs: inputs, jobs: jobs, streams: streams) { done, total in
            line.update(done: done, total: total) { done, total in
                let rate = Double(done) / max(Date().timeIntervalSince(start), 0.001)
                let left = Double(total - done) / max(rate, 0.001)
                return "reading \(done)/\(total) documents, \(Int(rate))/s, \(Int(left.rounded())) s left"
            }
        }
        line.end()
        if extraction.documents.isEmpty {
            for warning in extraction.warnings { terminal.warn(warning) }
            throw RunFailure(code: 2, message: "no readable document in \(inputs.joined(separator: ", ")); nothing was written")
        }
        return extraction
    }

    /// A named input that does not exist is a slip, not an empty corpus: `huizong chek` once
    /// built an empty brief over reports/ and exited 0. Exit 2 before anything is written,
    /// suggesting the subcommand a short name was probably meant to be.
    static func checkInputsExist(_ inputs: [String], defaulted: Bool) throws {
        for input in inputs {
            if input == StandardInput.name {
                guard inputs.filter({ $0 == StandardInput.name }).count == 1 else {
                    throw RunFailure(code: 2, message: "-: standard input can be read only once")
                }
                do { _ = try StandardInput.spool() } catch {
                    throw RunFailure(code: 2, message: "-: cannot keep standard input in a temporary file (\(error.localizedDescription)); set TMPDIR to a writable folder")
                }
                continue
            }
            var info = stat()
            guard lstat(input, &info) != 0 else { continue }
            var message = "\(input): no such file or folder"
            if defaulted {
                message += " (the default input; name the article folder, e.g. huizong build ~/articles)"
            } else if let command = Huizong.closestSubcommand(to: input) {
                message += " (did you mean `\(command)`?)"
            }
            throw RunFailure(code: 2, message: message + "; nothing was written")
        }
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
            guard let renderer = try preload.renderer() else { preconditionFailure("build and check preload the fonts") }
            builder = BriefBuild(config: config, gazetteer: gazetteer, renderer: renderer)
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
        } catch let failure as RunFailure {
            outputs.discard()
            throw failure
        } catch {
            outputs.discard()
            throw RunFailure(code: 2, message: "the build failed (\(error.localizedDescription)); the previous output was left as it was")
        }
        for (stage, seconds) in result.timings { common.terminal.detail(String(format: "%8.3f s  ", seconds) + stage) }
        for warning in result.extraction.warnings + result.glyphWarnings { common.terminal.warn(warning) }
        return (result, outputs)
    }

    /// Everything the run reads: articles, facts files, the corrections file, the config and the
    /// fonts. An output that is or holds one of them is refused (`-o Fonts` would have deleted the fonts).
    func readPaths(_ sources: BuildSources) -> [URL] {
        var paths = (inputs + sources.facts).map { URL(fileURLWithPath: $0) } + [fontsDirectory]
        if let config = common.config { paths.append(URL(fileURLWithPath: config)) }
        else if FileManager.default.fileExists(atPath: "huizong.toml") { paths.append(URL(fileURLWithPath: "huizong.toml")) }
        if let corrections = sources.correctionsPath(config: config) { paths.append(URL(fileURLWithPath: corrections)) }
        return paths
    }

    /// Removes what killed runs left beside `target`, and puts back a previous output a kill
    /// left set aside; says what it did.
    func sweepLeftovers(beside target: URL) {
        report(Leftovers.sweep(beside: target))
    }

    func report(_ sweep: Leftovers.Report) {
        for name in sweep.restored { common.terminal.info("put back \(name), the previous output an interrupted run had set aside") }
        for name in sweep.removed { common.terminal.info("removed \(name), left by an interrupted run") }
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
