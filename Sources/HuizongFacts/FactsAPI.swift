// CONTRACT (to be replaced by the real implementation).
import HuizongText
import HuizongPlaces

/// Extracts every figure of a document as `Fact`s.
public struct FactExtractor: Sendable {
    public init(gazetteer: Gazetteer) { fatalError("contract") }
    /// All facts of `document`, in text order, the same figure stated twice counted once.
    public func extract(from document: Document, places: DocumentPlaces) -> [Fact] { fatalError("contract") }
}
