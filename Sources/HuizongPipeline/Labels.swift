import HuizongTotals
/// The fixed words of the brief in each language. Region names and quotes stay Chinese.
struct Labels: Sendable {
    let language: Language
    private var zh: Bool { language == .zh }

    var contents: String { zh ? "目录" : "Contents" }
    var pageFooter: String { zh ? "第 {page} 页 / 共 {pages} 页" : "Page {page} of {pages}" }
    var continued: String { zh ? "（续）" : " (continued)" }
    var documents: String { zh ? "文档" : "Documents" }
    var regions: String { zh ? "地区" : "Regions" }
    var figures: String { zh ? "数字" : "Figures" }
    var totalFunds: String { zh ? "资金合计" : "Total funds" }
    var overview: String { zh ? "总览" : "Overview" }
    var overviewNote: String {
        zh ? "各地区合计只计已完成（result）的数字；全域数字优先，不与下级数字相加。≥ 表示含“余、多、以上”等下限数字，≈ 表示含约数。"
           : "Totals count achieved (result) figures only; a stated whole-area figure is used as is and never added to its parts. ≥ marks totals containing lower bounds (余/多/以上), ≈ totals containing approximations."
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
            let base = zh ? "全域数字" : "stated for the whole area"
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
        }
    }

    func chartSource(documents: Int, figures: Int) -> String {
        zh ? "来源：\(documents) 篇文档，\(figures) 个数字" : "Source: \(documents) documents, \(figures) figures"
    }
}
