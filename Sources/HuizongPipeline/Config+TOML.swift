import Foundation
import TOMLKit
import HuizongPlaces

extension BriefConfig {
    /// Every top-level key a config may set (for "did you mean").
    static let keys = ["colors", "corrections", "date", "documents", "facts_per_region", "lang", "metrics",
                       "organisation", "overview_level", "page_size", "subtitle", "title", "top_n"]

    /// Reads a `huizong.toml`. An unknown key or a value of the wrong type is an error naming the
    /// key and its line, so a typo never silently falls back to a default.
    public static func load(path: String) throws -> BriefConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: nil, message: "cannot read the configuration file")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: nil, message: "the configuration file is not UTF-8")
        }
        return try parse(source, file: path)
    }

    /// Parses TOML text; `file` only names the source in errors.
    public static func parse(_ source: String, file: String) throws -> BriefConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, message: error.description)
        }
        let reader = ConfigReader(source: source, file: file)
        var config = BriefConfig()
        for key in table.keys.sorted() {
            let value = table[key]!
            switch key {
            case "title": config.title = try reader.string(value, key: key)
            case "subtitle": config.subtitle = try reader.string(value, key: key)
            case "organisation", "organization": config.organisation = try reader.string(value, key: key)
            case "date": config.date = try reader.string(value, key: key)
            case "period": config.period = try reader.string(value, key: key)
            case "title_en": config.english.title = try reader.string(value, key: key)
            case "subtitle_en": config.english.subtitle = try reader.string(value, key: key)
            case "organisation_en", "organization_en": config.english.organisation = try reader.string(value, key: key)
            case "period_en": config.english.period = try reader.string(value, key: key)
            case "metrics": config.metrics = try reader.strings(value, key: key)
            case "overview_level": config.overviewLevel = try reader.choice(value, key: key)
            case "top_n": config.topN = try reader.positiveInt(value, key: key)
            case "facts_per_region": config.factsPerRegion = try reader.positiveInt(value, key: key)
            case "page_size": config.pageSize = try reader.pageSize(value, key: key)
            case "lang": config.language = try reader.choice(value, key: key)
            case "corrections": config.corrections = try reader.string(value, key: key)
            case "colors":
                guard let colors = value.table else { throw reader.error(key, "must be a table of metric = \"#RRGGBB\"") }
                for metric in colors.keys.sorted() {
                    config.colors[metric] = try reader.color(colors[metric]!, key: "colors.\(metric)")
                }
            case "documents":
                guard let documents = value.table else { throw reader.error(key, "must be a table of [documents.\"file\"]") }
                for name in documents.keys.sorted() {
                    guard let entry = documents[name]!.table else {
                        throw reader.error(name, "must be a table like [documents.\"\(name)\"] region = \"…\"")
                    }
                    for field in entry.keys.sorted() where field != "region" {
                        throw reader.error(field, "unknown key in [documents.\"\(name)\"] (only region is allowed)")
                    }
                    if let region = entry["region"] {
                        config.documentRegions[name] = try reader.string(region, key: "region")
                    }
                }
            default:
                let near = ConfigNames.nearest(to: key, in: Self.keys)
                throw reader.error(key, "unknown key" + (near.map { " (did you mean \($0)?)" } ?? "; the keys are " + Self.keys.joined(separator: ", ")))
            }
        }
        return config
    }
}

/// Typed access to TOML values with errors that name the key and the line it is on.
struct ConfigReader {
    let lines: [Substring]
    let file: String

    init(source: String, file: String) {
        self.lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.file = file
    }

    /// The first line that sets `key` (TOMLKit does not report value positions).
    func line(of dottedKey: String) -> Int? {
        let key = String(dottedKey.split(separator: ".").last ?? Substring(dottedKey))
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            for form in [key, "\"\(key)\""] where line.hasPrefix(form) {
                let rest = line.dropFirst(form.count).trimmingCharacters(in: .whitespaces)
                if rest.hasPrefix("=") || rest.hasPrefix(".") { return i + 1 }
            }
            if line.hasPrefix("[") && line.contains(key) { return i + 1 }
        }
        return nil
    }

    func error(_ key: String, _ message: String) -> ConfigError {
        ConfigError(file: file, line: line(of: key), message: "\(key): \(message)")
    }

    /// "an integer", "a date": what TOML read a value as.
    static func described(_ value: TOMLValueConvertible) -> String {
        let type = value.type.description
        return ("aeiou".contains(type.first ?? "x") ? "an " : "a ") + type
    }

    func string(_ value: TOMLValueConvertible, key: String) throws -> String {
        guard let s = value.string else {
            // TOML reads 2021-10-01 or 15 unquoted as a date or a number: say so, with the fix.
            throw error(key, "must be a string in quotes, not \(Self.described(value)) (write \(key) = \"…\")")
        }
        return s
    }

    /// One of an enum's names, e.g. `province`; the error lists them all.
    func choice<T: RawRepresentable & CaseIterable>(_ value: TOMLValueConvertible, key: String) throws -> T
    where T.RawValue == String {
        let name = try string(value, key: key)
        guard let chosen = T(rawValue: name) else {
            let names = T.allCases.map(\.rawValue)
            let list = names.dropLast().joined(separator: ", ") + " or " + names.last!
            throw error(key, "must be \(list), not \"\(name)\"")
        }
        return chosen
    }

    func positiveInt(_ value: TOMLValueConvertible, key: String) throws -> Int {
        guard let n = value.int else { throw error(key, "must be a positive integer, not \(Self.described(value))") }
        guard n > 0 else { throw error(key, "must be a positive integer, not \(n)") }
        return n
    }

    func strings(_ value: TOMLValueConvertible, key: String) throws -> [String] {
        guard let array = value.array else { throw error(key, "must be an array of strings like [\"a\", \"b\"], not \(Self.described(value))") }
        return try array.map { try string($0, key: key) }
    }

    func color(_ value: TOMLValueConvertible, key: String) throws -> UInt32 {
        let text = try string(value, key: key)
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, let rgb = UInt32(hex, radix: 16) else {
            throw error(key, "must be a colour like \"#1F5FA8\", not \"\(text)\"")
        }
        return rgb
    }

    func pageSize(_ value: TOMLValueConvertible, key: String) throws -> PageSize {
        if let name = value.string {
            guard let size = PageSizeName(rawValue: name.lowercased()) else {
                throw error(key, "must be one of \(PageSizeName.allCases.map(\.rawValue).joined(separator: ", ")) or [width_mm, height_mm]")
            }
            return size.points
        }
        if let array = value.array, array.count == 2 {
            let mm = array.compactMap { $0.double ?? $0.int.map(Double.init) }
            if mm.count == 2, mm.allSatisfy({ $0 >= 90 && $0 <= 1000 }) {
                return PageSize(width: mm[0] * 72 / 25.4, height: mm[1] * 72 / 25.4)
            }
        }
        throw error(key, "must be a page name or [width_mm, height_mm] between 90 and 1000 mm")
    }
}
