import Foundation

/// One measured figure with its unit and the target it is held against.
struct Measurement {
    var name: String
    var value: Double
    var unit: String
    /// e.g. `≥ 50`, `< 3`; empty when there is no target.
    var target: String = ""
    var met: Bool? = nil
}

/// The table printed to the terminal and the `bench.json` written beside it.
struct BenchReport {
    var machine: String
    var measurements: [Measurement] = []

    mutating func add(_ name: String, _ value: Double, _ unit: String, atLeast: Double? = nil, below: Double? = nil) {
        var m = Measurement(name: name, value: value, unit: unit)
        if let atLeast { m.target = "≥ \(Self.format(atLeast))"; m.met = value >= atLeast }
        if let below { m.target = "< \(Self.format(below))"; m.met = value < below }
        measurements.append(m)
        print(Self.row(m))
    }

    static func format(_ v: Double) -> String {
        v >= 100 ? String(format: "%.0f", v) : v >= 10 ? String(format: "%.1f", v) : String(format: "%.2f", v)
    }

    static func row(_ m: Measurement) -> String {
        let mark = m.met.map { $0 ? "ok" : "MISSED" } ?? ""
        return "| \(m.name) | \(format(m.value)) \(m.unit) | \(m.target) | \(mark) |"
    }

    var json: String {
        let rows = measurements.map { m in
            "    {\"name\": \"\(m.name)\", \"value\": \(Self.format(m.value)), \"unit\": \"\(m.unit)\", \"target\": \"\(m.target)\", \"met\": \(m.met.map { "\($0)" } ?? "null")}"
        }
        return "{\n  \"machine\": \"\(machine)\",\n  \"measurements\": [\n" + rows.joined(separator: ",\n") + "\n  ]\n}\n"
    }
}
