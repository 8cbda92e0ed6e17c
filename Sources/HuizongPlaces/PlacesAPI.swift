// CONTRACT (to be replaced by the real implementation): the surface other modules use.
import Foundation

/// The bundled gazetteer: every region with names, short forms, former names and townships.
public final class Gazetteer: Sendable {
    /// Loads the gazetteer shipped inside the module's resources.
    public static func bundled() throws -> Gazetteer { fatalError("contract") }
    /// The region with this 6-digit code.
    public func region(code: String) -> Region? { fatalError("contract") }
    /// The region and its ancestors, province first.
    public func path(of code: String) -> [Region] { fatalError("contract") }
    /// Every region or township whose name, short form or former name matches `name`.
    public func lookup(_ name: String) -> [GazetteerMatch] { fatalError("contract") }
}

/// One answer of `Gazetteer.lookup`.
public struct GazetteerMatch: Sendable, Equatable {
    /// The region (for a township: its county).
    public var region: Region
    /// For a township: its name; nil when the match is the region itself.
    public var township: String?
    /// How `name` matched: `name`, `short form`, `former name`, `township`.
    public var how: String
}

/// Place mentions of one document, resolved in context.
public struct DocumentPlaces: Sendable {
    /// The region the document as a whole is about, and why; region nil when unknown.
    public var document: Attribution
    /// The region a figure at `offset` belongs to: the clause's, else the sentence's,
    /// else the paragraph's, else the document's. `clause`, `sentence` and `paragraph`
    /// are scalar ranges containing `offset`.
    public func attribute(offset: Int, clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) -> Attribution {
        fatalError("contract")
    }
}

/// Finds and resolves the place mentions of a document.
public struct PlaceResolver: Sendable {
    public init(gazetteer: Gazetteer) { fatalError("contract") }
    /// Resolves all mentions in `scalars` (paragraph spans given so titles and first lines weigh more).
    /// `override`, from the config, names the document's region and wins over inference.
    public func resolve(scalars: [Unicode.Scalar], paragraphs: [Range<Int>], override: String?) -> DocumentPlaces {
        fatalError("contract")
    }
}
