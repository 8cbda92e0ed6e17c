import XCTest
@testable import HuizongText

/// The same article in every supported encoding gives the same normalised text.
final class EncodingTests: XCTestCase {
    private let simplifiedSeeds = ["000", "002", "003", "004"]

    func testUnicodeEncodingsGiveTheSameText() throws {
        for prefix in simplifiedSeeds {
            let (original, bytes) = try Helpers.document(prefix)
            XCTAssertEqual(original.source.encoding, "utf-8")
            let utf16le = try XCTUnwrap(Helpers.iconv(bytes, from: "UTF-8", to: "UTF-16LE"))
            let utf16be = try XCTUnwrap(Helpers.iconv(bytes, from: "UTF-8", to: "UTF-16BE"))
            let variants: [(String, [UInt8])] = [
                ("utf-8-bom", [0xEF, 0xBB, 0xBF] + bytes),
                ("utf-16le", [0xFF, 0xFE] + utf16le),
                ("utf-16be", [0xFE, 0xFF] + utf16be),
            ]
            for (name, data) in variants {
                let doc = Helpers.reader.document(bytes: data, path: "x.txt")
                XCTAssertEqual(doc.source.encoding, name, prefix)
                XCTAssertEqual(doc.text, original.text, "\(prefix) as \(name)")
                XCTAssertEqual(doc.lineMap, original.lineMap, "\(prefix) as \(name)")
                XCTAssertEqual(doc.source.invalidBytes, 0)
            }
        }
    }

    func testGB18030GivesTheSameText() throws {
        for prefix in simplifiedSeeds + ["001"] {
            let (original, bytes) = try Helpers.document(prefix)
            let gb = try XCTUnwrap(Helpers.iconv(bytes, from: "UTF-8", to: "GB18030"))
            let doc = Helpers.reader.document(bytes: gb, path: "x.txt")
            XCTAssertEqual(doc.source.encoding, "gb18030", prefix)
            XCTAssertEqual(doc.source.script, original.source.script, prefix)
            XCTAssertEqual(doc.text, original.text, prefix)
            XCTAssertEqual(doc.sentences, original.sentences, prefix)
        }
    }

    /// Big5 holds Traditional text: the article is converted to Traditional (Taiwan forms), saved
    /// as Big5, and must read back as the UTF-8 Traditional version does — and, where OpenCC's round
    /// trip is exact, as the Simplified original.
    func testBig5TraditionalGivesTheSameText() throws {
        for prefix in simplifiedSeeds {
            let (original, bytes) = try Helpers.document(prefix)
            let simplifiedText = String(decoding: bytes, as: UTF8.self)
            let traditional = try XCTUnwrap(ScriptConverter.simplifiedToTraditional.convert(simplifiedText))
            let tradBytes = Array(traditional.utf8)
            let big5 = try XCTUnwrap(Helpers.iconv(tradBytes, from: "UTF-8", to: "BIG5")
                ?? Helpers.iconv(tradBytes, from: "UTF-8", to: "BIG5-HKSCS"), prefix)
            let fromBig5 = Helpers.reader.document(bytes: big5, path: "x.txt")
            let fromUTF8 = Helpers.reader.document(bytes: tradBytes, path: "x.txt")
            XCTAssertEqual(fromBig5.source.encoding, "big5", prefix)
            XCTAssertEqual(fromBig5.source.script, "traditional", prefix)
            XCTAssertEqual(fromUTF8.source.script, "traditional", prefix)
            XCTAssertEqual(fromBig5.text, fromUTF8.text, prefix)
            XCTAssertEqual(fromBig5.lineMap, original.lineMap, prefix)
            // OpenCC turns the name 司吉昇 into 司吉升 on the way back; the other seeds round-trip exactly.
            if prefix != "004" { XCTAssertEqual(fromBig5.text, original.text, prefix) }
        }
    }

    func testSimplifiedTextNeverReachesOpenCC() throws {
        let before = ScriptConverter.traditionalToSimplified.conversionCount
        for prefix in simplifiedSeeds {
            let (doc, _) = try Helpers.document(prefix)
            XCTAssertEqual(doc.source.script, "simplified")
        }
        XCTAssertEqual(ScriptConverter.traditionalToSimplified.conversionCount, before)
        _ = try Helpers.document("001")
        XCTAssertGreaterThan(ScriptConverter.traditionalToSimplified.conversionCount, before)
    }

