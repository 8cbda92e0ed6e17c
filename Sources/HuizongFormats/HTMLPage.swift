import CLibXML2
import HuizongText

/// The article text of a saved web page, through libxml2's HTML parser (which decodes entities
/// and honours the page's declared charset, GBK included). Block elements become lines, table
/// rows one line with cells joined by a tab; scripts, styles, forms, navigation and boilerplate
/// (link lists, elements whose class or id says menu, breadcrumb, sidebar, share…) are left out.
enum HTMLPage {
    static func lines(_ bytes: [UInt8]) -> (lines: [String], encoding: String) {
        // As declared by the page (`<meta charset>` or http-equiv Content-Type); a page declaring
        // nothing is decoded by the text stage's own detection and handed over as UTF-8.
        var doc = XMLParsing.html(bytes, encoding: nil)
        var encoding = doc?.pointee.encoding.map { String(cString: $0).lowercased() }
        if encoding == nil {
            if let d = doc { xmlFreeDoc(d) }
            let decoded = TextDecoding.string(bytes)
            doc = XMLParsing.html(Array(decoded.text.utf8), encoding: "UTF-8")
            encoding = decoded.encoding
        }
        guard let doc else { return ([], encoding ?? "utf-8") }
        defer { xmlFreeDoc(doc) }
        var out = LineCollector()
        out.collapsesWhiteSpace = true
        if let root = xmlDocGetRootElement(doc) { walk(XMLNode(pointer: root), into: &out) }
        return (out.finish(), encoding ?? "utf-8")
    }

    /// Never text of the article.
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "select",
        "option", "button", "input", "textarea", "svg", "canvas", "object", "embed", "menu", "dialog",
    ]
    /// Elements that start and end a line.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section",
        "article", "main", "ul", "ol", "dl", "figure", "figcaption", "address", "center", "hr", "table",
        "header", "footer", "caption", "tbody", "thead", "tfoot", "body", "html",
    ]
    /// Words in a class or id that mark page furniture rather than the article.
    static let boilerplateWords = [
        "nav", "menu", "breadcrumb", "crumb", "footer", "sidebar", "share", "copyright", "comment",
        "related", "recommend", "banner", "toolbar", "pager", "pagination", "advert", "login", "topbar",
    ]
    /// A block whose text is at least this share link text is a list of links (menus, "related
    /// articles"), not prose…
    static let linkDensityLimit = 0.5
    /// …unless its other text is this long: then it holds the article too (a page-wide wrapper),
    /// and its link lists are dropped one by one instead.
    static let proseKept = 200

    private static func walk(_ node: XMLNode, into out: inout LineCollector, insideArticle: Bool = false) {
        for child in node.children {
            if let t = child.text { out.append(t); continue }
            guard let name = child.lowercasedName else { continue }
            if isBoilerplate(child, name: name, insideArticle: insideArticle) { continue }
            switch name {
            case "br":
                out.breakLine()
            case "tr":
                var cells: [[String]] = []
                for cell in child.children where cell.lowercasedName == "td" || cell.lowercasedName == "th" {
                    var inner = LineCollector()
                    inner.collapsesWhiteSpace = true
                    walk(cell, into: &inner, insideArticle: insideArticle)
                    cells.append(inner.finish())
                }
                out.appendRow(cells)
            default:
                let block = blockElements.contains(name)
                if block { out.breakLine() }
                walk(child, into: &out, insideArticle: insideArticle || name == "article" || name == "main")
                if block { out.breakLine() }
            }
        }
    }

    /// Page furniture: elements never holding article text; a site's header or footer (outside
    /// `<article>`/`<main>`, where they hold the article's own title and byline); a class or id
    /// naming furniture; a block that is mostly links.
    private static func isBoilerplate(_ node: XMLNode, name: String, insideArticle: Bool) -> Bool {
        if skippedElements.contains(name) { return true }
        if !insideArticle && (name == "header" || name == "footer") { return true }
        let marks = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        if !marks.isEmpty {
            let words = marks.split { !($0.isLetter || $0.isNumber) }
            if words.contains(where: { word in boilerplateWords.contains { word == $0 || word.hasPrefix($0) || word.hasSuffix($0) } }) {
                return true
            }
        }
        if (blockElements.contains(name) || name == "tr" || name == "td") && name != "html" && name != "body" {
            let (all, linked) = textLength(node)
            if linked > 0 && Double(linked) >= linkDensityLimit * Double(all) && all - linked < proseKept { return true }
        }
        return false
    }

    /// Characters of visible text (white space not counted) in `node`, and how many of them are inside links.
    private static func textLength(_ node: XMLNode, inLink: Bool = false) -> (all: Int, linked: Int) {
        var all = 0, linked = 0
        for child in node.children {
            if let t = child.text {
                let n = t.unicodeScalars.reduce(0) { $0 + (($1.properties.isWhitespace) ? 0 : 1) }
                all += n
                if inLink { linked += n }
            } else if let name = child.lowercasedName, !skippedElements.contains(name) {
                let inner = textLength(child, inLink: inLink || name == "a")
                all += inner.all; linked += inner.linked
            }
        }
        return (all, linked)
    }
}
