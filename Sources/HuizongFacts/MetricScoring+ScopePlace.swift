import Foundation

/// Scope by place: a figure of a village or group inside a township, or an aid partner's item in the
/// region, is a part; a township stating its own result is its own whole.
extension MetricRules {
    /// Whether a figure is one item of an aid partner's programme in the region (福建还帮宁夏新建学校214所,
    /// 上海在果洛的对口支援项目就有4大类23项): the pairing is one named sub-programme (LABELS.md §4), so
    /// what it built, sent or served is a part. Not when its sentence states a total before it
    /// (福建累计援助7.74亿元, …累计投入…，实施的扶贫协作项目达4400多个), and not money the partner put in,
    /// which the region owns as its aid funds (§6).
    func partnersItem(_ t: [Unicode.Scalar], at place: FigurePlace, partnerNamed: Bool) -> Bool {
        partnerNamed && !Self.countsMoney(t, at: place) && !statesWhole(in: t, from: place.sentence.lowerBound, to: place.start)
    }

    /// Whether a figure with a place below the county belongs to something inside that place rather
    /// than to the place itself: a township states its own result when its name (or 该乡, 全镇) is the
    /// subject in the figure's sentence (薛圐圙乡在…装上了路灯84盏, 大陈乡确定了民生实事项目3个), and is
    /// then the whole of its area (LABELS.md §4; the totals still count it as a part of its county).
    /// Named through a village, community or group written right after it (钦工镇钦工社区计划改建940米,
    /// 南尼乡工作组, and after a county: 乌兰浩特市高根营子嘎查原有300亩…), or a township owning the figure
    /// only from an earlier sentence (one road of the county seat), the figure is a part.
    static func belongsBelowTownship(_ t: [Unicode.Scalar], place: String?, mention: Range<Int>?, sentence: Range<Int>) -> Bool {
        guard let mention, sentence.contains(mention.lowerBound) else { return !(place ?? "").isEmpty }
        return namesSiteAfter(t, mentionEnd: mention.upperBound, limit: sentence.upperBound)
    }

    /// Whether a village, community, zone or group is named in the few scalars after a township's
    /// name, before a word that starts what the township did (在, 还, 为, 的…) or a number.
    static func namesSiteAfter(_ t: [Unicode.Scalar], mentionEnd: Int, limit: Int) -> Bool {
        let end = min(limit, mentionEnd + siteNameReach)
        var k = mentionEnd
        while k < end {
            let c = t[k]
            if ClauseBreaks.isClauseBreak(c) || subjectContinues.contains(c) || NumeralTables.arabicDigit(c) != nil
                || c == "“" || c == "\"" { return false }
            // 农村, 乡村 describe the countryside, not a village by name.
            if siteWords.contains(where: { ScalarText.matches($0, in: t, at: k, limit: limit) }),
               !(c == "村" && k > mentionEnd && countrysideBefore.contains(t[k - 1])) { return true }
            k += 1
        }
        return false
    }

    static let countrysideBefore: Set<Unicode.Scalar> = ["农", "乡", "渔", "牧"]

    /// How many scalars after a township's name a village or group name may end (马吉米村, 生态搬迁区).
    static let siteNameReach = 7

    static let siteWords: [[Unicode.Scalar]] = ["村", "社区", "嘎查", "居委会", "小区", "园区", "片区", "搬迁区", "工作组", "工作队"].map { Array($0.unicodeScalars) }

    /// Scalars that end a township's name and begin what it did: a preposition, adverb or particle.
    static let subjectContinues: Set<Unicode.Scalar> = ["在", "还", "为", "对", "把", "将", "已", "的", "共", "是", "有", "于", "和", "与", "及", "先", "确", "累", "今", "全"]
}
