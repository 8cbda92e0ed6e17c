/// Which stated units count the same thing for a metric, so that their figures can be added.
///
/// Reports count one kind of thing with several classifiers: opinions come in 条, 件 and 个,
/// events in 场, 次 and 场次, people in 人, 名 and 位. For a summable metric these are one unit,
/// and totals use the metric's usual one (METRICS.md). Units outside the class (人次 is not 人,
/// 户次 is not 户) stay apart, and `other` is never merged: 个 of windows and 项 of rules differ.
public enum CountingUnits {
    /// Classifiers that are interchangeable when they count the same metric.
    static let classes: [Set<String>] = [
        // Things counted one by one: opinions in 条/件/个, works in 所/座/处/间 as well as 个/项
        // (LABELS.md §7's count class). 起 (cases) and 宗 (matters) stay apart, as an analyst keeps them.
        ["件", "条", "个", "项", "所", "座", "处", "栋", "套", "台", "辆", "棵", "盏", "块", "间", "件次"],
        ["场", "次", "场次", "期", "批"],
        ["人", "名", "位", "人员"],
    ]

    /// The unit each metric's totals are given in.
    static let preferred: [String: String] = [
        "opinions_collected": "条", "problems_solved": "件", "practical_matters": "件", "policies": "项",
        "projects": "项", "volunteers": "人", "service_events": "场次", "people_served": "人",
        "cadres": "名", "households": "户", "funds": "元",
    ]

    /// A name for the class of `unit`: figures whose units share it count the same kind of thing
    /// and may be added (the unit itself when it is in no class).
    public static func unitClass(_ unit: String) -> String {
        classOf[unit] ?? unit
    }

    /// Each classified unit's class name (the class's least unit), worked out once: asked for every
    /// fact, the minimum of a set of strings was a few percent of extraction.
    private static let classOf: [String: String] = {
        var map: [String: String] = [:]
        for group in classes { let name = group.min()!; for u in group { map[u] = name } }
        return map
    }()

    /// The unit a fact of `metric` stated in `unit` is totalled in.
    public static func totalUnit(metric: String, unit: String) -> String {
        guard let target = preferred[metric], target != unit else { return unit }
        for group in classes where group.contains(target) && group.contains(unit) { return target }
        return unit
    }
}
