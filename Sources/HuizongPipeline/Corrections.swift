import Foundation
import HuizongPlaces
import HuizongFacts

/// One row of `corrections.csv`: which figure (document, line, value, as facts.csv shows them)
/// and what to make of it. A nil field is left as the extractor found it.
public struct Correction: Sendable, Equatable {
    /// 1-based line of the file the row starts on, for messages.
    public var row: Int
    public var document: String
    public var line: Int
    public var value: Decimal
    public var region: Region?
    public var place: String?
    public var metric: String?
    public var status: Status?
    public var scope: Scope?
    public var qualifier: Qualifier?
    public var unit: String?
    public var newValue: Decimal?
    public var newValueHigh: Decimal?
    public var drop = false

    /// How the row is named in messages: `corrections.csv:3 (004.txt:15, 1113000)`.
    func named(in file: String) -> String { "\(file):\(row) (\(document):\(line), \(Fact.plain(value)))" }
}

/// What one correction did to the figures it matched, for the brief's appendix.
public struct AppliedCorrection: Sendable, Equatable {
    /// The correction's place in the file (to tell which rows matched nothing).
    public var index: Int
    public var document: String
    public var line: Int
    /// The figure as the extractor found it.
    public var metric: String
    public var value: Decimal
    public var unit: String
    /// Fields that changed, with their old and new text, in facts.csv's column order.
    public var changes: [FieldChange]
    public var dropped: Bool
    /// How many figures it matched (a line can state the same value twice).
    public var figures: Int
}

/// One field a correction changed.
public struct FieldChange: Sendable, Equatable {
    /// The facts.csv column: `region`, `place`, `metric`, `value`…
    public var field: String
    public var old: String
    public var new: String
}

/// The facts of one document after corrections, which of them a correction touched, and what it did.
public struct CorrectedFacts: Sendable {
    public var facts: [Fact]
    public var corrected: [Bool]
    public var applied: [AppliedCorrection]
}

/// A problem in the corrections file: its name, the row's line, the column, what is wrong.
public struct CorrectionsError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var column: String?
    public var message: String
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? "")\(column.map { ", column \($0)" } ?? ""): \(message)"
    }
}

/// The user's corrections (issue 17), applied to each document's facts before anything else sees
/// them, in `huizong build`, `check` and `build --facts` alike, so they hold on every rebuild.
public struct Corrections: Sendable {
    /// The file as named on the command line or in the config (never made absolute: it appears in outputs).
    public var file: String
    public var items: [Correction]
    private var byDocument: [String: [Int]]

    /// No corrections.
    public init() { self.init(file: "", items: []) }

    init(file: String, items: [Correction]) {
        self.file = file; self.items = items
        byDocument = Dictionary(grouping: items.indices, by: { items[$0].document })
    }

    public var isEmpty: Bool { items.isEmpty }

    /// Columns that say which figure a row is about; all three are needed.
    static let identifying = ["document", "line", "value"]
    /// Columns whose non-empty cell replaces the figure's field (or, for `drop`, removes the figure).
    static let replacing = ["region_code", "place", "metric", "status", "scope", "qualifier", "unit",
                            "new_value", "new_value_high", "drop"]
    /// Columns of facts.csv that are neither: accepted so rows can be copied from facts.csv, and not
    /// read — `region` follows `region_code`, `value_high` is changed through `new_value_high`, and
    /// `quote` is the article's text. `region` is still checked against `region_code` when both are
    /// filled, so a name edited without its code stops the run instead of changing nothing.
    static let ignored = ["region", "value_high", "quote"]

