import Foundation

/// Reads CSV as RFC 4180 writes it, and as Excel, WPS and LibreOffice save it: UTF-8 with or
/// without a BOM, fields separated by commas, CRLF or LF line ends, fields in double quotes
/// holding commas, line breaks and doubled quotes.
///
/// Written by hand, like `CSVWriter`: no package on the allowed list reads CSV, and the format is
/// a page long. What it adds over a split on commas is exactly what spreadsheets produce:
/// quoted cells, line breaks inside them, and the line each record starts on (for messages).
public enum CSVReader {
    /// One record: its cells, and the 1-based line of the file it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
    }

    /// A file that is not CSV: an unclosed quote, or text straight after a closing quote.
    public struct Malformed: Error, Equatable {
        public var line: Int
        public var message: String
    }

    /// Every record of `bytes`, the header first. Blank lines are skipped (spreadsheets leave one at the end).
    public static func records(_ bytes: [UInt8]) throws -> [Record] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var records: [Record] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1, recordLine = 1
        var i = start
        var quoted = false      // inside a quoted field
        var wasQuoted = false   // the current field was quoted (so an empty "" still counts as a cell)
        func endCell() { cells.append(String(decoding: cell, as: UTF8.self)); cell.removeAll(keepingCapacity: true); wasQuoted = false }
        func endRecord() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) { records.append(Record(line: recordLine, cells: cells)) }
            cells.removeAll()
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { cell.append(0x22); i += 2; continue }
                    quoted = false
                    i += 1
                    // After a closing quote only a separator or a line end may follow.
                    if i < bytes.count, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                        throw Malformed(line: line, message: "text after a closing quote (a quote inside a quoted cell must be doubled: \"\")")
                    }
                    continue
                }
                if b == 0x0A { line += 1 }
                cell.append(b)
                i += 1
                continue
            }
            switch b {
            case 0x22 where cell.isEmpty && !wasQuoted:
                quoted = true; wasQuoted = true
            case 0x22:
                throw Malformed(line: line, message: "a quote inside a cell that does not start with one")
            case 0x2C:
                endCell()
            case 0x0D, 0x0A:
                endRecord()
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                recordLine = line
            default:
                cell.append(b)
            }
            i += 1
        }
        if quoted { throw Malformed(line: recordLine, message: "a quoted cell is never closed") }
        if !cell.isEmpty || !cells.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// The cells of every record of a CSV this tool wrote (for `check`'s explanations); a file
    /// that is not CSV gives no rows.
    static func rows(_ text: String) -> [[String]] {
        (try? records(Array(text.utf8)))?.map(\.cells) ?? []
    }

    /// A text cell as written: `CSVWriter` puts an apostrophe before a cell a spreadsheet would run
    /// as a formula (`=…`, `+…`, `-…`, `@…`); reading it back takes the apostrophe off again.
    public static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(next) else { return cell }
        return String(cell.dropFirst())
    }
}
