import Foundation
import FuzzSupport
import HuizongFacts
import HuizongPlaces
import HuizongText

/// libFuzzer entry point for whole-document extraction: bytes → `DocumentReader` → `PlaceResolver`
/// → `FactExtractor`, the pipeline's path for one file. The document's spans, every place mention
/// and every fact must stay within the input; a violated invariant traps (a libFuzzer crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    DocumentHarness.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The stages and the check, shared by the fuzzing and the replay builds.
enum DocumentHarness {
    /// Built once: the gazetteer and the metric rules are the costly part.
    static let resolver: PlaceResolver = {
        do { return PlaceResolver(gazetteer: try Gazetteer.bundled()) } catch { fatalError("gazetteer: \(error)") }
    }()
    static let extractor = FactExtractor()

    static func check(_ bytes: [UInt8]) {
        let document = DocumentReader().document(bytes: bytes, path: "fuzz.txt")
        DocumentInvariants.check(document, bytes: bytes)
        let places = resolver.resolve(scalars: document.scalars, paragraphs: document.paragraphs.map(\.range),
                                      override: nil)
        DocumentInvariants.check(places, count: document.scalars.count)
        let facts = extractor.extract(from: document) { offset, clause, sentence, paragraph in
            places.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
        }
        let maxLine = DocumentInvariants.lineBound(bytes)
        var previousLine = 1
        for fact in facts {
            FactInvariants.check(fact, text: document.text)
            if fact.line > maxLine { fatalError("invariant: fact line \(fact.line) beyond the input's \(maxLine) lines") }
            if fact.line < previousLine { fatalError("invariant: fact lines out of order (\(fact.line) after \(previousLine))") }
            previousLine = fact.line
        }
    }
}

/// The entry point. SwiftPM renames an executable's `main` so tests can link it, which rules out
/// libFuzzer's own `main`: when fuzzing this one hands over to libFuzzer's driver; in a plain
/// `swift build` it replays saved inputs (corpus files, crash files) through the same check.
@main
struct FuzzDocumentMain {
    static func main() {
#if FUZZING
        exit(FuzzDriver.run(fuzzDocument))
#else
        Replay.run(Array(CommandLine.arguments.dropFirst()), tool: "fuzz-document") { DocumentHarness.check($0) }
#endif
    }
}
