/// Finds and resolves the place mentions of a document.
///
/// Steps: find every mention in one pass (MentionFinder); choose among the candidates of
/// ambiguous names by the other places named (Disambiguator); infer the region of the document
/// and of each story of a multi-story page (RegionInference); resolve deictics such as 全市 and
/// 该县 (Deixis). The config's override wins over inference.
public struct PlaceResolver: Sendable {
    /// The gazetteer whose names are matched.
    public let gazetteer: Gazetteer
    /// Mentions in the first paragraphs (title, lead) count this many times.
    static let titleWeight = 3.0
    /// How many leading non-empty paragraphs are the "title and first lines".
    static let titleParagraphs = 2

    /// A resolver over `gazetteer` (cheap: the name index is built with the gazetteer).
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// Resolves all mentions in `scalars` (paragraph spans given so titles and first lines weigh more).
    /// `override`, from the config, names the document's region and wins over inference.
    public func resolve(scalars: [Unicode.Scalar], paragraphs: [Range<Int>], override: String?) -> DocumentPlaces {
        let raw = MentionFinder(gazetteer: gazetteer).find(in: scalars)
        let nonEmpty = paragraphs.filter { !$0.isEmpty }
        let titleEnd = nonEmpty.count >= Self.titleParagraphs ? nonEmpty[Self.titleParagraphs - 1].upperBound
            : (nonEmpty.last?.upperBound ?? min(scalars.count, 120))
        let overrideRegion = override.flatMap(resolveOverride)

        // 1. Disambiguate names.
        let names = raw.indices.filter { raw[$0].deicticKind == nil }
        let candidates: [[Candidate]] = names.map { i in
            // Distinct candidates in target order; a linear check beats hashing for the usual
            // handful of targets.
            let targets = raw[i].targets
            var out: [Candidate] = []
            out.reserveCapacity(targets.count)
            if targets.count <= 16 {
                for t in targets {
                    let c = Candidate(region: t.region, township: t.township)
                    if !out.contains(c) { out.append(c) }
                }
                return out
            }
            // Long lists (城关镇 names 80 townships) rarely hold a repeat: check by sorting packed
            // keys, and hash only when one is there.
            var keys = targets.map { UInt64(UInt32(bitPattern: $0.region)) << 32 | UInt64(UInt32(bitPattern: $0.township)) }
            keys.sort()
            if !zip(keys, keys.dropFirst()).contains(where: { $0 == $1 }) {
                for t in targets { out.append(Candidate(region: t.region, township: t.township)) }
                return out
            }
            var seen = Set<Candidate>(minimumCapacity: targets.count)
            for t in targets {
                let c = Candidate(region: t.region, township: t.township)
                if seen.insert(c).inserted { out.append(c) }
            }
            return out
        }
        let weights = names.map { raw[$0].range.lowerBound < titleEnd ? Self.titleWeight : 1 }
        let choices = Disambiguator(gazetteer: gazetteer).choose(
            candidates, texts: names.map { raw[$0].text }, textKeys: names.map { raw[$0].node },
            positions: names.map { raw[$0].range.lowerBound },
            weights: weights, anchor: overrideRegion)
        var chosen = [(Candidate?, String)?](repeating: nil, count: raw.count)
        for (k, i) in names.enumerated() {
            var reason = choices[k].reason
            if reason == "only candidate", let c = choices[k].candidate,
               let how = raw[i].targets.first(where: { $0.region == c.region && $0.township == c.township })?.how {
                reason = how == .name || how == .township ? "name" : how.label
            }
            chosen[i] = (choices[k].candidate, reason)
        }

        // 2. Document and story regions.
        let evidence: [PlacedEvidence] = names.enumerated().compactMap { k, i in
            guard let c = choices[k].candidate else { return nil }
            return PlacedEvidence(position: raw[i].range.lowerBound,
                                  e: Evidence(region: c.region, township: c.township, weight: weights[k],
                                              inTitle: raw[i].range.lowerBound < titleEnd, text: raw[i].text))
        }
        let inference = RegionInference(gazetteer: gazetteer)
        // The config's region wins over inference, stories included.
        let (stories, shape) = overrideRegion != nil ? ([], .single) : storyRegions(scalars: scalars, paragraphs: nonEmpty, evidence: evidence,
                                            inference: inference)
        var document = Attribution(region: nil, place: nil, reason: "document: no place named")
        var documentIndex: Int32?
        if let o = overrideRegion {
            documentIndex = o
            document = Attribution(region: gazetteer.regions[Int(o)], place: nil,
                                   reason: "document: override \(gazetteer.regions[Int(o)].name)")
        } else if shape == .bylines, let lead = stories.first, lead.0.lowerBound == 0 {
            documentIndex = lead.1
            document = Attribution(region: gazetteer.regions[Int(lead.1)], place: nil,
                                   reason: "document: lead story, \(lead.2)")
        } else if shape == .headings, let common = inference.commonAncestor(stories.map(\.1)) {
            documentIndex = common
            let list = stories.map { gazetteer.regions[Int($0.1)].name }
            var seen = Set<String>()
            let shown = list.filter { seen.insert($0).inserted }.prefix(3).joined(separator: "、")
            document = Attribution(region: gazetteer.regions[Int(common)], place: nil,
                                   reason: "document: stories in \(shown)…")
        } else if let (r, why) = inference.infer(evidence.map(\.e)) {
            documentIndex = r
            document = Attribution(region: gazetteer.regions[Int(r)], place: nil, reason: "document: \(why)")
        }

        // 3. Mentions, with deictics resolved against what precedes them.
        let deixis = Deixis(gazetteer: gazetteer)
        let antecedents = evidence.map {
            Deixis.Antecedent(position: $0.position, region: $0.e.region, township: $0.e.township, text: $0.e.text)
        }
        var mentions: [PlaceMention] = []
        mentions.reserveCapacity(raw.count)
        for (i, m) in raw.enumerated() {
            if let kind = m.deicticKind {
                let paragraph = nonEmpty.first { $0.contains(m.range.lowerBound) }
                let focus = stories.first { $0.0.contains(m.range.lowerBound) }?.1 ?? documentIndex
                let r = deixis.resolve(kind: kind, word: m.text, position: m.range.lowerBound, paragraph: paragraph,
                                       antecedents: antecedents, focus: focus)
                mentions.append(PlaceMention(
                    range: m.range, text: m.text, region: r.map { gazetteer.regions[Int($0.0)] },
                    place: r.flatMap { $0.1 >= 0 ? gazetteer.townshipNames[Int($0.1)] : nil },
                    isDeictic: true, reason: r?.2 ?? "\(m.text) unresolved"))
            } else {
                let (c, why) = chosen[i] ?? (nil, "")
                mentions.append(PlaceMention(
                    range: m.range, text: m.text, region: c.map { gazetteer.regions[Int($0.region)] },
                    place: c.flatMap { $0.township >= 0 ? gazetteer.townshipNames[Int($0.township)] : nil },
                    isDeictic: false, reason: why))
            }
        }
        let storyValues = stories.map { range, r, why in
            DocumentPlaces.Story(range: range, attribution: Attribution(
                region: gazetteer.regions[Int(r)], place: nil, reason: "story: \(why)"))
        }
        var places = DocumentPlaces(document: document, mentions: mentions, stories: storyValues)
        for code in Set(mentions.compactMap { $0.region?.code } + storyValues.compactMap { $0.attribution.region?.code }) {
            places.ancestors[code] = gazetteer.path(of: code).dropLast().reversed().map(\.code)
        }
        return places
    }

