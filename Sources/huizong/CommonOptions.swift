import ArgumentParser
import Foundation
import HuizongPipeline

/// Options every subcommand that reads articles takes (build, check, facts); those that only
/// change the brief are in `BriefOptions`.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: huizong.toml when present).")
    var config: String?

    @Option(name: .long, help: "Documents processed at once (default: all cores). Output is the same for any N.")
    var jobs: Int?

    @Flag(name: .long, help: "Exit 1 when an input had errors (unreadable or undecodable files).")
    var strict = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .long, help: "Print every warning and each stage's time.")
    var verbose = false

    /// The config file the run reads: `--config`, else huizong.toml when present.
    var configFile: String? {
        config ?? (FileManager.default.fileExists(atPath: "huizong.toml") ? "huizong.toml" : nil)
    }

    /// The config file's settings with command-line overrides (`--lang`, for the brief) applied.
    func loadConfig(lang: String? = nil) throws -> BriefConfig {
        var loaded = BriefConfig()
        do {
            if let path = config {
                loaded = try BriefConfig.load(path: path)
            } else if FileManager.default.fileExists(atPath: "huizong.toml") {
                loaded = try BriefConfig.load(path: "huizong.toml")
            }
        } catch let error as ConfigError {
            throw RunFailure(code: 2, message: error.description)
        }
        if let lang {
            guard let language = Language(rawValue: lang) else {
                throw RunFailure(code: 2, message: "--lang must be zh or en, not \"\(lang)\"")
            }
            loaded.language = language
        }
        return loaded
    }

    var jobCount: Int {
        get throws {
            guard let jobs else { return ProcessInfo.processInfo.activeProcessorCount }
            guard jobs >= 1 else { throw RunFailure(code: 2, message: "--jobs must be at least 1") }
            return jobs
        }
    }

    var terminal: Terminal { Terminal(quiet: quiet, verbose: verbose) }
}
