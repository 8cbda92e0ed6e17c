import HuizongFacts

/// Money that went to one firm, one household or one person (a herder's loan, a company's credit)
/// is a real figure (LABELS.md §1: a `part`), but not a region's funds: adding it to the region's
/// total would let one loan stand for a campaign's spending (issue 14). The phrases name a single
/// recipient of the money in the figure's clause; a count of recipients (`为283户发放`) is not one.
enum SingleBeneficiary {
    static let phrases = [
        "帮助企业", "帮企业", "为企业", "该企业", "一家企业", "这家企业", "该公司", "这家公司", "一家公司",
        "该合作社", "这家合作社", "该户", "这户", "一户", "他家", "她家", "其家", "该牧民", "该农户",
    ]

    /// Money stated as a part: the only facts whose quote is read (a whole-area figure is the
    /// region's by its wording).
    static func isCandidate(_ fact: Fact) -> Bool { fact.unit == "元" && fact.scope == .part }

    /// Whether a money figure's quote names one recipient.
    static func namesOneRecipient(_ quote: String) -> Bool { phrases.contains { quote.contains($0) } }
}
