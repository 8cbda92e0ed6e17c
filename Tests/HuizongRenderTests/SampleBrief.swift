import HuizongLayout

/// A small brief in Chinese shaped like the pipeline's output, for render tests and visual checks.
enum SampleBrief {
    static let labels = BriefLabels(contents: "目录", pageFooter: "第 {page} 页 / 共 {pages} 页", continued: "（续）")

    static let regions: [(String, Double, String)] = [
        ("内蒙古自治区 › 赤峰市 › 松山区", 5_790_000_000, "≥57.9亿元"),
        ("内蒙古自治区 › 赤峰市 › 红山区", 1_230_000_000, "12.3亿元"),
        ("内蒙古自治区 › 赤峰市 › 克什克腾旗", 868_000_000, "8.68亿元"),
        ("内蒙古自治区 › 赤峰市 › 喀喇沁旗", 310_000_000, "≈3.1亿元"),
        ("内蒙古自治区 › 赤峰市 › 阿鲁科尔沁旗", 45_000_000, "4500万元"),
    ]

    static var chart: BarChart {
        BarChart(title: "各地投入资金（元）", id: "funds", unit: "元",
                 bars: regions.map { Bar(label: $0.0, value: $0.1, display: $0.2) },
                 color: 0x2F5D8A, source: "来源：5 篇文档，63 个数字")
    }

    static let paragraph = "赤峰市以上率下推进“我为群众办实事”实践活动见行见效。活动伊始，赤峰市主要领导率先垂范，"
        + "向全市释放出“办实事、抓落实”的强烈信号和鲜明导向。全市累计投入资金57.9亿元，办理群众诉求1459件，"
        + "新增普惠性民办学位10732个，受理网上留言2.8万余条，松山区向阳二组团老旧小区改造惠及居民3200户。"

    static func content(sections extra: Int = 0) -> BriefContent {
        var sections = [
            BriefSection(title: "总体情况", level: 1, anchor: "s1", blocks: [
                .paragraph(paragraph), .paragraph(paragraph + paragraph),
                .note("注：数字取自原文，按地区汇总；“≥”表示原文为“超过”“以上”等。"),
            ]),
            BriefSection(title: "资金投入", level: 2, anchor: "s1-1", blocks: [.chart(chart), .paragraph(paragraph)]),
            BriefSection(title: "分地区汇总", level: 1, anchor: "s2", blocks: [
                .table(Table(columns: [TableColumn(header: "地区", weight: 3),
                                       TableColumn(header: "投入资金", alignment: .trailing, weight: 1.2),
                                       TableColumn(header: "文档", alignment: .trailing, weight: 0.8)],
                             rows: (0..<40).map { index in
                                 let region = regions[index % regions.count]
                                 return [region.0, region.2, String(index % 4 + 1)]
                             })),
            ]),
        ]
        let counties = ["松山区", "红山区", "元宝山区", "阿鲁科尔沁旗", "巴林左旗", "巴林右旗", "林西县", "克什克腾旗",
                        "翁牛特旗", "喀喇沁旗", "宁城县", "敖汉旗", "呼和浩特市 › 赛罕区", "锡林郭勒盟 › 正镶白旗"]
        sections.append(BriefSection(title: "各地区办理群众诉求排名", level: 1, anchor: "s3", blocks: [
            .paragraph("下图按办理件数由多到少排列各旗县区；同一地区在多篇文档中出现时合并计算。"),
            .chart(BarChart(title: "办理群众诉求（件）", id: "cases", unit: "件",
                            bars: counties.enumerated().map { index, name in
                                let value = Double(1459 - index * 97)
                                return Bar(label: "内蒙古自治区 › 赤峰市 › " + name, value: value,
                                           display: "\(Int(value))件")
                            }, color: 0x3A7D5C, source: "来源：5 篇文档；“›”分隔省、市、县三级")),
            .note("注：正镶白旗、赛罕区不属赤峰市，此处用于检验长标签的排版。"),
        ]))
        for index in 0..<extra {
            sections.append(BriefSection(title: "附加章节 \(index + 1)", level: 1, anchor: "x\(index)",
                                         blocks: Array(repeating: .paragraph(paragraph), count: 12)))
        }
        return BriefContent(title: "赤峰市“我为群众办实事”实践活动汇总简报", subtitle: "基于 5 篇新闻报道的自动汇总",
                            organisation: "赤峰市委党史学习教育领导小组办公室", date: "2021年10月",
                            keyNumbers: [KeyNumber(label: "文档", value: "5"), KeyNumber(label: "数字", value: "63"),
                                         KeyNumber(label: "投入资金", value: "57.9亿元"),
                                         KeyNumber(label: "地区", value: "12")],
                            sections: sections, labels: labels, keywords: ["我为群众办实事", "赤峰市"])
    }
}
