import HuizongPlaces
import HuizongTotals
/// The fixed words of the brief in each language. Quotes stay Chinese; region names are in pinyin with the Chinese beside them in English (BriefComposer+Names).
struct Labels: Sendable {
    let language: Language
    private var zh: Bool { language == .zh }

    var contents: String { zh ? "目录" : "Contents" }
    var pageFooter: String { zh ? "第 {page} 页 / 共 {pages} 页" : "Page {page} of {pages}" }
    var continued: String { zh ? "（续）" : " (continued)" }
    var documents: String { zh ? "文档" : "Documents" }
    var regions: String { zh ? "地区" : "Regions" }
    var figures: String { zh ? "数字" : "Figures" }
    var overview: String { zh ? "总览" : "Overview" }
    /// The 说明 note: what the marks and the two kinds of total mean, and what is never added.
    var overviewNote: String {
        zh ? "说明：合计只计已完成的数字。“≥”表示至少（合计中含“余、多、以上”等下限数字，实际数不少于此数），“≈”表示约数（含“约、近、左右”）。某地报道给出全域数字（如“全市累计……”）时，合计取该数字，不再与下级数字相加；没有全域数字时，合计为下级各地与本级分项之和（“下级合计”）。计划、目标数字（类型“计划”）和人均、户均等标准（类型“标准”）不是已完成的数量，不计入合计；比率和“其他”数字（面积、长度等）不能相加，只在 facts.csv 中。"
           : "Note: totals count achieved figures only. ≥ means at least (the total includes a lower bound such as “more than”), ≈ means about. Where a report states a figure for a whole area (“citywide, in all…”), that figure is the total (“whole-area figure”) and is never added to its parts; otherwise the total is the sum of the parts and sub-regions (“sum of parts”). Targets (kind “target”) and per-person or per-household standards (kind “per unit”) are not amounts achieved and are never added; rates and other figures (areas, lengths…) cannot be added and are in facts.csv only."
    }

    func campaignTotal(_ metric: String) -> String { zh ? "\(metric)合计" : metric + ", in all" }
    var noTotalsLead: String { zh ? "所读报道中没有可汇总的已完成数字。" : "The reports read hold no achieved figures that can be totalled." }

    func levelName(_ level: RegionLevel) -> String {
        switch level {
        case .province: zh ? "省级" : "province-level"
        case .prefecture: zh ? "地级" : "prefecture-level"
        case .county: zh ? "县级" : "county-level"
        }
    }

    /// `4 个省级、9 个地级、12 个县级地区报告了可汇总的数字。`
    func reportingSentence(_ counts: [(RegionLevel, Int)]) -> String {
        let parts = counts.map { zh ? "\($0.1) 个\(levelName($0.0))" : "\($0.1) \(levelName($0.0))" }
        return zh ? "共有" + parts.joined(separator: "、") + "地区报告了可汇总的数字。"
            : "Figures that can be totalled came from " + parts.joined(separator: ", ") + " regions. "
    }

    /// `征集意见建议合计≥9.4万条，以赤峰市最多（≥2.8万条，占 30%）。`
    func leaderSentence(metric: String, total: String, leader: String, value: String, percent: Int, rowsAtLevel: RegionLevel) -> String {
        zh ? "\(metric)合计\(total)，以\(leader)最多（\(value)，占 \(percent)%）。"
           : "\(metric): \(total) in all, most in \(leader) (\(value), \(percent)%). "
    }

    func bookkeeping(documents: Int, figures: Int, regions: Int) -> String {
        zh ? "本次共读取 \(documents) 篇文档，找到 \(figures) 个数字，涉及 \(regions) 个地区；每个数字见 facts.csv，合计见 totals.csv。"
           : "\(documents) documents were read, \(figures) figures found, naming \(regions) regions; every figure is in facts.csv, every total in totals.csv."
    }

    func period(_ text: String) -> String { zh ? "统计时段：\(text)" : "Period: \(text)" }

    /// Which levels the overview shows, and where the rest is.
    func levelsNote(_ rows: RegionLevel) -> String {
        if rows == .province {
            return zh ? "本表列出省级地区，按第一项指标排序，末行为全部合计；地级、县级地区的合计见 totals.csv，每个数字见 facts.csv。"
                : "Listed are the provinces, ranked by the first metric, with the sum of all at the foot; prefecture and county totals are in totals.csv, every figure in facts.csv."
        }
        return zh ? "本表按省级地区分组，先列省级小计，再列其下地级地区（直辖市的区、省直管县市列在同一级），按第一项指标排序，末行为全部合计；县级地区的数字列在所属地级地区的章节中，合计见 totals.csv，每个数字见 facts.csv。"
            : "Grouped by province: each province's subtotal, then its prefectures (districts of municipalities and counties a province administers directly stand at the same level), ranked by the first metric, with the sum of all at the foot. County figures are listed in their prefecture's section; county totals are in totals.csv, every figure in facts.csv."
    }

