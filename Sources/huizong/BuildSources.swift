import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces

/// What `build` and `check` read besides the articles: the corrections file, and, for the reduce
/// step, facts files instead of articles (issue 17).
struct BuildSources: ParsableArguments {
    @Option(name: .long, help: "Corrections file (default: the config's `corrections`, else corrections.csv when present).")
    var corrections: String?

    @Option(name: .long, parsing: .upToNextOption,
            help: "Build from facts files (as `huizong facts` writes them, CSV or JSON lines) instead of articles.")
    var facts: [String] = []

    /// Articles or facts files, not both: a brief from both would count the figures twice.
    func checkInputs(_ inputs: [String]) throws {
        if !facts.isEmpty && !inputs.isEmpty {
            throw RunFailure(code: 2, message: "give article folders or --facts files, not both (\(inputs.joined(separator: " ")))")
        }
    }

    /// The corrections file the run reads, if any (see `loadCorrections`).
    func correctionsPath(config: BriefConfig) -> String? {
        corrections ?? config.corrections
            ?? (FileManager.default.fileExists(atPath: "corrections.csv") ? "corrections.csv" : nil)
    }

    /// `--corrections`, else the config's `corrections`, else `corrections.csv` in the working
    /// folder when there is one; none at all is no correction. A named file that is missing, or a
    /// bad row, stops the run (exit 2).
    func loadCorrections(config: BriefConfig, gazetteer: Gazetteer) throws -> Corrections {
        guard let path = correctionsPath(config: config) else { return Corrections() }
        do {
            return try Corrections.load(path: path, gazetteer: gazetteer)
        } catch let error as CorrectionsError {
            throw RunFailure(code: 2, message: error.description)
        }
    }
}
