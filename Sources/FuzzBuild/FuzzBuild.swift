import Foundation
import FuzzBuildHarness
import FuzzSupport

/// libFuzzer entry point for the whole build in process (see `BuildHarness`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBuild(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    BuildHarness.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Fuzzing build: libFuzzer's driver; plain build: replays saved inputs (see Fuzz/README.md).
@main
struct FuzzBuildMain {
    static func main() {
#if FUZZING
        exit(FuzzDriver.run(fuzzBuild))
#else
        Replay.run(Array(CommandLine.arguments.dropFirst()), tool: "fuzz-build") { BuildHarness.check($0) }
        BuildHarness.cleanUp()
#endif
    }
}
