import ArgumentParser
import Foundation
import HuizongPipeline
import HuizongPlaces

/// `huizong regions NAME`: what the gazetteer knows by that name, with full paths and codes.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions", abstract: "Show the regions and townships a name can mean, with paths and codes.")

    @Argument(help: "A place name, short form, former name, code or path, Simplified or Traditional, or pinyin (e.g. 锡盟, 城关镇, 赤峰市红山区, 錫林郭勒盟, Chifeng, \"hongshan qu\").")
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
            // Asked in pinyin, the suggestions say theirs too: `赤峰市 150400 (Chifeng City)`.
            let english = { (region: Region) in gazetteer.englishName(of: region.code).map { " (\($0))" } ?? "" }
            if !near.isEmpty { lines.append("did you mean: " + near.map { query.label($0) + english($0) }.joined(separator: ", ")) }
            print(lines.joined(separator: "\n"))
            throw ExitCode(1)
        }
        if let readAs = answer.readAs { Terminal.report(["(\(name) read \(readAs))"]) }
        for match in answer.matches {
            let regions = gazetteer.path(of: match.region.code)
            let path = regions.map(\.name).joined(separator: " › ")
            let place = match.township.map { " › \($0)" } ?? ""
            // The same path in pinyin (townships have none), e.g. `Inner Mongolia › Chifeng City › Hongshan District`.
            let english = regions.compactMap { gazetteer.englishName(of: $0.code) }
            let pinyin = english.count == regions.count ? "  " + english.joined(separator: " › ") : ""
            print("\(match.region.code)  \(path)\(place)\(pinyin)  (\(match.how))")
        }
    }
}
