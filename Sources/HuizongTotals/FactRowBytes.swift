import Foundation
import HuizongFacts

/// One fact's row of `facts.csv` and line of `facts.jsonl`, appended as bytes.
///
/// The same text `Fact.csvFields` and `Fact.jsonLine` give (a test compares them), written without
/// building a String per field: a corpus has hundreds of thousands of facts, and building the rows
/// as Strings was a tenth of a whole run. Fields that need no quoting or escaping — nearly all —
/// are copied byte for byte; the rest go through the general code.
enum FactRowBytes {
    static func appendCSV(_ f: Fact, to out: inout [UInt8]) {
        text(f.document, to: &out); out.append(comma)
        decimalDigits(f.line, to: &out); out.append(comma)
        text(f.regionCode, to: &out); out.append(comma)
        text(f.region, to: &out); out.append(comma)
        text(f.place, to: &out); out.append(comma)
        text(f.metric, to: &out); out.append(comma)
        out.append(contentsOf: plain(f.value).utf8); out.append(comma)
        if let high = f.valueHigh { out.append(contentsOf: plain(high).utf8) }
        out.append(comma)
        text(f.unit, to: &out); out.append(comma)
        text(f.qualifier.rawValue, to: &out); out.append(comma)
        text(f.scope.rawValue, to: &out); out.append(comma)
        text(f.status.rawValue, to: &out); out.append(comma)
        text(f.quote, to: &out)
        out.append(13); out.append(10)
    }

    /// `corrected` adds `"corrected":true` at the end of the line (issue 17: a figure a
    /// corrections file changed); other lines are exactly as before.
    static func appendJSON(_ f: Fact, corrected: Bool = false, to out: inout [UInt8]) {
        out.append(contentsOf: keys[0]); json(f.document, to: &out)
        out.append(contentsOf: keys[1]); decimalDigits(f.line, to: &out)
        out.append(contentsOf: keys[2]); json(f.regionCode, to: &out)
        out.append(contentsOf: keys[3]); json(f.region, to: &out)
        out.append(contentsOf: keys[4]); json(f.place, to: &out)
        out.append(contentsOf: keys[5]); json(f.metric, to: &out)
        out.append(contentsOf: keys[6]); out.append(contentsOf: plain(f.value).utf8)
        out.append(contentsOf: keys[7])
        if let high = f.valueHigh { out.append(contentsOf: plain(high).utf8) } else { out.append(contentsOf: null) }
        out.append(contentsOf: keys[8]); json(f.unit, to: &out)
        out.append(contentsOf: keys[9]); json(f.qualifier.rawValue, to: &out)
        out.append(contentsOf: keys[10]); json(f.scope.rawValue, to: &out)
        out.append(contentsOf: keys[11]); json(f.status.rawValue, to: &out)
        out.append(contentsOf: keys[12]); json(f.quote, to: &out)
        if corrected { out.append(contentsOf: correctedMarker) }
        out.append(UInt8(ascii: "}")); out.append(10)
    }

    private static let comma = UInt8(ascii: ",")
    private static let null = Array("null".utf8)
    private static let correctedMarker = Array(",\"corrected\":true".utf8)
    /// `{"document":`, `,"line":` … in column order.
    private static let keys: [[UInt8]] = Fact.fieldNames.enumerated().map { k, name in
        Array(((k == 0 ? "{" : ",") + Fact.jsonString(name) + ":").utf8)
    }

    /// A text cell: copied as is unless it needs quotes or a formula guard.
    private static func text(_ s: String, to out: inout [UInt8]) {
        var s = s
        let plainCell = s.withUTF8 { bytes -> Bool in
            guard let first = bytes.first else { return true }
            if first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x20
                || bytes.last == 0x20 { return false }
            for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if !plainCell { out.append(contentsOf: CSVWriter.field(s, numeric: false).utf8) }
    }

    /// A JSON string: copied between quotes unless something in it needs an escape.
    private static func json(_ s: String, to out: inout [UInt8]) {
        var s = s
        let copied = s.withUTF8 { bytes -> Bool in
            // 0xE2 starts U+2028 and U+2029, which are escaped too.
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 { return false }
            out.append(0x22)
            out.append(contentsOf: bytes)
            out.append(0x22)
            return true
        }
        if !copied { out.append(contentsOf: Fact.jsonString(s).utf8) }
    }

    private static func decimalDigits(_ n: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(n).utf8)
    }

    /// `Fact.plain`, without its rounding step when there is nothing to round (nearly always).
    static func plain(_ d: Decimal) -> String {
        d.exponent >= -8 && !d.isNaN ? DecimalText.description(d) : Fact.plain(d)
    }
}
