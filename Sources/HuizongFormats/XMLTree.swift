import CLibXML2

/// A read-only view of a libxml2 node, enough to walk a parsed document in Swift.
struct XMLNode {
    let pointer: xmlNodePtr

    /// Element name without its prefix (`p` for `w:p`); nil for text and other nodes.
    var name: String? {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let n = pointer.pointee.name else { return nil }
        return String(cString: n)
    }

    /// Lower-cased element name (HTML).
    var lowercasedName: String? { name?.lowercased() }

    /// A text or CDATA node's text.
    var text: String? {
        let type = pointer.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let c = pointer.pointee.content else { return nil }
        return String(cString: c)
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Child nodes in document order.
    var children: XMLChildren { XMLChildren(first: pointer.pointee.children) }

    /// The value of attribute `name` (without namespace prefix), if present.
    func attribute(_ name: String) -> String? {
        var a = pointer.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, String(cString: n) == name {
                // The value is the attribute's text children (entities already replaced by the parser).
                var value = ""
                for child in XMLChildren(first: attr.pointee.children) { value += child.text ?? "" }
                return value
            }
            a = attr.pointee.next
        }
        return nil
    }
}

/// The children of a node as a sequence.
struct XMLChildren: Sequence, IteratorProtocol {
    var current: xmlNodePtr?
    init(first: xmlNodePtr?) { current = first }
    mutating func next() -> XMLNode? {
        guard let node = current else { return nil }
        current = node.pointee.next
        return XMLNode(pointer: node)
    }
}

/// Parsing with libxml2; `xmlInitParser` must run once before threads parse at the same time.
enum XMLParsing {
    private static let initialised: Void = { xmlInitParser() }()

    /// Options for XML parts of office files: no network, no entity expansion beyond the
    /// predefined ones, no error output on stderr (a damaged part is reported by its caller).
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// An XML document from bytes, or nil when it is not well-formed XML. Freed by the caller (`xmlFreeDoc`).
    static func xml(_ bytes: [UInt8]) -> xmlDocPtr? {
        _ = initialised
        return bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, nil, xmlOptions)
            }
        }
    }

    /// An HTML document from bytes in `encoding` (nil: as the page declares it); never nil for
    /// non-empty input, as the HTML parser recovers from any error.
    static func html(_ bytes: [UInt8], encoding: String?) -> htmlDocPtr? {
        _ = initialised
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue)
        return bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
    }
}
