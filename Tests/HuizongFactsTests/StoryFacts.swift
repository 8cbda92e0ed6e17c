import HuizongText
import HuizongPlaces
import HuizongFacts

/// Facts of `text` read as the pipeline reads an article: places resolved with the bundled
/// gazetteer, then extraction.
func storyFacts(_ text: String) throws -> [Fact] {
    let doc = DocumentReader().document(bytes: Array(text.utf8), path: "story.txt")
    let places = PlaceResolver(gazetteer: try Gazetteer.bundled())
        .resolve(scalars: doc.scalars, paragraphs: doc.paragraphs.map(\.range), override: nil)
    return FactExtractor().extract(from: doc) { offset, clause, sentence, paragraph in
        places.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
    }
}
