import Foundation
import HuizongText

/// The title and date a brief cites an article by (issue 18: `《倾心为民办实事 一点一滴总关情》
/// 2021年6月8日` reads better than `004_1f6891cf0bc37d1b.txt:27`, which stays beside it).
struct ArticleHeading: Sendable, Equatable {
    var title: String?
    var date: String?

    /// Titles longer than this are a first paragraph, not a heading.
    static let longestTitle = 48
    /// Paragraphs looked at for the title and the date.
    static let leadingParagraphs = 4

    /// The first paragraph the reader marked as a title or heading, else the first short one
    /// without a full stop (a column name such as `视点`, under four characters, is skipped);
    /// the first date written in full (`2021年6月8日`, `2021-06-08`) in the leading paragraphs.
    init(_ document: Document) {
        let leading = document.paragraphs.prefix(Self.leadingParagraphs).map { span -> (String, BlockKind) in
            // Trimmed on the scalars, then built in one go: appending scalars to a String one by
            // one and Foundation's trimming (which bridges the whole String) cost 2–3% of a run.
            var lo = span.range.lowerBound, hi = min(span.range.upperBound, span.range.lowerBound + 400)
            while lo < hi, Self.blank.contains(document.scalars[lo]) { lo += 1 }
            while hi > lo, Self.blank.contains(document.scalars[hi - 1]) { hi -= 1 }
            return (document.string(lo..<hi), span.kind)
        }
        title = leading.first { text, kind in
            let count = text.unicodeScalars.count
            guard count >= 4, count <= Self.longestTitle else { return false }
            return kind == .title || kind == .heading || !(text.contains("。") || text.contains("，"))
        }?.0
        date = leading.lazy.compactMap { Self.date(in: $0.0) }.first
    }

    init(title: String?, date: String?) { self.title = title; self.date = date }

    /// What `trimmingCharacters(in: .whitespacesAndNewlines)` takes off the ends (no scalar outside
    /// the BMP is in it, so trimming scalars is trimming UTF-16 units).
    private static let blank = CharacterSet.whitespacesAndNewlines

    private static let datePattern = try! NSRegularExpression(
        pattern: #"(19|20)\d\d年(0?[1-9]|1[0-2])月([12]\d|3[01]|0?[1-9])日|(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"#)

    static func date(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = datePattern.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }

    /// How a source cell cites a figure: `《title》date` on one line, `document:line` below it.
    func citation(reference: String) -> String {
        guard let title else { return reference }
        return "《" + title + "》" + (date.map { " " + $0 } ?? "") + "\n" + reference
    }
}
