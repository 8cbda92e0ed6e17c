import Foundation
import FuzzSupport
import HuizongFacts

/// libFuzzer entry point for the number grammar: the bytes, decoded as UTF-8 (invalid sequences
/// replaced), go through `FactExtractor.extract(text:)`, and every fact must satisfy the invariants
/// a report relies on. A violated invariant traps, which libFuzzer records as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    NumbersHarness.check(UnsafeBufferPointer(start: data, count: size))
    return 0
}

/// The extractor and the check, shared by the fuzzing and the replay builds.
enum NumbersHarness {
    /// Built once: loading the metric rules is the costly part.
    static let extractor = FactExtractor()

    static func check<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let text = String(decoding: bytes, as: UTF8.self)
        for fact in extractor.extract(text: text, path: "fuzz.txt") {
            FactInvariants.check(fact, text: text)
        }
    }
}

/// The entry point. SwiftPM renames an executable's `main` so tests can link it, which rules out
/// libFuzzer's own `main`: when fuzzing this one hands over to libFuzzer's driver; in a plain
/// `swift build` it replays saved inputs (corpus files, crash files) through the same check.
@main
struct FuzzNumbersMain {
    static func main() {
#if FUZZING
        exit(FuzzDriver.run(fuzzNumbers))
#else
        Replay.run(Array(CommandLine.arguments.dropFirst()), tool: "fuzz-numbers") { NumbersHarness.check($0) }
#endif
    }
}
