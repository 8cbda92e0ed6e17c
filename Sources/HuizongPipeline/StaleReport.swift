import Foundation
import HuizongTotals

/// Why a folder is stale, for `huizong check`: which files differ and, from the two manifests and
/// totals, what changed — documents added, removed or changed, options, the version — and what
/// that did to the totals. Printed as text or (`--format json`) as one JSON object.
public struct StaleReport {
    public struct FileDifference {
        /// `missing`, `extra` or `differs`.
        public var state: String
        public var path: String
        public var reasons: [String]
    }

    public struct Change {
        public var name: String
        public var old: String
        public var new: String
    }

    public var files: [FileDifference] = []
    public var documentsAdded: [String] = []
    public var documentsRemoved: [String] = []
    public var documentsChanged: [String] = []
    public var options: [Change] = []
    public var version: Change?
    public var totals: [Change] = []
    public var staleCorrections: [String] = []

    public var isUpToDate: Bool { files.isEmpty && staleCorrections.isEmpty }

    public init(expected: StagedOutput, in directory: URL, staleCorrections: [String] = []) {
        self.staleCorrections = staleCorrections
        let oldManifest = Self.manifest(FileManager.default.contents(atPath: directory.appendingPathComponent("manifest.json").path).map { [UInt8]($0) })
        let newManifest = Self.manifest(expected["manifest.json"])
        let oldDocs = StaleCheck.manifestDocuments(oldManifest.bytes), newDocs = StaleCheck.manifestDocuments(newManifest.bytes)
        documentsAdded = Set(newDocs.keys).subtracting(oldDocs.keys).sorted()
        documentsRemoved = Set(oldDocs.keys).subtracting(newDocs.keys).sorted()
        documentsChanged = Set(newDocs.keys).intersection(oldDocs.keys).sorted().filter { newDocs[$0] != oldDocs[$0] }
        if oldManifest.object != nil {
            let oldOptions = oldManifest.object?["options"] as? [String: Any] ?? [:]
            let newOptions = newManifest.object?["options"] as? [String: Any] ?? [:]
            for name in Set(oldOptions.keys).union(newOptions.keys).sorted() {
                let old = Self.text(oldOptions[name]), new = Self.text(newOptions[name])
                if old != new { options.append(Change(name: name, old: old, new: new)) }
            }
            let oldVersion = Self.text(oldManifest.object?["version"]), newVersion = Self.text(newManifest.object?["version"])
            if oldVersion != newVersion { version = Change(name: "version", old: oldVersion, new: newVersion) }
        }
        let oldTotals = StaleCheck.totalsByKey(FileManager.default.contents(atPath: directory.appendingPathComponent("totals.csv").path).map { [UInt8]($0) })
        let newTotals = StaleCheck.totalsByKey(expected["totals.csv"])
        for key in Set(oldTotals.keys).union(newTotals.keys).sorted() where oldTotals[key] != newTotals[key] {
            totals.append(Change(name: key, old: oldTotals[key] ?? "—", new: newTotals[key] ?? "—"))
        }
        let causes = self.causes(hasOldManifest: oldManifest.object != nil)
        for line in StaleCheck.differences(expected: expected, in: directory) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let state = String(line[..<colon]), path = String(line[line.index(colon, offsetBy: 2)...])
            let reasons: [String]
            switch state {
            case "missing": reasons = ["a fresh build writes it; the folder lacks it"]
            case "extra": reasons = ["a fresh build does not write it"]
            default: reasons = causes
            }
            files.append(FileDifference(state: state, path: path, reasons: reasons))
        }
    }

    /// What made the build's output change, most likely first.
    func causes(hasOldManifest: Bool) -> [String] {
        var out: [String] = []
        if !hasOldManifest { out.append("the folder has no readable manifest.json (not built by this Huizong?)") }
        if !documentsAdded.isEmpty { out.append("\(documentsAdded.count) document(s) added") }
        if !documentsRemoved.isEmpty { out.append("\(documentsRemoved.count) document(s) removed") }
        if !documentsChanged.isEmpty { out.append("\(documentsChanged.count) document(s) changed") }
        if !options.isEmpty { out.append("options changed: " + options.map(\.name).joined(separator: ", ")) }
        if let version { out.append("version \(version.old) → \(version.new)") }
        if out.isEmpty {
            out.append("same inputs, options and version: Huizong's rules or data changed since, or the file was edited")
        }
        return out
    }

    /// The report as lines for the terminal.
    public func lines(folder: String) -> [String] {
        var out: [String] = []
        if !files.isEmpty {
            out.append("\(folder) is stale: \(files.count) file(s) differ from a fresh build")
            out += files.map { "  \($0.state): \($0.path) (\($0.reasons.joined(separator: "; ")))" }
        }
        out += documentsAdded.map { "  document added: \($0)" }
        out += documentsRemoved.map { "  document removed: \($0)" }
        out += documentsChanged.map { "  document changed: \($0)" }
        out += options.map { "  option \($0.name): \($0.old) → \($0.new)" }
        if let version { out.append("  version: \(version.old) → \(version.new)") }
        out += totals.map { "  total \($0.name): \($0.old) → \($0.new)" }
        if !staleCorrections.isEmpty {
            out.append("\(staleCorrections.count) correction(s) match no figure; fix or remove them:")
            out += staleCorrections.map { "  " + $0 }
        }
        if !files.isEmpty { out.append("Run `huizong build` (with the same inputs and options) and commit the result.") }
        return out
    }

    /// The report as one JSON object (keys in a fixed order), for CI.
    public func json(folder: String) -> String {
        func change(_ c: Change) -> String {
            JSONText.object([("name", JSONText.string(c.name)), ("old", JSONText.string(c.old)), ("new", JSONText.string(c.new))])
        }
        let fileList = "[" + files.map {
            JSONText.object([("path", JSONText.string($0.path)), ("state", JSONText.string($0.state)), ("reasons", JSONText.array($0.reasons))])
        }.joined(separator: ",") + "]"
        return JSONText.object([
            ("folder", JSONText.string(folder)),
            ("up_to_date", isUpToDate ? "true" : "false"),
            ("files", fileList),
            ("documents", JSONText.object([("added", JSONText.array(documentsAdded)), ("removed", JSONText.array(documentsRemoved)),
                                           ("changed", JSONText.array(documentsChanged))])),
            ("options", "[" + options.map(change).joined(separator: ",") + "]"),
            ("version", version.map(change) ?? "null"),
            ("totals", "[" + totals.map(change).joined(separator: ",") + "]"),
            ("stale_corrections", JSONText.array(staleCorrections)),
        ]) + "\n"
    }

    static func manifest(_ bytes: [UInt8]?) -> (bytes: [UInt8]?, object: [String: Any]?) {
        (bytes, bytes.flatMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] })
    }

    /// A manifest value as compact JSON text (strings bare), for comparing and showing.
    static func text(_ value: Any?) -> String {
        guard let value else { return "—" }
        if let s = value as? String { return s }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
