import HuizongFacts

/// How qualifiers combine when figures are added: the weakest claim wins.
/// exact + exact = exact; anything + at_least = at_least; anything + approx = approx
/// (an approximate part makes the sum approximate, even if another part is a lower bound).
/// A range contributes its lower end, so it counts as at_least.
enum QualifierAlgebra {
    static func combine(_ a: Qualifier, _ b: Qualifier) -> Qualifier {
        let x = normalised(a), y = normalised(b)
        if x == .approx || y == .approx { return .approx }
        if x == .atLeast || y == .atLeast { return .atLeast }
        return .exact
    }

    /// A range is summed by its lower end, which makes the claim "at least".
    static func normalised(_ q: Qualifier) -> Qualifier { q == .range ? .atLeast : q }
}
