import Foundation

/// Scope by who the figure's clause is about: one body, tier or group as its subject (县公安局, 县级领导),
/// carried on through the sentence until a clause names its own subject; and what is not a subject
/// (schools counted, a body after 向, a tier naming the kind counted, a ranking frame).
extension MetricRules {
    /// Whether the figure's phrase describes one leader (一次认领了4个“微心愿”的兴和县县委副书记): a 的 after
    /// it in its clause, then a `@person` word within a few scalars.
    func describesOnePerson(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        guard let de = t[place.unitEnd..<place.clause.upperBound].firstIndex(of: "的") else { return false }
        let after = (de + 1)..<min(place.clause.upperBound, de + 1 + Self.personReach)
        var found = false
        markers.forEachMatch(in: t, range: after, skipping: after.lowerBound..<after.lowerBound) { _, e, _ in
            if case .person = e.payload { found = true }
        }
        return found
    }

    /// Money that one tier's finance pays (全省…建设省级财政补助资金已下达3.6亿元): a tier, wherever it
    /// stands before the amount in its clause, not only at the clause's head.
    static func oneTierPays(_ t: [Unicode.Scalar], at place: FigurePlace) -> Bool {
        countsMoney(t, at: place) && ScalarText.contains(tierFinance, in: t, range: place.clause.lowerBound..<place.start)
    }

    static let tierFinance = Array("级财政".unicodeScalars)

    /// How far after 的 the person a figure describes may be named (兴和县县委副书记 is 8 scalars).
    static let personReach = 10

    /// Whether a body word at `p` is counted or taken together (各职能部门, 165个县直单位): every body,
    /// or many, not the one body that makes a figure a part (LABELS.md §4).
    static func namesManyBodies(_ t: [Unicode.Scalar], before p: Int, from start: Int) -> Bool {
        var k = p - 1
        while k >= start && p - k <= Self.countedBodyReach {
            if t[k] == "各" { return true }
            if (t[k] == "个" || t[k] == "家") && k > start
                && (NumeralTables.arabicDigit(t[k - 1]) != nil || NumeralTables.chineseDigit(t[k - 1]) != nil
                    || t[k - 1] == "余" || t[k - 1] == "多") { return true }
            k -= 1
        }
        return false
    }

    /// Whether the body word is what the figure counts (中小学校启动新建45所, 放心消费单位培育出55853家):
    /// counted in 所 or 家, the schools and units are the things counted, not one body acting.
    static func countsTheBodies(_ word: [Unicode.Scalar], unit: String) -> Bool {
        guard unit == "所" || unit == "家" else { return false }
        return countableBodies.contains { $0 == word }
    }

    static let countableBodies: [[Unicode.Scalar]] = ["学校", "医院", "卫生院", "单位", "企业", "公司", "银行"].map { Array($0.unicodeScalars) }

    /// How far before a body word its count may stand (31家高新技术企业: 家 is 5 before 企业).
    static let countedBodyReach = 6

    /// How far into its clause a body or tier word still stands as the subject.
    static let subjectReach = 10

    /// The clause whose head (its first `subjectReach` scalars) holds position `p`; nil when `p`
    /// stands further in.
    static func clauseHeadedBy(_ t: [Unicode.Scalar], at p: Int, in sentence: Range<Int>) -> Range<Int>? {
        var k = p
        while k > sentence.lowerBound && !ClauseBreaks.isClauseBreak(t[k - 1]) {
            k -= 1
            if p - k > subjectReach { return nil }
        }
        var end = p
        while end < sentence.upperBound && !ClauseBreaks.isClauseBreak(t[end]) { end += 1 }
        return k..<end
    }

    /// Words of an occasion (记者在会上了解到, 当天): where or when something was said or done, not a
    /// body whose doings the next clauses go on telling.
    static let occasions: [[Unicode.Scalar]] = ["会上", "现场", "当天", "当日", "这场", "此次", "本次", "该活动"].map { Array($0.unicodeScalars) }

    /// Whether a tier word only says which kind of thing is counted (村级互助幸福院达600个): the tier's
    /// noun runs straight to 达 or 有 before the figure, with nothing done by the tier in between.
    static func tierDescribesCounted(_ t: [Unicode.Scalar], word: [Unicode.Scalar], at p: Int, figure: Int) -> Bool {
        guard word.last == "级" else { return false }
        let end = p + word.count
        guard figure > end, figure - end <= tierNounReach else { return false }
        return t[figure - 1] == "达" || t[figure - 1] == "有"
    }

    /// How long the noun after a tier word may be (互助幸福院达 is 6).
    static let tierNounReach = 8

    /// Whether a body word follows a preposition or a verb of adding in its clause (新增医院床位200多个,
    /// 向31家企业发放): it names what is done to or for, not who does it.
    static func standsAsObject(_ t: [Unicode.Scalar], at p: Int, from start: Int) -> Bool {
        start < p && ScalarText.containsAny(objectMarkers, in: t, range: start..<p)
    }

    static let objectMarkers: [[Unicode.Scalar]] = ["向", "给", "帮助", "新增", "新建", "建成"].map { Array($0.unicodeScalars) }

    /// Parts of the area's map (城南片区, 中心城区): a place the clause is about, not a body whose
    /// doings the next clauses go on telling (城南片区的棚户区改造完成500套，公租房建成634套).
    static let subAreas: [[Unicode.Scalar]] = ["中心城区", "主城区", "老城区", "片区", "牧区"].map { Array($0.unicodeScalars) }

    /// Whether the body or tier word at `p` stands inside a 在…中 frame (在全省县级市场中率先建起13家):
    /// the field a result is ranked in, not who did it.
    static func isRankingFrame(_ t: [Unicode.Scalar], at p: Int, in span: Range<Int>) -> Bool {
        guard span.lowerBound < p, t[span.lowerBound..<p].contains("在") else { return false }
        return t[p..<span.upperBound].contains("中")
    }

    /// Whether a semicolon or colon stands in `from..<to`: items of a list and what a colon
    /// introduces (会上…承诺：改造10条背街小巷) each have their own subject.
    static func listBreak(_ t: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        from < to && t[from..<to].contains { $0 == "；" || $0 == ";" || $0 == "：" || $0 == ":" }
    }

    /// Whether the head of a figure's clause names a subject of its own: the area (全市), a body or
    /// tier that is not what the figure counts, or many bodies (各地), so the subject of an earlier
    /// clause no longer governs it. Sum words (共计, 累计) name no subject.
    func namesOwnSubject(_ t: [Unicode.Scalar], at place: FigurePlace, unit: String) -> Bool {
        let head = place.clause.lowerBound..<min(place.start, place.clause.lowerBound + Self.subjectReach)
        if head.contains(where: { t[$0] == "各" }) { return true }
        var found = false
        markers.forEachMatch(in: t, range: head, skipping: head.upperBound..<head.upperBound) { _, e, p in
            switch e.payload {
            case .whole where e.word.first == "全": found = true
            case .part where !Self.countsTheBodies(e.word, unit: unit) && !Self.standsAsObject(t, at: p, from: head.lowerBound): found = true
            default: break
            }
        }
        return found
    }
}
