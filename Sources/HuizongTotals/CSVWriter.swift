import Foundation

/// Writes CSV the way spreadsheets read it safely: UTF-8 with a BOM (Excel and WPS then open
/// Chinese correctly), CRLF line ends and RFC 4180 quoting, and cells that a spreadsheet would run
/// as a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
///
/// Written by hand: RFC 4180 is a page long, and no package here guards against formula injection.
public struct CSVWriter {
    private var out: BufferedWriter
    private let memory: MemorySink?

    /// Starts a CSV in memory with the given header row (`data` gives it back).
    public init(header: [String]) {
        let memory = MemorySink()
        self.memory = memory
        out = BufferedWriter(memory)
        try! start(header)   // a memory sink cannot fail
    }

    /// Starts a CSV written piece by piece to `sink`; call `finish()` at the end.
    public init(header: [String], sink: ByteSink) throws {
        memory = nil
        out = BufferedWriter(sink)
        try start(header)
    }

    private mutating func start(_ header: [String]) throws {
        try out.append(Self.start(header: header))
    }

    /// Appends one row; `numeric` marks columns holding plain numbers, which are never prefixed.
    public mutating func appendRow(_ cells: [String], numeric: Set<Int> = []) throws {
        var row: [UInt8] = []
        Self.appendRow(cells, numeric: numeric, to: &row)
        try out.append(row)
    }

    /// The bytes of one row (CRLF-terminated), appended to `bytes`; for rows made apart from a writer.
    public static func appendRow(_ cells: [String], numeric: Set<Int> = [], to bytes: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: field(cell, numeric: numeric.contains(i)).utf8)
        }
        bytes.append(13)
        bytes.append(10)
    }

    /// The start of every CSV file: the BOM and the header row.
    public static func start(header: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        appendRow(header, to: &bytes)
        return bytes
    }

    /// Writes what is still buffered.
    public mutating func finish() throws { try out.flush() }

    /// The finished file, for a CSV made in memory.
    public var data: [UInt8] {
        mutating get { try! out.flush(); return memory?.bytes ?? [] }
    }

    /// One field, neutralised and quoted as needed.
    static func field(_ raw: String, numeric: Bool) -> String {
        // Fast path: no character that needs a prefix or quotes (one pass over the UTF-8 bytes).
        if let first = raw.utf8.first, first != 0x3D, first != 0x2B, first != 0x2D, first != 0x40, first != 0x09,
           first != 0x20, raw.utf8.last != 0x20,
           !raw.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return raw
        }
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
