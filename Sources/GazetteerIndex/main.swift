// gazetteer-index TSV INDEX: writes the ready-made form of a gazetteer.tsv (GazetteerIndexFile).
// scripts/gazetteer/build.py runs it after writing the TSV; with --check it only compares.
import Foundation
import HuizongPlaces

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, arguments.count <= 3, arguments.count == 2 || arguments[2] == "--check" else {
    FileHandle.standardError.write(Data("usage: gazetteer-index GAZETTEER.tsv GAZETTEER.index [--check]\n".utf8))
    exit(2)
}
do {
    let index = try GazetteerIndexFile.encode(tsv: [UInt8](try Data(contentsOf: URL(fileURLWithPath: arguments[0]))))
    let out = URL(fileURLWithPath: arguments[1])
    if arguments.count == 3 {
        let same = (try? Data(contentsOf: out)) == Data(index)
        print(same ? "\(out.lastPathComponent) is up to date" : "\(out.lastPathComponent) differs from a fresh build")
        exit(same ? 0 : 1)
    }
    try Data(index).write(to: out, options: .atomic)
    print("wrote \(arguments[1]): \(index.count) bytes")
} catch {
    FileHandle.standardError.write(Data("gazetteer-index: \(arguments[0]): \(error)\n".utf8))
    exit(1)
}
