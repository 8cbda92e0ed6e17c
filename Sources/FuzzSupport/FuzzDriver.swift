#if FUZZING
import CLibFuzzer

/// The fuzzing form of the entry point: hands the command line to libFuzzer's driver.
public enum FuzzDriver {
    /// Runs libFuzzer with this process's arguments and `target` as the function under test;
    /// returns libFuzzer's exit code.
    public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, target)
    }
}
#endif
