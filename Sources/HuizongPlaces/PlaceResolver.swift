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
    /// A dateline's or a newspaper's place (新华网贵阳…电, 湖南日报) says where the story was
    /// filed or printed, not what it is about: it weighs less than any other mention.
    static let bylineWeight = 0.5
    /// A deictic its own paragraph settles (该县 after 双峰县) counts as one more mention of its region.
    static let deicticWeight = 1.0

    /// A resolver over `gazetteer` (cheap: the name index is built with the gazetteer).
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// Resolves all mentions in `scalars` (paragraph spans given so titles and first lines weigh more).
    /// `override`, from the config, names the document's region and wins over inference.
    public func resolve(scalars: [Unicode.Scalar], paragraphs: [Range<Int>], override: String?) -> DocumentPlaces {
        let nonEmpty = paragraphs.filter { !$0.isEmpty }
        let titleEnd = nonEmpty.count >= Self.titleParagraphs ? nonEmpty[Self.titleParagraphs - 1].upperBound
            : (nonEmpty.last?.upperBound ?? min(scalars.count, 120))
        let raw = findMentions(scalars, title: nonEmpty.first ?? 0 ..< min(scalars.count, titleEnd))
        let overrideRegion = override.flatMap(resolveOverride)
        let roleReader = MentionRoleReader(scalars: scalars)
        var roles = raw.map { $0.deicticKind == nil ? roleReader.role(ofName: $0.range) : MentionRole.owner }
        let nameIndices = raw.indices.filter { raw[$0].deicticKind == nil }
        for (k, isExample) in roleReader.examples(nameIndices.map { raw[$0].range }).enumerated()
        where isExample && roles[nameIndices[k]] == .owner {
            roles[nameIndices[k]] = .example
        }

        // 1. Disambiguate names.
        let names = nameIndices
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
        let weights = names.map { i in
            roles[i] == .dateline || roles[i] == .media ? Self.bylineWeight
                : raw[i].range.lowerBound < titleEnd ? Self.titleWeight : 1
        }
        var choices = Disambiguator(gazetteer: gazetteer).choose(
            candidates, texts: names.map { raw[$0].text }, textKeys: names.map { raw[$0].node },
            positions: names.map { raw[$0].range.lowerBound },
            weights: weights, anchor: overrideRegion)
        let tieBreak = TieBreak(gazetteer: gazetteer)
        var settled: [String: (Candidate, String)?] = [:]  // one decision per text
        for k in choices.indices where choices[k].candidate == nil && !choices[k].tied.isEmpty {
            let text = raw[names[k]].text
            if settled[text] == nil { settled[text] = .some(tieBreak.choose(choices[k].tied, name: text, in: scalars)) }
            if let (c, why) = settled[text] ?? nil { choices[k] = Choice(candidate: c, reason: why) }
        }
        var chosen = [(Candidate?, String)?](repeating: nil, count: raw.count)
        for (k, i) in names.enumerated() {
            var reason = choices[k].reason
            if reason == "only candidate", let c = choices[k].candidate,
               let how = raw[i].targets.first(where: { $0.region == c.region && $0.township == c.township })?.how {
                reason = how == .name || how == .township ? "name" : how.label
            }
            chosen[i] = (choices[k].candidate, reason)
        }

        // 2. Aid pairings: the helping side's names are partners (no evidence, no figures).
        let deixis = Deixis(gazetteer: gazetteer)
        let early = earlyDeictics(raw, chosen: chosen, paragraphs: nonEmpty, deixis: deixis)
        let pairings = AidPairings(gazetteer: gazetteer)
        let placed = raw.indices.compactMap { i -> AidPairings.Placed? in
            guard let r = chosen[i]?.0?.region ?? early[i] else { return nil }
            return AidPairings.Placed(range: raw[i].range, region: r)
        }
        let pairing = pairings.read(scalars, mentions: placed)
        if !pairing.isEmpty {
            for i in names { if let c = chosen[i]?.0, pairings.isPartner(c.region, pairing) { roles[i] = .partner } }
        }

        // 3. Document and story regions, from the names that may own figures and the deictics
        //    their own paragraph already settles (该县 after 双峰县 says what the story is about).
        var evidence: [PlacedEvidence] = names.enumerated().compactMap { k, i in
            guard let c = choices[k].candidate, roles[i] != .partner else { return nil }
            return PlacedEvidence(position: raw[i].range.lowerBound,
                                  e: Evidence(region: c.region, township: c.township, weight: weights[k],
                                              inTitle: raw[i].range.lowerBound < titleEnd, text: raw[i].text,
                                              scale: roles[i] == .dateline || roles[i] == .media ? Self.bylineWeight : 1))
        }
        // Deictics look back to the places a story talks about, not to partners, datelines or papers.
        let antecedents = names.enumerated().compactMap { k, i -> Deixis.Antecedent? in
            guard let c = choices[k].candidate, roles[i] == .owner || roles[i] == .example else { return nil }
            return Deixis.Antecedent(position: raw[i].range.lowerBound, region: c.region, township: c.township, text: raw[i].text)
        }
        for (i, m) in raw.enumerated() where m.deicticKind != nil {
            guard let r = early[i], !pairings.isPartner(r, pairing),
                  gazetteer.regions[Int(r)].level != .province else { continue }
            evidence.append(PlacedEvidence(position: m.range.lowerBound,
                                           e: Evidence(region: r, township: -1, weight: Self.deicticWeight,
                                                       inTitle: false, text: m.text, scale: Self.deicticWeight)))
        }
        evidence.sort { $0.position < $1.position }
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

        // 4. Mentions, with deictics resolved against what precedes them.
        var mentions: [PlaceMention] = []
        mentions.reserveCapacity(raw.count)
        var named: [Int32] = []  // the regions of mentions, stories and document, for `ancestors`
        named.reserveCapacity(raw.count + stories.count + 1)
        for (i, m) in raw.enumerated() {
            let focus = stories.first { $0.0.contains(m.range.lowerBound) }?.1 ?? documentIndex
            if let kind = m.deicticKind {
                let paragraph = nonEmpty.first { $0.contains(m.range.lowerBound) }
                let r = deixis.resolve(kind: kind, word: m.text, position: m.range.lowerBound, paragraph: paragraph,
                                       antecedents: antecedents, focus: focus)
                if let r { named.append(r.0) }
                mentions.append(PlaceMention(
                    range: m.range, text: m.text, region: r.map { gazetteer.regions[Int($0.0)] },
                    place: r.flatMap { $0.1 >= 0 ? gazetteer.townshipNames[Int($0.1)] : nil },
                    isDeictic: true, reason: r?.2 ?? "\(m.text) unresolved",
                    role: frameRole(r?.0, focus: focus, m.range, roleReader)))
            } else {
                let (c, why) = chosen[i] ?? (nil, "")
                if let c { named.append(c.region) }
                mentions.append(PlaceMention(
                    range: m.range, text: m.text, region: c.map { gazetteer.regions[Int($0.region)] },
                    place: c.flatMap { $0.township >= 0 ? gazetteer.townshipNames[Int($0.township)] : nil },
                    isDeictic: false, reason: why,
                    role: roles[i] == .owner ? frameRole(c?.region, focus: focus, m.range, roleReader) : roles[i]))
            }
        }
        let storyValues = stories.map { range, r, why in
            DocumentPlaces.Story(range: range, attribution: Attribution(
                region: gazetteer.regions[Int(r)], place: nil, reason: "story: \(why)"))
        }
        var places = DocumentPlaces(document: document, mentions: mentions, stories: storyValues)
        // By region index (sorted, each once) rather than a Set of codes: hashing every mention's
        // code and building each region's path as Regions cost more than the rest of this step.
        named += stories.map(\.1)
        if let documentIndex { named.append(documentIndex) }
        named.sort()
        for (k, r) in named.enumerated() where k == 0 || named[k - 1] != r {
            places.ancestors[gazetteer.regions[Int(r)].code] = gazetteer.chainSlice(r).dropFirst().map {
                gazetteer.regions[Int($0)].code
            }
        }
        places.lists = ListedFigures(scalars: scalars, paragraphs: nonEmpty, mentions: places.mentions)
        return places
    }

    /// Mentions mentioned or read in context, in text order.
    private func findMentions(_ scalars: [Unicode.Scalar], title: Range<Int>) -> [RawMention] {
        let found = MentionFinder(gazetteer: gazetteer).find(in: scalars)
        let more = ContextualMentions(gazetteer: gazetteer).find(in: scalars, found: found, title: title)
        guard !more.isEmpty else { return found }
        return (found + more).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Deictics their own paragraph settles before the document's region is known, by index in `raw`.
    private func earlyDeictics(_ raw: [RawMention], chosen: [(Candidate?, String)?], paragraphs: [Range<Int>],
                               deixis: Deixis) -> [Int32?] {
        var out = [Int32?](repeating: nil, count: raw.count)
        guard raw.contains(where: { $0.deicticKind != nil }) else { return out }
        let antecedents = raw.indices.compactMap { i -> Deixis.Antecedent? in
            guard let c = chosen[i]?.0 else { return nil }
            return Deixis.Antecedent(position: raw[i].range.lowerBound, region: c.region, township: c.township, text: raw[i].text)
        }
        for (i, m) in raw.enumerated() {
            guard let kind = m.deicticKind else { continue }
            let paragraph = Self.paragraph(containing: m.range.lowerBound, in: paragraphs)
            out[i] = deixis.resolveInParagraph(kind: kind, position: m.range.lowerBound, paragraph: paragraph,
                                               antecedents: antecedents)
        }
        return out
    }

    /// The paragraph holding `position` (binary search; paragraphs are in order).
    static func paragraph(containing position: Int, in paragraphs: [Range<Int>]) -> Range<Int>? {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo < paragraphs.count && paragraphs[lo].contains(position) ? paragraphs[lo] : nil
    }

    /// `.frame` for an area above the story's own region with a ranking word after it
    /// (在全省县级市场中率先…, 居全市第一), else `.owner`.
    private func frameRole(_ region: Int32?, focus: Int32?, _ range: Range<Int>, _ reader: MentionRoleReader) -> MentionRole {
        guard let region, let focus, region != focus, gazetteer.chainSlice(focus).contains(region),
              reader.isFollowedByRanking(range) else { return .owner }
        return .frame
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
                e.weight = (e.inTitle ? Self.titleWeight : 1) * e.scale
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
