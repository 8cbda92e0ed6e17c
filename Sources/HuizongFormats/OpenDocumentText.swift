import CLibXML2

/// The body text of an OpenDocument text file (.odt): `content.xml`, paragraphs, headings, list
/// items and table rows in reading order. Notes (footnotes, endnotes), annotations, frames and
/// tracked deletions are left out; headers and footers live in `styles.xml`, which is not read.
enum OpenDocumentText {
    static func lines(_ bytes: [UInt8]) -> Result<[String], FormatFailure> {
        ZippedXMLPart.read("content.xml", in: bytes, format: "an OpenDocument", document: "an OpenDocument file") { root in
            var out = LineCollector()
            for part in root.children where part.name == "body" {
                blocks(part, into: &out)
            }
            return out.finish()
        }
    }

    static let skipped: Set<String> = [
        "note", "annotation", "frame", "tracked-changes", "forms", "sequence-decls", "variable-decls",
        "user-field-decls", "table-columns", "table-column", "covered-table-cell", "soft-page-break",
        "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
    ]

    private static func blocks(_ node: XMLNode, into out: inout LineCollector) {
        for child in node.children {
            guard let name = child.name, !skipped.contains(name) else { continue }
            switch name {
            case "p", "h":
                inline(child, into: &out)
                out.breakLine()
            case "table":
                table(child, into: &out)
            default:
                blocks(child, into: &out)  // text, list, list-item, section…
            }
        }
    }

    private static func table(_ node: XMLNode, into out: inout LineCollector) {
        for child in node.children {
            guard let name = child.name, !skipped.contains(name) else { continue }
            if name == "table-row" {
                var cells: [[String]] = []
                for cell in child.children where cell.name == "table-cell" {
                    var inner = LineCollector()
                    blocks(cell, into: &inner)
                    cells.append(inner.finish())
                }
                out.appendRow(cells)
            } else {
                table(child, into: &out)  // header rows, row groups
            }
        }
    }

    private static func inline(_ node: XMLNode, into out: inout LineCollector) {
        for child in node.children {
            if let t = child.text { out.append(t); continue }
            guard let name = child.name, !skipped.contains(name) else { continue }
            switch name {
            case "s":
                let count = child.attribute("c").flatMap(Int.init) ?? 1
                out.append(String(repeating: " ", count: min(max(count, 1), 100)))
            case "tab": out.append("\t")
            case "line-break": out.breakLine()
            default: inline(child, into: &out)  // span, a, …
            }
        }
    }
}
