import HuizongLayout

/// Brief contents used by the layout tests.
enum LayoutFixtures {
    static let labels = BriefLabels(contents: "目录", pageFooter: "第 {page} 页 / 共 {pages} 页", continued: "（续）")

    static let sentence = "赤峰市以上率下推进“我为群众办实事”实践活动见行见效，全市累计投入资金57.9亿元，办理群众诉求1459件。"

    static func paragraph(_ repeats: Int) -> Block {
        .paragraph(String(repeating: sentence, count: repeats))
    }

    static func brief(_ sections: [BriefSection]) -> BriefContent {
        BriefContent(title: "赤峰市实践活动汇总简报", subtitle: "自动汇总", organisation: "赤峰市", date: nil,
                     keyNumbers: [KeyNumber(label: "文档", value: "5")], sections: sections, labels: labels,
                     keywords: [])
    }

    static func chart(_ bars: [(String, Double, String)]) -> BarChart {
        BarChart(title: "投入资金", id: "funds", unit: "元",
                 bars: bars.map { Bar(label: $0.0, value: $0.1, display: $0.2) }, color: 0x2F5D8A,
                 source: "来源：5 篇文档")
    }
}

extension Page {
    /// Text runs whose text, word joiners removed, equals `text`.
    func runs(_ text: String) -> [TextRun] {
        textRuns.filter { FigureGlue.strip($0.text) == text }
    }

    /// Names of the destinations on the page.
    var destinations: [String] {
        items.compactMap { if case .destination(let d) = $0 { return d.name } else { return nil } }
    }
}