    /// Reads a corrections file. Stops at the first problem, naming the file, line and column.
    public static func load(path: String, gazetteer: Gazetteer) throws -> Corrections {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorrectionsError(file: path, line: nil, column: nil, message: "cannot read the corrections file")
        }
        return try parse([UInt8](data), file: path, gazetteer: gazetteer)
    }

    /// Parses the bytes of a corrections file; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file: String, gazetteer: Gazetteer) throws -> Corrections {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CorrectionsError(file: file, line: nil, column: nil,
                                   message: "not UTF-8 (save it as “CSV UTF-8” in Excel, or choose UTF-8 in WPS or LibreOffice)")
        }
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(bytes) } catch let bad as CSVReader.Malformed {
            throw CorrectionsError(file: file, line: bad.line, column: nil, message: bad.message)
        }
        guard let header = records.first else { return Corrections(file: file, items: []) }
        let names = header.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (k, name) in names.enumerated() {
            guard identifying.contains(name) || replacing.contains(name) || ignored.contains(name) else {
                throw CorrectionsError(file: file, line: header.line, column: name.isEmpty ? "\(k + 1)" : name,
                                       message: "unknown column; known are " + (identifying + replacing + ignored).joined(separator: ", "))
            }
            guard columns[name] == nil else {
                throw CorrectionsError(file: file, line: header.line, column: name, message: "column given twice")
            }
            columns[name] = k
        }
        for name in identifying where columns[name] == nil {
            throw CorrectionsError(file: file, line: header.line, column: name,
                                   message: "missing column (document, line and value say which figure a row corrects)")
        }
        var items: [Correction] = []
        for record in records.dropFirst() {
            items.append(try RowReader(record: record, columns: columns, file: file, gazetteer: gazetteer).correction())
        }
        return Corrections(file: file, items: items)
    }

    /// Applies the corrections for `document` to its facts, in text order.
    public func apply(_ facts: [Fact], document: String) -> CorrectedFacts {
        guard let mine = byDocument[document] else {
            return CorrectedFacts(facts: facts, corrected: Array(repeating: false, count: facts.count), applied: [])
        }
        var out: [Fact] = [], corrected: [Bool] = []
        var applied: [Int: AppliedCorrection] = [:]
        for fact in facts {
            var result = fact
            var touched = false, dropped = false
            for k in mine {
                let c = items[k]
                guard c.line == fact.line, c.value == fact.value else { continue }
                touched = true
                let before = result
                if c.drop { dropped = true } else { Self.change(&result, by: c) }
                if applied[k] == nil {
                    applied[k] = AppliedCorrection(index: k, document: document, line: fact.line, metric: fact.metric,
                                                   value: fact.value, unit: fact.unit,
                                                   changes: c.drop ? [] : Self.differences(before, result),
                                                   dropped: c.drop, figures: 0)
                }
                applied[k]!.figures += 1
            }
            if dropped { continue }
            out.append(result)
            corrected.append(touched)
        }
        return CorrectedFacts(facts: out, corrected: corrected, applied: applied.keys.sorted().map { applied[$0]! })
    }

    /// The corrections that matched no figure among `applied` (the article changed, or the
    /// document is gone), each named with its row: warnings in `build`, failures in `check`.
    public func stale(applied: Set<Int>) -> [String] {
        items.indices.filter { !applied.contains($0) }.map {
            "\(items[$0].named(in: file)): the correction matches no figure (did the article change?)"
        }
    }

    private static func change(_ f: inout Fact, by c: Correction) {
        if let region = c.region, region.code != f.regionCode {
            // A place below the old region cannot be below the new one: it goes, unless the row
            // names another (a row copied from facts.csv still holds the old one).
            let newPlace = c.place.flatMap { $0 == f.place ? nil : $0 } ?? ""
            f.regionCode = region.code
            f.region = region.name
            f.place = newPlace
        } else if let place = c.place {
            f.place = place
        }
        if let metric = c.metric { f.metric = metric }
        if let status = c.status { f.status = status }
        if let scope = c.scope { f.scope = scope }
        if let qualifier = c.qualifier { f.qualifier = qualifier }
        if let unit = c.unit { f.unit = unit }
        if let value = c.newValue { f.value = value }
        if let high = c.newValueHigh { f.valueHigh = high }
    }

    /// The fields that differ between two versions of a figure, in facts.csv's column order.
    static func differences(_ a: Fact, _ b: Fact) -> [FieldChange] {
        let x = a.csvFields, y = b.csvFields
        return Fact.fieldNames.indices.compactMap { k in
            let name = Fact.fieldNames[k]
            guard x[k] != y[k], name != "region_code" else { return nil }
            return FieldChange(field: name, old: x[k], new: y[k])
        }
    }
}

/// Reads one data row of a corrections file, naming the column of any problem.
private struct RowReader {
    let record: CSVReader.Record
    let columns: [String: Int]
    let file: String
    let gazetteer: Gazetteer

    func cell(_ name: String) -> String? {
        guard let k = columns[name], k < record.cells.count else { return nil }
        let text = CSVReader.unguarded(record.cells[k].trimmingCharacters(in: .whitespaces))
        return text.isEmpty ? nil : text
    }

    func error(_ column: String?, _ message: String) -> CorrectionsError {
        CorrectionsError(file: file, line: record.line, column: column, message: message)
    }

    func correction() throws -> Correction {
        if record.cells.count > columns.count {
            throw error(nil, "\(record.cells.count) cells but the header names \(columns.count) columns")
        }
        guard let document = cell("document") else { throw error("document", "empty; name the document as facts.csv does") }
        guard let lineText = cell("line"), let line = Int(lineText), line >= 1 else {
            throw error("line", "must be a line number (1 or more), not \"\(cell("line") ?? "")\"")
        }
        var c = Correction(row: record.line, document: document, line: line, value: try number("value", required: true)!)
        if let code = cell("region_code") {
            guard let region = gazetteer.region(code: code) else {
                throw error("region_code", "\"\(code)\" is no region code of the gazetteer (`huizong regions NAME` gives codes)")
            }
            if let name = cell("region"), name != region.name {
                throw error("region", "says \(name) but region_code \(code) is \(region.name); correct the code (the name is not read) or empty the name")
            }
            c.region = region
        }
        c.place = cell("place")
        if let metric = cell("metric") {
            guard MetricCatalog.all.contains(where: { $0.id == metric }) else {
                throw error("metric", "\"\(metric)\" is no metric id; known are " + MetricCatalog.all.map(\.id).joined(separator: ", "))
            }
            c.metric = metric
        }
        c.status = try choice("status")
        c.scope = try choice("scope")
        c.qualifier = try choice("qualifier")
        c.unit = cell("unit")
        c.newValue = try number("new_value", required: false)
        c.newValueHigh = try number("new_value_high", required: false)
        c.drop = cell("drop") != nil
        return c
    }

    /// A plain decimal as facts.csv writes it, or as a spreadsheet saves it (`1.113E+06`).
    func number(_ column: String, required: Bool) throws -> Decimal? {
        guard let text = cell(column) else {
            if required { throw error(column, "empty; copy the value from facts.csv") }
            return nil
        }
        let allowed = Set("0123456789.eE+-")
        guard text.allSatisfy(allowed.contains), text.contains(where: \.isNumber),
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
            throw error(column, "\"\(text)\" is not a number")
        }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ column: String) throws -> T? where T.RawValue == String {
        guard let text = cell(column) else { return nil }
        guard let value = T(rawValue: text) else {
            throw error(column, "must be " + T.allCases.map(\.rawValue).joined(separator: ", ") + ", not \"\(text)\"")
        }
        return value
    }
}
