import Foundation

/// Set by `--cpu-time`: stages are timed by the thread's CPU time rather than the wall clock, so
/// figures stay comparable on a machine busy with other work.
nonisolated(unsafe) var useThreadCPUTime = false

/// Now, in nanoseconds: monotonic wall clock, or this thread's CPU time under `--cpu-time`.
func clockNanoseconds() -> UInt64 {
    if useThreadCPUTime {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    return DispatchTime.now().uptimeNanoseconds
}

/// Accumulates elapsed time of repeated sections; monotonic, in nanoseconds.
struct Stopwatch {
    private(set) var nanoseconds: UInt64 = 0

    /// Runs `body`, adds its time, returns its result.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = clockNanoseconds()
        defer { nanoseconds += clockNanoseconds() - start }
        return try body()
    }

    var seconds: Double { Double(nanoseconds) / 1e9 }
}

/// Runs a command, returning its wall time, peak resident memory and CPU time (user + system,
/// all threads), from wait4's rusage. posix_spawn rather than Foundation's Process, which reaps
/// the child itself and loses its rusage.
func measureProcess(_ executable: String, _ arguments: [String]) throws
    -> (seconds: Double, peakMB: Double, status: Int32, cpuSeconds: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard rc == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(rc)) }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func secondsOf(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    // ru_maxrss is in kilobytes on Linux.
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF, secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime))
}

/// The 1-minute load average, for the report: on a shared machine every wall-clock figure
/// depends on it.
func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) > 0 ? loads[0] : .nan
}

/// `measureProcess`, started from a fresh, small copy of this executable (`--measure`).
///
/// By the end-to-end run the bench itself holds hundreds of megabytes of facts, and Linux counts
/// a parent's memory at spawn time into the child's ru_maxrss (exec keeps the high-water mark):
/// measured directly, a 137 MB run read as 236 MB. A fresh process has almost nothing to pass on.
func measureFromFreshProcess(_ executable: String, _ arguments: [String]) throws -> (seconds: Double, peakMB: Double, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    process.arguments = ["--measure", executable] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(whereSeparator: \.isWhitespace)
    guard fields.count == 3, let seconds = Double(fields[0]), let peak = Double(fields[1]), let status = Int32(fields[2]) else {
        throw NSError(domain: "huizong-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot read --measure output: \(output)"])
    }
    return (seconds, peak, status)
}