    /// The region a config value names: a 6-digit code, or a name / short form (the highest-level,
    /// lowest-code division when several match).
    func resolveOverride(_ value: String) -> Int32? {
        let matches = gazetteer.lookup(value).filter { $0.township == nil }
        let pick = matches.min { ($0.region.level, $0.region.code) < ($1.region.level, $1.region.code) }
        return pick.flatMap { gazetteer.regionIndex[$0.region.code] }
    }

    /// Regions of the stories of a multi-story page (see StorySplitter), with the page shape.
    private func storyRegions(scalars: [Unicode.Scalar], paragraphs: [Range<Int>],
                              evidence: [PlacedEvidence],
                              inference: RegionInference) -> ([(Range<Int>, Int32, String)], PageShape) {
        let (starts, shape) = StorySplitter(scalars: scalars, paragraphs: paragraphs).split()
        guard shape != .single else { return ([], .single) }
        var out: [(Range<Int>, Int32, String)] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : scalars.count
            // The story's own title lines: up to its first paragraph longer than a title line.
            let body = paragraphs.first { $0.lowerBound >= start && $0.count > StorySplitter.maxTitleLength }
            let headingEnd = min(body?.lowerBound ?? end, end)
            let inside = evidence.filter { $0.position >= start && $0.position < end }.map { item -> Evidence in
                var e = item.e
                e.inTitle = item.position < headingEnd
                e.weight = e.inTitle ? Self.titleWeight : 1
                return e
            }
            if let (r, why) = inference.infer(inside) { out.append((start ..< end, r, why)) }
            else if k == 0 && shape == .bylines { return ([], .single) }  // no lead story region
        }
        guard out.count >= 2, Set(out.map(\.1)).count >= 2 else { return ([], .single) }
        return (out, shape)
    }
}

/// A resolved mention's evidence with where it stands. (A struct, not a tuple: an array of tuples
/// looks its type metadata up at run time on every allocation.)
struct PlacedEvidence {
    var position: Int
    var e: Evidence
}
