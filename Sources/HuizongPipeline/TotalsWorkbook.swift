import Foundation
import CXLSXWriter
import HuizongPlaces
import HuizongFacts
import HuizongTotals

/// `totals.xlsx` (issue 18): the totals of totals.csv for people who open them in a spreadsheet:
/// one sheet per level, headers in the brief's language, values as numbers (not text) shown in
/// 万/亿 by a number format, so they sort and sum. Written with libxlsxwriter (Debian's
/// libxlsxwriter-dev) rather than by hand: the xlsx container and its XML parts are its job.
enum TotalsWorkbook {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Shows 61000 as `6.1000万` and 5790000000 as `57.90000000亿` without changing the value
    /// (`!.` puts a literal point four or eight digits from the right).
    static let chineseFormat = "[>=100000000]0!.00000000\"亿\";[>=10000]0!.0000\"万\";0"
    /// Thousands separators, as the English brief writes figures.
    static let englishFormat = "#,##0.##"

    /// The workbook's bytes. libxlsxwriter writes a file, so it goes through a temporary folder.
    static func bytes(_ totals: RegionTotals, language: Language) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("huizong-xlsx-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("totals.xlsx").path
        try write(totals, language: language, to: path, tmpdir: folder.path)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ totals: RegionTotals, language: Language, to path: String, tmpdir: String) throws {
        let zh = language == .zh
        var options = lxw_workbook_options()
        guard let workbook = tmpdir.withCString({ dir -> UnsafeMutablePointer<lxw_workbook>? in
            options.tmpdir = UnsafeMutablePointer(mutating: dir)
            return workbook_new_opt(path, &options)
        }) else { throw Failure(description: "cannot create \(path)") }
        // A fixed creation date: the same totals give the same bytes (output is deterministic).
        var properties = lxw_doc_properties()
        properties.created = 946_684_800  // 2000-01-01T00:00:00Z
        workbook_set_properties(workbook, &properties)

        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        let number = workbook_add_format(workbook)
        format_set_num_format(number, zh ? chineseFormat : englishFormat)

        let headers = zh
            ? ["地区代码", "地区", "上级代码", "指标", "数值", "单位", "限定", "依据", "数字个数", "文档数"]
            : ["Region code", "Region", "Parent code", "Metric", "Value", "Unit", "Qualifier", "Basis", "Figures", "Documents"]
        for level in RegionLevel.allCases.sorted() {
            let rows = totals.totals.filter { $0.region.level == level }
            let name = zh ? ["省级", "地级", "县级"][level == .province ? 0 : level == .prefecture ? 1 : 2]
                : ["Provinces", "Prefectures", "Counties"][level == .province ? 0 : level == .prefecture ? 1 : 2]
            guard let sheet = workbook_add_worksheet(workbook, name) else { continue }
            worksheet_freeze_panes(sheet, 1, 0)
            worksheet_set_column(sheet, 1, 1, 18, nil)
            worksheet_set_column(sheet, 3, 4, 16, nil)
            for (column, header) in headers.enumerated() {
                worksheet_write_string(sheet, 0, lxw_col_t(column), header, bold)
            }
            for (index, t) in rows.enumerated() {
                let row = lxw_row_t(index + 1)
                let info = MetricCatalog.info(t.metric)
                worksheet_write_string(sheet, row, 0, t.region.code, nil)
                worksheet_write_string(sheet, row, 1, t.region.name, nil)
                worksheet_write_string(sheet, row, 2, t.region.parentCode ?? "", nil)
                worksheet_write_string(sheet, row, 3, info.label(language), nil)
                worksheet_write_number(sheet, row, 4, NSDecimalNumber(decimal: t.value).doubleValue, number)
                worksheet_write_string(sheet, row, 5, zh ? t.unit : BriefNumbers.unitName(t.unit), nil)
                worksheet_write_string(sheet, row, 6, DisplayNumber.mark(t.qualifier), nil)
                worksheet_write_string(sheet, row, 7, t.basis.rawValue, nil)
                worksheet_write_number(sheet, row, 8, Double(t.factIndices.count), nil)
                worksheet_write_number(sheet, row, 9, Double(t.documents.count), nil)
            }
        }
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "cannot write \(path): " + String(cString: lxw_strerror(status)))
        }
    }
}
