import HuizongLayout
import HuizongRender
import TestSupport
import XCTest

final class PNGTests: XCTestCase {
    func testChartPNGDecodesToTheDrawnPicture() throws {
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        let page = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 500)
        let png = try renderer.png(page, scale: 2)
        let image = try PNGImage(decoding: png)
        XCTAssertEqual(image.width, 1000)
        XCTAssertEqual(image.height, Int((page.size.height * 2).rounded(.up)))
        XCTAssertEqual(image.pixels[0], 0xFFFFFF, "white background")
        // The middle of every bar is the chart colour.
        var bars = 0
        for item in page.items {
            guard case .rect(let fill) = item, fill.color.rgb == SampleBrief.chart.color, fill.rect.width > 6 else { continue }
            let x = Int((fill.rect.x + fill.rect.width / 2) * 2), y = Int((fill.rect.y + fill.rect.height / 2) * 2)
            XCTAssertEqual(image.pixels[y * image.width + x], SampleBrief.chart.color)
            bars += 1
        }
        XCTAssertGreaterThanOrEqual(bars, 3, "the sample has at least three bars wider than 3 pt")
    }

    func testChartPNGIsDeterministicAndCarriesItsResolution() throws {
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        let page = BriefLayout(measurer: renderer.measurer).chartPage(SampleBrief.chart, width: 500)
        let png = try renderer.png(page, scale: 2)
        XCTAssertEqual(try renderer.png(page, scale: 2), png, "the same page gives the same bytes")
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // pHYs: pixels per metre in x and y, then unit 1 (metre); 2 pixels a point is 144 dpi.
        let type = Array("pHYs".utf8)
        guard let at = (0 ..< png.count - 13).first(where: { Array(png[$0 ..< $0 + 4]) == type }) else {
            return XCTFail("no pHYs chunk")
        }
        func word(_ k: Int) -> Int { png[k ..< k + 4].reduce(0) { $0 << 8 | Int($1) } }
        XCTAssertEqual(word(at + 4), 5669)
        XCTAssertEqual(word(at + 8), 5669)
        XCTAssertEqual(png[at + 12], 1)
        // Colour type 2 (RGB, no alpha), 8 bits a channel, in IHDR.
        XCTAssertEqual(png[24], 8)
        XCTAssertEqual(png[25], 2)
    }

    func testNoisyPageRoundTripsThroughLibpng() throws {
        // A page of pseudo-random rectangles in many colours exercises literals and long matches.
        var state: UInt32 = 12345
        func next() -> UInt32 { state = state &* 1_103_515_245 &+ 12345; return state >> 8 }
        var items: [PageItem] = []
        for _ in 0..<300 {
            let rect = Rect(x: Double(next() % 300), y: Double(next() % 200), width: Double(next() % 40 + 1),
                            height: Double(next() % 40 + 1))
            items.append(.rect(FilledRect(rect: rect, color: Color(rgb: next() & 0xFFFFFF))))
        }
        let renderer = Renderer(fonts: try FontLibrary(directory: ProjectPaths.fonts))
        let page = Page(size: Size(width: 320, height: 240), items: items)
        let image = try PNGImage(decoding: try renderer.png(page, scale: 1))
        XCTAssertEqual(image.width, 320)
        // The last rectangle drawn shows its colour at its centre.
        if case .rect(let last) = items.last! {
            let x = Int(last.rect.x + last.rect.width / 2), y = Int(last.rect.y + last.rect.height / 2)
            XCTAssertEqual(image.pixels[y * 320 + x], last.color.rgb)
        }
    }
}
