// CONTRACT (to be replaced by the real implementation).
import HuizongText
import HuizongPlaces

/// Answers "which region does the figure at this offset belong to" (DocumentPlaces.attribute).
/// Arguments: the figure's offset, and the scalar ranges of its clause, sentence and paragraph.
public typealias Attributor = @Sendable (_ offset: Int, _ clause: Range<Int>, _ sentence: Range<Int>, _ paragraph: Range<Int>) -> Attribution

/// Extracts every figure of a document as `Fact`s.
public struct FactExtractor: Sendable {
    public init() { fatalError("contract") }
    /// All facts of `document`, in text order, the same figure stated twice counted once.
    public func extract(from document: Document, attribute: Attributor) -> [Fact] { fatalError("contract") }
}