    func testBadBytesInsideUTF8AreReplacedAndCounted() {
        let good = Array("党史学习教育开展以来，全市共办结实事1200件。\n第二行照常。".utf8)
        var bad = good
        bad.insert(contentsOf: [0xFF, 0xC3], at: 9)
        let doc = Helpers.reader.document(bytes: bad, path: "bad.txt")
        XCTAssertEqual(doc.source.encoding, "utf-8")
        XCTAssertEqual(doc.source.invalidBytes, 2)
        XCTAssertTrue(doc.text.contains("\u{FFFD}"))
        XCTAssertTrue(doc.text.contains("全市共办结实事1200件。"))
        XCTAssertTrue(doc.diagnostics.contains { $0.message.contains("undecodable") })
    }
}

/// Short texts carry little evidence; the detector must still tell GB18030 from Big5.
final class ShortTextEncodingTests: XCTestCase {
    private let samples = [
        "全市共办结实事1200件。",
        "为群众办实事",
        "截至目前，累计为3.9万余名农牧民提供贷款，授信金额达57.9亿元。",
        "党员干部走进帮扶家庭，了解脱贫户所需所盼。",
    ]

    func testShortSimplifiedInGB18030() throws {
        for text in samples {
            let gb = try XCTUnwrap(Helpers.iconv(Array(text.utf8), from: "UTF-8", to: "GB18030"))
            let doc = Helpers.reader.document(bytes: gb, path: "short.txt")
            XCTAssertEqual(doc.source.encoding, "gb18030", text)
            XCTAssertEqual(doc.text, text)
        }
    }

    /// 为 in GBK is CE AA, which is also valid UTF-8 ("Ϊ"); the text must still be read as GBK.
    func testGBKThatHappensToBeValidUTF8() throws {
        let text = "为为"
        let gb = try XCTUnwrap(Helpers.iconv(Array(text.utf8), from: "UTF-8", to: "GBK"))
        XCTAssertEqual(gb, [0xCE, 0xAA, 0xCE, 0xAA])
        let doc = Helpers.reader.document(bytes: gb, path: "short.txt")
        XCTAssertEqual(doc.source.encoding, "gb18030")
        XCTAssertEqual(doc.text, text)
    }

    func testValidUTF8WithAccentsStaysUTF8() {
        let doc = Helpers.reader.document(bytes: Array("Café résumé naïve".utf8), path: "latin.txt")
        XCTAssertEqual(doc.source.encoding, "utf-8")
        XCTAssertEqual(doc.text, "Café résumé naïve")
    }

    func testShortTraditionalInBig5() throws {
        for text in samples {
            let traditional = try XCTUnwrap(ScriptConverter.simplifiedToTraditional.convert(text))
            let big5 = try XCTUnwrap(Helpers.iconv(Array(traditional.utf8), from: "UTF-8", to: "BIG5"))
            let doc = Helpers.reader.document(bytes: big5, path: "short.txt")
            XCTAssertEqual(doc.source.encoding, "big5", text)
            XCTAssertEqual(doc.text, text)
        }
    }
}

final class UnmarkedUTF16Tests: XCTestCase {
    func testUTF16WithoutBOMIsRecognised() throws {
        let (original, bytes) = try Helpers.document("002")
        for (name, target) in [("utf-16le", "UTF-16LE"), ("utf-16be", "UTF-16BE")] {
            let data = try XCTUnwrap(Helpers.iconv(bytes, from: "UTF-8", to: target))
            let doc = Helpers.reader.document(bytes: data, path: "x.txt")
            XCTAssertEqual(doc.source.encoding, name)
            XCTAssertEqual(doc.text, original.text)
        }
    }

    func testStrayTraditionalCharacterInSimplifiedTextIsConvertedOnItsLine() {
        let body = String(repeating: "全市共办结实事1200件，群众满意度达到百分之九十五以上。", count: 3)
        let doc = Helpers.document(text: body + "\n他们說这是好事。\n")
        XCTAssertEqual(doc.source.script, "simplified")
        XCTAssertEqual(doc.text, body + "\n他们说这是好事。")
    }
}
