import Foundation

/// Writes CSV the way spreadsheets read it safely: UTF-8 with a BOM (Excel and WPS then open
/// Chinese correctly), CRLF line ends and RFC 4180 quoting, and cells that a spreadsheet would run
/// as a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
///
/// Written by hand: RFC 4180 is a page long, and no package here guards against formula injection.
public struct CSVWriter: Sendable {
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Starts a CSV with the given header row.
    public init(header: [String]) { appendRow(header) }

    /// Appends one row; `numeric` marks columns holding plain numbers, which are never prefixed.
    public mutating func appendRow(_ cells: [String], numeric: Set<Int> = []) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += Array(Self.field(cell, numeric: numeric.contains(i)).utf8)
        }
        bytes += [13, 10]
    }

    /// The finished file.
    public var data: [UInt8] { bytes }

    /// One field, neutralised and quoted as needed.
    static func field(_ raw: String, numeric: Bool) -> String {
        var cell = raw
        if !numeric, let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            cell = "'" + cell
        }
        let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.hasPrefix(" ") || cell.hasSuffix(" ")
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
