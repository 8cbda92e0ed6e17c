import HuizongLayout
import XCTest

final class ChartTests: XCTestCase {
    let layout = BriefLayout(measurer: FixedWidthMeasurer())
    let measurer = FixedWidthMeasurer()

    private let bars: [(String, Double, String)] = [
        ("内蒙古自治区 › 赤峰市 › 松山区", 5_790_000_000, "≥57.9亿元"),
        ("内蒙古自治区 › 赤峰市 › 克什克腾旗", 868_000_000, "8.68亿元"),
        ("红山区", 310_000_000, "≈3.1亿元"),
    ]

    /// Rectangles of every label and value text, and of every bar.
    private func boxes(_ page: Page) -> (texts: [(String, Rect)], bars: [Rect]) {
        var texts: [(String, Rect)] = [], rects: [Rect] = []
        for item in page.items {
            switch item {
            case .text(let run):
                let w = measurer.width(of: run.text, font: run.font)
                let x = run.alignment == .trailing ? run.origin.x + run.width - w : run.origin.x
                texts.append((run.text, Rect(x: x, y: run.origin.y, width: w, height: run.lineHeight)))
            case .rect(let fill) where fill.color == Color(rgb: 0x2F5D8A) && fill.rect.width > 3:
                rects.append(fill.rect)
            default: break
            }
        }
        return (texts, rects)
    }

    func testBarsInOrderAndProportional() {
        let page = layout.chartPage(LayoutFixtures.chart(bars), width: 520)
        let rects = boxes(page).bars
        XCTAssertEqual(rects.count, 3)
        XCTAssertEqual(rects.map(\.y), rects.map(\.y).sorted(), "bars keep the given order top to bottom")
        XCTAssertEqual(rects[1].width / rects[0].width, 868.0 / 5790.0, accuracy: 1e-6)
    }

    func testLabelsNeverOverlapAndStayInsideAtAnyWidth() {
        for width in stride(from: 240.0, through: 640, by: 40) {
            let page = layout.chartPage(LayoutFixtures.chart(bars), width: width)
            let frame = Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)
            let (texts, rects) = boxes(page)
            for (text, box) in texts {
                XCTAssertTrue(frame.contains(box), "\(text) outside the chart at width \(width)")
                for bar in rects { XCTAssertFalse(box.intersects(bar), "\(text) overlaps a bar at width \(width)") }
            }
            for i in texts.indices {
                for j in texts.indices where j > i {
                    let a = texts[i].1, b = texts[j].1
                    // 0.01 pt of tolerance for floating-point sums of line heights.
                    XCTAssertFalse(Rect(x: a.x + 0.01, y: a.y + 0.01, width: a.width - 0.02, height: a.height - 0.02)
                                    .intersects(b), "\(texts[i].1) \(texts[j].1) " +
                                   "\(texts[i].0) overlaps \(texts[j].0) at width \(width)")
                }
            }
            // Region names are never cut: every character of each label is drawn.
            let drawn = texts.map { FigureGlue.strip($0.0) }.joined()
            for (label, _, _) in bars {
                XCTAssertTrue(drawn.contains(label) || label.allSatisfy { drawn.contains($0) }, label)
            }
        }
    }

    func testNiceTicksInWanYiStyle() {
        let scale = AxisScale(largest: 5_790_000_000, unit: "元")
        XCTAssertEqual(scale.ticks.last, 6_000_000_000)
        XCTAssertEqual(scale.labels, ["0", "20亿", "40亿", "60亿"])
        XCTAssertEqual(AxisScale(largest: 28_000, unit: "条").labels, ["0", "1万", "2万", "3万"])
        XCTAssertEqual(AxisScale(largest: 12_000, unit: "条").labels, ["0", "0.5万", "1万", "1.5万"])
        XCTAssertEqual(AxisScale(largest: 1459, unit: "件").labels, ["0", "500", "1000", "1500"])
        XCTAssertEqual(AxisScale(largest: 87.5, unit: "%").labels, ["0", "20%", "40%", "60%", "80%", "100%"])
        XCTAssertEqual(AxisScale(largest: 0, unit: "件").labels, ["0", "1"])
        XCTAssertEqual(AxisScale(largest: 57.9, unit: "万元").labels, ["0", "20", "40", "60"], "万元 is never rescaled")
        XCTAssertEqual(AxisScale(largest: 2_500_000, unit: "yuan", multipliers: AxisMultiplier.english).labels,
                       ["0", "0.5M", "1M", "1.5M", "2M", "2.5M"])
    }

    func testTallChartSplitsAcrossPagesWithSameScale() {
        let many = (0..<80).map { ("第\($0)区", Double(80 - $0) * 1000, "\(80 - $0)千") }
        let content = LayoutFixtures.brief([
            BriefSection(title: "图", level: 1, anchor: "g", blocks: [.chart(LayoutFixtures.chart(many))]),
        ])
        let pages = layout.layout(content)
        let bottom = pages[0].size.height - layout.style.marginBottom
        var widths: [Double] = []
        for page in pages.dropFirst(2) {
            for item in page.items {
                if case .rect(let fill) = item, fill.color == Color(rgb: 0x2F5D8A), fill.rect.width > 3 {
                    XCTAssertLessThanOrEqual(fill.rect.maxY, bottom)
                    widths.append(fill.rect.width)
                }
            }
        }
        XCTAssertEqual(widths.count, 80)
        XCTAssertEqual(widths[79] / widths[0], 1.0 / 80.0, accuracy: 1e-6, "one scale across the parts")
    }
}