    func sectionsNote(_ rows: RegionLevel) -> String {
        rows == .province
            ? (zh ? "每个省级地区一节，与总览各行对应；各节只列出部分数字，全部数字见 facts.csv。"
                  : "One section per province, as in the overview; each lists some of its figures, all of them are in facts.csv.")
            : (zh ? "每个省级地区一节，其下每个地级地区一节，与总览各行对应；县级地区的数字列在所属地级地区一节中。"
                  : "A section per province and, under it, per prefecture, as the overview's rows; county figures are listed in their prefecture's section.")
    }

    /// A column head with its unit: `征集意见建议（万条）`.
    func columnHead(_ metric: String, unit: String) -> String {
        // The unit in its brackets never breaks across lines: word joiners between its characters
        // (English breaks between words, never inside one).
        let glued = ("（" + unit + "）").map(String.init).joined(separator: "\u{2060}")
        return unit.isEmpty ? metric : zh ? metric + glued : metric + " (" + unit + ")"
    }
    /// A region's code after its path: `（150400）`, ` (150400)`.
    func code(_ code: String) -> String { zh ? "（\(code)）" : " (\(code))" }
    func subtotal(_ province: String) -> String { zh ? "\(province) 小计" : "\(province), subtotal" }
    func indented(_ name: String) -> String { "\u{3000}" + name }
    var grandTotal: String { zh ? "合计" : "Total" }

    /// `征集意见建议 · 前 15 位地级地区`, or `· 各地级地区` when all are shown.
    func chartTitle(_ metric: String, shown: Int, of count: Int, level: RegionLevel, within parent: String?) -> String {
        let place = parent.map { zh ? "\($0)所辖" : " in \($0)" } ?? ""
        if zh {
            return metric + " · " + place + (shown < count ? "前 \(shown) 位\(levelName(level))地区（共 \(count) 个）" : "各\(levelName(level))地区")
        }
        return metric + " · " + (shown < count ? "top \(shown) of \(count) \(levelName(level)) regions" : "\(levelName(level)) regions") + place
    }

    func setAsideCount(_ count: Int) -> String { zh ? "；未计入 \(count) 个" : "; \(count) set aside" }
    func inAll(_ count: Int) -> String { zh ? "…（共 \(count) 个）" : "… (\(count) in all)" }
    /// `sourcesInExports`: the table below names no source, so the note says where they are.
    func restsOn(figures: Int, documents: Int, sourcesInExports: Bool = false) -> String {
        if zh { return "本节合计依据 \(figures) 个数字，出自 \(documents) 篇文档。" + (sourcesInExports ? "各合计所依据的数字见 totals.json。" : "") }
        return "The totals here rest on \(figures) figure\(figures == 1 ? "" : "s") from \(documents) document\(documents == 1 ? "" : "s")"
            + (sourcesInExports ? ", listed per total in totals.json." : ".")
    }
    func otherFigures(_ count: Int) -> String {
        zh ? "另有 \(count) 个比率或“其他”数字（面积、长度等，不能相加）未列出，见 facts.csv。"
           : "\(count) rates or other figures (areas, lengths…, which cannot be added) are not listed; see facts.csv."
    }
    var charts: String { zh ? "分指标图表" : "Charts by metric" }
    var byRegion: String { zh ? "各地区情况" : "Regions in detail" }
    var appendix: String { zh ? "附录" : "Appendix" }
    var unattributed: String { zh ? "未能归属地区的数字" : "Figures without a region" }
    var noneUnattributed: String { zh ? "所有数字均已归属地区。" : "Every figure has a region." }
    var documentsRead: String { zh ? "所读文档" : "Documents read" }
    var warnings: String { zh ? "警告" : "Warnings" }
    var noWarnings: String { zh ? "无。" : "None." }
    var region: String { zh ? "地区" : "Region" }
    var metric: String { zh ? "指标" : "Metric" }
    var value: String { zh ? "数值" : "Value" }
    var status: String { zh ? "类型" : "Kind" }
    var source: String { zh ? "出处" : "Source" }
    var quote: String { zh ? "原文" : "Quote" }
    var document: String { zh ? "文档" : "Document" }
    var encoding: String { zh ? "编码" : "Encoding" }
    var script: String { zh ? "字形" : "Script" }
    var basis: String { zh ? "依据" : "Basis" }
    var path: String { zh ? "所属" : "Path" }
    var subRegions: String { zh ? "下级地区" : "Sub-regions" }
    var corrections: String { zh ? "人工更正" : "Corrections" }
    var figure: String { zh ? "原数字" : "Figure" }
    var change: String { zh ? "更正" : "Change" }
    var dropped: String { zh ? "删除此数字" : "figure removed" }
    var unchanged: String { zh ? "无变化（已与更正一致）" : "no change (the figure already reads so)" }
    var fromFactsNote: String {
        zh ? "本简报由数字文件（huizong build --facts）汇总而成，未读原文；此处列出数字所出自的文档，没有数字的文档不在其中。"
           : "This brief was built from facts files (huizong build --facts), not from the articles: listed are the documents the figures come from; documents without figures are not known here."
    }

