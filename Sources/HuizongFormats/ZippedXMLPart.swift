import CLibXML2

/// One XML part of a zipped office file (Word's `word/document.xml`, OpenDocument's `content.xml`),
/// unpacked and parsed, with the reason in words when that fails.
enum ZippedXMLPart {
    /// Calls `body` with the root element of `member`; `format` names the file kind in messages
    /// ("a Word", "an OpenDocument"), `document` what a file without the part is not.
    static func read<T>(_ member: String, in bytes: [UInt8], format: String, document: String,
                        _ body: (XMLNode) -> T) -> Result<T, FormatFailure> {
        let xml: [UInt8]
        switch ZipArchive.member(member, in: bytes) {
        case .success(let b): xml = b
        case .failure(.notAnArchive(let why)): return .failure(.damaged("not \(format) (zip) file: \(why)"))
        case .failure(.missing): return .failure(.damaged("no \(member) inside: not \(document)"))
        case .failure(.tooLarge): return .failure(.damaged("\(member) unpacks to more than \(ZipArchive.maxMemberBytes >> 20) MB"))
        case .failure(.unreadable(let why)): return .failure(.damaged("\(member) cannot be unpacked (\(why))"))
        }
        guard let doc = XMLParsing.xml(xml) else { return .failure(.damaged("\(member) is not well-formed XML")) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return .failure(.damaged("\(member) is empty")) }
        return .success(body(XMLNode(pointer: root)))
    }
}
