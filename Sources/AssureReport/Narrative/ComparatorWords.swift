import AssureEngine

/// How a comparison with England, the region or the statistical neighbours is said, in the
/// narrative and in the table alike: "similar to England (2.5%)" when chance alone could give
/// the gap, "above" or "below" it when not, and — when there are no counts to test with —
/// "above England (2.5%) (values only, no test)", so that a gap of values is never read as a
/// tested difference.
enum ComparatorWords {
    static func text(_ comparison: ComparisonFinding, name: String, figure: String, change: Change) -> String {
        let what = "\(name) (\(figure))"
        if let test = comparison.chance.test, !test.isBeyondChance { return "similar to " + what }
        let side: String
        switch change.direction {
        case .increase: side = "above "
        case .decrease: side = "below "
        case .none: side = "level with "
        }
        return side + what + (comparison.chance.test == nil ? " (values only, no test)" : "")
    }
}
