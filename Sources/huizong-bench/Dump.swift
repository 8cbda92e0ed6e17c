import HuizongText
import HuizongPlaces
import HuizongFacts

/// Everything the place and fact stages decided, as text: two builds that dump the same text
/// behave the same on the corpus (used to check that speed-ups change nothing).
struct Dump {
    private(set) var text = ""

    mutating func add(doc: Document, places: DocumentPlaces, facts: [Fact]) {
        text += "== \(doc.path) \(doc.scalars.count) \(doc.paragraphs.count) \(doc.sentences.count)\n"
        text += "doc \(places.document.region?.code ?? "-") \(places.document.reason)\n"
        for s in places.stories {
            text += "story \(s.range) \(s.attribution.region?.code ?? "-") \(s.attribution.reason)\n"
        }
        for m in places.mentions {
            text += "m \(m.range) \(m.text) \(m.region?.code ?? "-") \(m.place ?? "-") \(m.isDeictic) \(m.reason)\n"
        }
        for f in facts {
            text += "f \(f.line) \(f.regionCode) \(f.place) \(f.metric) \(f.value) \(f.valueHigh.map { "\($0)" } ?? "-") "
                + "\(f.unit) \(f.qualifier) \(f.scope) \(f.status) \(f.quote)\n"
        }
    }
}
