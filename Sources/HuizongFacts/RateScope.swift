/// A rate measures the figure stated before it in its sentence: 投资已完成28.54亿元，占年度总投资的87.7%;
/// 外贸进出口57.5亿元，增幅为42.7%; 办结率为93.4% after 完成了548件. Its scope is that figure's
/// (LABELS.md §4): the share of one sector's investment is that sector's, the completion rate of
/// the whole list the area's; a difference between them (较上一年多出83万人) is passed over. A rate
/// that opens its sentence keeps its own reading, and so does one
/// after an item count of a list (在65件民生实事中，已有26件完成，完成率40%): it measures the list.
enum RateScope {
    /// Gives each rate (`%`, which also holds multiples and 个百分点) the scope of the fact before it in
    /// its sentence, after the scopes of the other facts are settled.
    static func follow(_ facts: inout [Fact], evidence: [UnmarkedSeries.Evidence]) {
        for i in facts.indices.dropFirst() where facts[i].unit == "%" {
            // A difference (较上一年多出83万人) is passed over: the rate measures the amount before it.
            var j = i - 1
            if evidence[j].comparison && facts[j].unit != "%" && j > 0 && evidence[j - 1].sentence == evidence[i].sentence { j -= 1 }
            let before = evidence[j]
            // (The facts are one document's: the sentence start alone places them.)
            guard before.sentence == evidence[i].sentence, !before.breakdown, !before.inSubset else { continue }
            facts[i].scope = facts[j].scope
        }
    }
}
