import CLibXML2

/// The body text of a Word document (.docx, .docm): `word/document.xml`, paragraphs and table
/// rows in reading order. Headers, footers, footnotes and comments live in other parts and are
/// left out; deleted text (tracked changes), field codes and drawings are skipped. Text boxes
/// (inside drawings) are left out too: Word keeps a second copy of them as a fallback picture
/// text, and reading both would count their figures twice.
enum WordDocument {
    static func lines(_ bytes: [UInt8]) -> Result<[String], FormatFailure> {
        ZippedXMLPart.read("word/document.xml", in: bytes, format: "a Word", document: "a Word document") { root in
            var out = LineCollector()
            blocks(root, into: &out)
            return out.finish()
        }
    }

    /// Elements whose text is not the document's: deletions, field codes, drawings, references
    /// to notes and comments, properties.
    static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "drawing", "pict", "object", "AlternateContent",
        "footnoteReference", "endnoteReference", "commentReference", "pPr", "rPr", "sectPr", "tblPr",
        "trPr", "tcPr", "tblGrid",
    ]

    /// Block level: paragraphs and tables, and the containers (content controls, custom XML,
    /// insertions) that hold them.
    private static func blocks(_ node: XMLNode, into out: inout LineCollector) {
        for child in node.children {
            guard let name = child.name, !skipped.contains(name) else { continue }
            switch name {
            case "p":
                inline(child, into: &out)
                out.breakLine()
            case "tbl":
                table(child, into: &out)
            default:
                blocks(child, into: &out)
            }
        }
    }

    private static func table(_ node: XMLNode, into out: inout LineCollector) {
        for row in node.children {
            guard let name = row.name else { continue }
            if name == "tr" {
                var cells: [[String]] = []
                for cell in row.children where cell.name == "tc" || cell.name == "sdt" {
                    // A cell's paragraphs (and any table nested in it) make one cell text.
                    var inner = LineCollector()
                    blocks(cell, into: &inner)
                    cells.append(inner.finish())
                }
                out.appendRow(cells)
            } else if !skipped.contains(name) {
                table(row, into: &out)  // rows inside a content control or custom XML
            }
        }
    }

    /// Run level: text, tabs, breaks, inside runs, hyperlinks, fields, insertions.
    private static func inline(_ node: XMLNode, into out: inout LineCollector) {
        for child in node.children {
            guard let name = child.name, !skipped.contains(name) else { continue }
            switch name {
            case "t":
                for piece in child.children { if let t = piece.text { out.append(t) } }
            case "tab", "ptab": out.append("\t")
            case "br", "cr": out.breakLine()
            case "noBreakHyphen": out.append("-")
            default: inline(child, into: &out)
            }
        }
    }
}
