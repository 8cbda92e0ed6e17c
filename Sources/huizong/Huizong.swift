import ArgumentParser
import Foundation
import HuizongPipeline

/// The `huizong` command: build, check, facts, regions (DESIGN.md's command-line contract).
@main
struct Huizong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huizong",
        abstract: "汇总: turn Chinese campaign articles into a brief with per-region totals and charts.",
        subcommands: [BuildCommand.self, CheckCommand.self, FactsCommand.self, RegionsCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Exit codes of the contract: 0 ok, 1 check failed (or `--strict` with input errors),
    /// 2 usage or configuration error. ArgumentParser's own usage code (64) is mapped to 2.
    static func main() {
        Interrupts.install()
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
            Terminal.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

/// A failure with its exit code and a message for the user.
struct RunFailure: Error {
    var code: Int32
    var message: String
}
