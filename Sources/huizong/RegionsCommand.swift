import ArgumentParser
import Foundation
import HuizongPlaces

/// `huizong regions NAME`: what the gazetteer knows by that name, with full paths and codes.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions", abstract: "Show the regions and townships a name can mean, with paths and codes.")

    @Argument(help: "A place name, short form or former name (e.g. 锡盟, 城关镇, 河南县).")
    var name: String

    func run() throws {
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer.bundled() } catch {
            throw RunFailure(code: 2, message: "cannot load the bundled gazetteer: \(error)")
        }
        let matches = gazetteer.lookup(name)
        guard !matches.isEmpty else {
            print("\(name): no region or township of that name")
            throw ExitCode(1)
        }
        for match in matches {
            let path = gazetteer.path(of: match.region.code).map(\.name).joined(separator: " › ")
            let place = match.township.map { " › \($0)" } ?? ""
            print("\(match.region.code)  \(path)\(place)  (\(match.how))")
        }
    }
}