    /// A facts.csv column's name in the brief.
    func fieldName(_ field: String) -> String {
        guard zh else { return field.replacingOccurrences(of: "_", with: " ") }
        switch field {
        case "region": return "地区"
        case "place": return "地点"
        case "metric": return "指标"
        case "value": return "数值"
        case "value_high": return "上限"
        case "unit": return "单位"
        case "qualifier": return "限定"
        case "scope": return "范围"
        case "status": return "类型"
        default: return field
        }
    }

    func figureCount(_ n: Int) -> String { zh ? "（\(n) 个数字）" : " (\(n) figures)" }

    func scriptName(_ raw: String) -> String {
        switch raw {
        case "simplified": zh ? "简体" : "Simplified"
        case "traditional": zh ? "繁体" : "Traditional"
        case "mixed": zh ? "简繁混合" : "mixed"
        default: raw
        }
    }

    /// A document's region as the appendix lists it, marked when it came from the file or folder name.
    func documentRegion(_ name: String, fromPath: Bool) -> String {
        guard fromPath else { return name }
        return zh ? "\(name)（据路径）" : "\(name) (from path)"
    }

    func moreFacts(_ count: Int) -> String {
        zh ? "另有 \(count) 个数字未在此列出，见 facts.csv。" : "\(count) more figures are not listed here; see facts.csv."
    }

    func someDocuments(listed: Int, of total: Int) -> String {
        if listed == 0 {
            return zh ? "共读取 \(total) 篇文档，每篇都确定了地区并找到了数字；全部文档（编码、字形、地区、数字个数）见 manifest.json。"
                : "\(total) documents were read, each with a region and figures. All documents (encoding, script, region, figures) are in manifest.json."
        }
        return zh ? "共读取 \(total) 篇文档；此处只列出未能确定地区或没有数字的 \(listed) 篇，全部文档（编码、字形、地区、数字个数）见 manifest.json。"
           : "\(total) documents were read; listed here are the \(listed) without a region or without figures. All documents (encoding, script, region, figures) are in manifest.json."
    }

    func statusName(_ raw: String) -> String {
        switch raw {
        case "result": zh ? "完成" : "result"
        case "target": zh ? "计划" : "target"
        case "per_unit": zh ? "标准" : "per unit"
        default: raw
        }
    }

    func basisText(stated: Bool, partsSum: String?, setAside: [RegionTotal.SetAsideReason] = []) -> String {
        var text: String
        if stated {
            let base = zh ? "全域数字" : "whole-area figure"
            if let parts = partsSum {
                text = zh ? "\(base)（下级合计 \(parts)）" : "\(base) (parts sum to \(parts))"
            } else {
                text = base
            }
        } else {
            text = zh ? "下级合计" : "sum of parts"
        }
        guard !setAside.isEmpty else { return text }
        // Why figures of the region were left out, in a fixed order, with counts.
        let counts = RegionTotal.SetAsideReason.allCases.compactMap { reason -> String? in
            let n = setAside.filter { $0 == reason }.count
            return n == 0 ? nil : "\(setAsideName(reason)) \(n)"
        }
        return text + (zh ? "；未计入：" : "; set aside: ") + counts.joined(separator: zh ? "，" : ", ")
    }

    func setAsideName(_ reason: RegionTotal.SetAsideReason) -> String {
        switch reason {
        case .repeated: return zh ? "重复" : "repeats"
        case .smallerStated: return zh ? "较小的全域数字" : "smaller stated"
        case .belowSubRegion: return zh ? "小于下级的全域数字" : "below a sub-region"
        case .oneRecipient: return zh ? "单一对象资金" : "one recipient's money"
        case .itemized: return zh ? "已含在合计中的分项" : "items of a stated sum"
        }
    }

    func chartSource(documents: Int, figures: Int, marked: Bool = false) -> String {
        let base = zh ? "来源：\(documents) 篇文档，\(figures) 个数字" : "Source: \(documents) documents, \(figures) figures"
        guard marked else { return base }
        return base + (zh ? "。≥ 条形末端接圆点（至少），≈ 条形末端为浅色（约数）" : ". ≥ bars run on in dots (at least), ≈ bars end pale (about)")
    }
}
