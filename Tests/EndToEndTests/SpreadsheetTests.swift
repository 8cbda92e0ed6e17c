import XCTest
import TestSupport

/// `totals.csv` opened by LibreOffice exactly as issue #6 asks (`soffice --headless --convert-to xlsx`,
/// no filter options), then written back to CSV, must give the same cells: Chinese intact, the BOM
/// taken as a BOM and not as text in the first header.
///
/// Skipped where LibreOffice is not installed (CI machines need not have it), and for LibreOffice 7.x:
/// that version opens a CSV without filter options as Windows-1252 whatever its BOM (the import
/// default in sc/source/ui/docshell/docsh.cxx), so no UTF-8 file can pass there; 25.2 reads UTF-8.
final class SpreadsheetTests: XCTestCase {
    func testTotalsCSVOpensInLibreOfficeWithChineseIntact() throws {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("LibreOffice (soffice) is not installed")
        }
        let tool = URL(fileURLWithPath: soffice)
        let version = try CommandRunner.run(tool, ["--version"]).stdout
        if let major = version.split(separator: " ").dropFirst().first?.split(separator: ".").first.flatMap({ Int($0) }),
           major <= 7 {
            throw XCTSkip("\(version.trimmingCharacters(in: .whitespacesAndNewlines)) reads CSV as Windows-1252 by default")
        }

        let folder = try CommandRunner.temporaryFolder("huizong-soffice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("reports")
        let build = try CommandRunner.run(CommandRunner.huizong, ["build", "seeds", "-o", reports.path, "--quiet"])
        XCTAssertEqual(build.status, 0, build.stderr)
        let original = try Data(contentsOf: reports.appendingPathComponent("totals.csv"))

        // A private LibreOffice profile, so a desktop session or a parallel run cannot lock it.
        let profile = "-env:UserInstallation=file://\(folder.path)/profile"
        let toXLSX = try CommandRunner.run(tool, [profile, "--headless", "--convert-to", "xlsx",
                                                  "--outdir", folder.path, reports.appendingPathComponent("totals.csv").path])
        let xlsx = folder.appendingPathComponent("totals.xlsx")
        XCTAssertTrue(FileManager.default.fileExists(atPath: xlsx.path), toXLSX.stdout + toXLSX.stderr)

        // Back to CSV with explicit options (comma, double quote, UTF-8) to read what the sheet holds.
        let back = folder.appendingPathComponent("back")
        let toCSV = try CommandRunner.run(tool, [profile, "--headless", "--convert-to",
                                                 "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", back.path, xlsx.path])
        let roundTrip = try String(contentsOf: back.appendingPathComponent("totals.csv"), encoding: .utf8)
        XCTAssertFalse(roundTrip.isEmpty, toCSV.stderr)

        let sourceRows = CSV.rows(String(decoding: original.dropFirst(3), as: UTF8.self))
        let sheetRows = CSV.rows(roundTrip)
        XCTAssertEqual(sheetRows.first, sourceRows.first, "the header, with no BOM read as text")
        XCTAssertEqual(sheetRows.count, sourceRows.count)
        // Text columns must come back exactly (numbers may be reformatted by the spreadsheet).
        let header = sourceRows[0]
        for name in ["region", "level", "metric", "unit", "qualifier"] {
            guard let column = header.firstIndex(of: name) else { continue }
            XCTAssertEqual(sheetRows.map { $0.indices.contains(column) ? $0[column] : "" },
                           sourceRows.map { $0[column] }, "column \(name)")
        }
        XCTAssertTrue(sheetRows.contains { $0.contains("赤峰市") })
    }
}

/// Just enough RFC 4180 reading for the round trip: quoted fields, doubled quotes, CRLF or LF rows.
private enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for c in text {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true } else { field.append(c) }
                continue
            }
            switch c {
            case "\"": if afterQuote { field.append("\"") }; quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(c)
            }
            afterQuote = false
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
