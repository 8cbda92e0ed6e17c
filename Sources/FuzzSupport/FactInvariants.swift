import Foundation
import HuizongFacts

/// What must hold of every extracted fact, whatever the input; a violation traps (a fuzzer crash).
public enum FactInvariants {
    /// Traps with a description when `fact`, extracted from `text`, breaks an invariant.
    public static func check(_ fact: Fact, text: String) {
        func fail(_ why: String) -> Never {
            fatalError("invariant: \(why) — fact \(fact.csvFields) from \(text.debugDescription)")
        }
        if fact.value.isNaN { fail("value is NaN") }
        if fact.value < 0 { fail("negative value") }
        if let high = fact.valueHigh {
            if high.isNaN { fail("value_high is NaN") }
            if high < fact.value { fail("value_high below value") }
        }
        if fact.line < 1 { fail("line below 1") }
        if fact.csvFields.count != 13 { fail("csvFields count \(fact.csvFields.count)") }
        // The JSON line must be valid JSON with the same 13 keys: quotes and control characters
        // from arbitrary text have to be escaped.
        guard let object = try? JSONSerialization.jsonObject(with: Data(fact.jsonLine.utf8)) as? [String: Any],
              object.count == 13 else { fail("jsonLine not a 13-key JSON object: \(fact.jsonLine)") }
    }
}
