import AssureLanguage

/// Rates outcome statements Green, Amber or Red by their rules over the classifications of
/// their evidence measures, as the independent scrutiny report does; "no evidence" when none
/// of the measures could be judged.
public enum OutcomeEvaluator {
    public static func evaluate(_ outcome: Outcome, findings: [String: MeasureFinding]) -> OutcomeFinding {
        let evidence = outcome.evidence.compactMap { findings[$0] }
        guard evidence.contains(where: { $0.verdict.wasJudged }) else {
            return OutcomeFinding(outcome: outcome, rating: nil, decidingRule: nil, evidence: evidence)
        }
        // Evidence that could not be judged counts as not having any classification asked for.
        let classifications = evidence.map { $0.verdict.wasJudged ? $0.verdict.classification : nil }
        for rule in outcome.ratings {
            guard let condition = rule.condition else {
                return OutcomeFinding(outcome: outcome, rating: rule.rating, decidingRule: rule, evidence: evidence)
            }
            if holds(condition, classifications: classifications, total: outcome.evidence.count) {
                return OutcomeFinding(outcome: outcome, rating: rule.rating, decidingRule: rule, evidence: evidence)
            }
        }
        return OutcomeFinding(outcome: outcome, rating: nil, decidingRule: nil, evidence: evidence)
    }

    /// `all` means every listed measure (an unjudged one fails it); `any` at least one; `none`
    /// not one; `at least N` and `at most N` count.
    static func holds(_ condition: EvidenceCondition, classifications: [Classification?], total: Int) -> Bool {
        switch condition {
        case .count(let quantifier, let classification):
            let matching = classifications.filter { $0 == classification }.count
            switch quantifier {
            case .all: return total > 0 && matching == total
            case .any: return matching > 0
            case .none: return matching == 0
            case .atLeast(let count): return matching >= count
            case .atMost(let count): return matching <= count
            }
        case .and(let left, let right):
            return holds(left, classifications: classifications, total: total) && holds(right, classifications: classifications, total: total)
        case .or(let left, let right):
            return holds(left, classifications: classifications, total: total) || holds(right, classifications: classifications, total: total)
        case .not(let inner):
            return !holds(inner, classifications: classifications, total: total)
        }
    }
}
