import XCTest
@testable import HuizongText
import TestSupport

/// OpenCC gets only the runs of a Traditional text it can change (ConversionSpans); the text that
/// comes back must be what converting every line whole gives.
final class ConversionSpansTests: XCTestCase {
    private func lines(_ text: String) -> [CleanLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            CleanLine(scalars: Array(line.unicodeScalars), line: k + 1, headingLevel: 0)
        }
    }

    /// Phrases OpenCC converts otherwise than character by character (反覆, 瞭解, 藉口) or keeps
    /// whole although a character of them alone would change (康乾, 於勇明, 角徵羽), digits,
    /// Latin letters and punctuation between runs, and every seed written in Traditional characters.
    func testRunsConvertAsWholeLinesDo() throws {
        var texts = [
            "他反覆強調，要一目瞭然地瞭解群眾訴求，不能藉口困難沈默不語。",
            "全縣共徵求意見建議6.1萬餘條，「辦實事」2,000件，APP下載量達3萬次。\n\n著名學者著書立說，看著數據說話。",
            "乾隆年間，乾坤未定；覆蓋全鄉的網絡已於2021年建成。",
            "康乾盛世時，於勇明在角徵羽之間彷徨瞭望。",
        ]
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = String(decoding: try ProjectPaths.seed(prefix).bytes, as: UTF8.self)
            texts.append(try XCTUnwrap(ScriptConverter.simplifiedToTraditional.convert(text)))
        }
        for text in texts {
            let original = lines(text)
            var byRuns = original, whole = original
            XCTAssertEqual(DocumentAssembler.convertRuns(of: Array(byRuns.indices), in: &byRuns), true)
            XCTAssertTrue(DocumentAssembler.convertWhole(&whole))
            XCTAssertNotEqual(byRuns.map(\.scalars), original.map(\.scalars), "nothing was converted")
            XCTAssertEqual(byRuns.map { String(String.UnicodeScalarView($0.scalars)) },
                           whole.map { String(String.UnicodeScalarView($0.scalars)) })
        }
    }

    /// Characters no dictionary key holds (digits, punctuation, 共 求 全) are not sent; every
    /// Traditional-only character is.
    func testOnlyRunsThatCanChangeAreSent() throws {
        let spans = try XCTUnwrap(ScriptConverter.traditionalToSimplified.spans)
        let scalars = Array("全縣共徵求意見建議6.1萬餘條，共計2000件。".unicodeScalars)
        var sent = [Bool](repeating: false, count: scalars.count)
        spans.forEachRun(in: scalars) { range in for i in range { sent[i] = true } }
        for (s, isSent) in zip(scalars, sent) {
            if "縣徵見議萬餘條計".unicodeScalars.contains(s) { XCTAssertTrue(isSent, "\(s) not sent") }
            if "全共求6.1，2000件。".unicodeScalars.contains(s) { XCTAssertFalse(isSent, "\(s) sent") }
        }
    }
}
