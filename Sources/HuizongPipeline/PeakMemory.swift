import Foundation

/// The process's peak resident memory (VmHWM in /proc/self/status), where Linux gives it.
public enum PeakMemory {
    public static var megabytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kilobytes / 1024
    }
}
