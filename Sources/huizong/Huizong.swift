import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces

/// The `huizong` command: build, check, facts, regions (DESIGN.md's command-line contract).
@main
struct Huizong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huizong",
        // ASCII: the man page generator drops the rest.
        abstract: "Turn Chinese campaign articles into a brief with per-region totals and charts.",
        discussion: """
            Huizong (汇总) totals the figures in local-government reports by region and metric. \
            With no subcommand, `huizong [INPUT ...]` builds (the same as `huizong build`). \
            build, check and facts read a configuration file (--config, else huizong.toml when present); \
            `huizong help <subcommand>` lists each one's options.

            EXIT CODES:
              0  Success.
              1  check: the output folder or a correction is stale;
                 --strict: an input had errors.
              2  Usage or configuration error, or a failed run (the
                 previous output is left as it was).

            ENVIRONMENT:
              HUIZONG_FONTS      Fonts folder when --fonts is not given.
              SOURCE_DATE_EPOCH  Cover date when the config sets none.
              TERM, CI           TERM=dumb or CI set: no progress line.
              NO_COLOR           No escape sequences in the progress line.
            """,
        version: HuizongVersion.number,
        subcommands: [BuildCommand.self, CheckCommand.self, FactsCommand.self, RegionsCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Exit codes of the contract: 0 ok, 1 check failed (or `--strict` with input errors),
    /// 2 usage or configuration error. ArgumentParser's own usage code (64) is mapped to 2.
    static func main() {
        // A closed stderr or stdout pipe shows as EPIPE on the write, never as a fatal signal.
        signal(SIGPIPE, SIG_IGN)
        Interrupts.install()
        // The full version line (with the commit, found by asking git) only when asked for:
        // ArgumentParser's own `--version` would print just the number.
        if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
            print(VersionLine.text)
            Foundation.exit(0)
        }
        if let topic = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
            Terminal.report(["huizong: no help topic '\(topic)'; topics: " + subcommandNames.joined(separator: ", ")])
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as RunFailure {
            Terminal.error(failure.message)
            Foundation.exit(failure.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // ArgumentParser's message spans lines (usage, help hint): each line is made safe.
            Terminal.report(fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0 == 0 ? "huizong: " + $1 : String($1) })
            Foundation.exit(2)
        }
    }
}

extension Huizong {
    static var subcommandNames: [String] { configuration.subcommands.map { $0.configuration.commandName ?? "" } }

    /// `huizong help NAME` with a NAME that is no subcommand: ArgumentParser would print the root
    /// help and exit 0, so a typo in a script would pass unnoticed.
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help", let topic = arguments.dropFirst().first, !topic.hasPrefix("-"),
              !subcommandNames.contains(topic) else { return nil }
        return topic
    }

    /// The subcommand `word` is one or two typing slips away from (`chek` → `check`), if any.
    static func closestSubcommand(to word: String) -> String? {
        let typed = Array(word.lowercased())
        guard typed.count >= 3, typed.count <= 9, !word.contains("/"), !word.contains(".") else { return nil }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        return names.map { ($0, Gazetteer.editDistance(typed, Array($0))) }
            .filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }
}

/// A failure with its exit code and a message for the user.
struct RunFailure: Error {
    var code: Int32
    var message: String
}
