import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces

/// `huizong regions NAME`: what the gazetteer knows by that name, with full paths and codes.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions", abstract: "Show the regions and townships a name can mean, with paths and codes.")

    @Argument(help: "A place name, short form, former name, code or path, Simplified or Traditional (e.g. 锡盟, 城关镇, 赤峰市红山区, 錫林郭勒盟).")
    var name: String

    func run() throws {
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer.bundled() } catch {
            throw RunFailure(code: 2, message: "cannot load the bundled gazetteer: \(error)")
        }
        let query = RegionQuery(gazetteer: gazetteer)
        let answer = query.find(name)
        guard !answer.matches.isEmpty else {
            var lines = ["\(name): no region or township of that name"]
            let near = query.suggestions(name)
            if !near.isEmpty { lines.append("did you mean: " + near.map(query.label).joined(separator: ", ")) }
            if name.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
                lines.append("(the gazetteer has no pinyin names; type the Chinese name, Simplified or Traditional, or the 6-digit code)")
            }
            print(lines.joined(separator: "\n"))
            throw ExitCode(1)
        }
        if let readAs = answer.readAs { Terminal.report(["(\(name) read \(readAs))"]) }
        for match in answer.matches {
            let path = gazetteer.path(of: match.region.code).map(\.name).joined(separator: " › ")
            let place = match.township.map { " › \($0)" } ?? ""
            print("\(match.region.code)  \(path)\(place)  (\(match.how))")
        }
    }
}
