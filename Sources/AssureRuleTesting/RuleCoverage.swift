import AssureData
import AssureLanguage

/// What a run of rule tests reaches of the rules: the measures no test judges, the
/// classification rules that held in no test, the rules that can never hold whatever the
/// figures (proved by `RuleReach`, not found by trying), and the outcome statements and rating
/// rules no test reaches.
public struct RuleCoverage: Sendable {
    /// A classification rule, by its measure and its place among the measure's rules.
    public struct RulePlace: Hashable, Sendable {
        public let measure: String
        /// From 0, in the order written.
        public let index: Int
        public let rule: ClassificationRule
    }

    /// A rule that never holds, and why.
    public struct NeverHolding: Hashable, Sendable {
        public let place: RulePlace
        public let why: RuleReach.NeverHolds
        /// The earlier rules that always win over it (for `alwaysWonBy`).
        public let winners: [ClassificationRule]
    }

    /// Measures no test judges, in the order written.
    public let untestedMeasures: [Measure]
    /// Rules that held in no test (every rule of a measure no test judges), in order.
    public let unreachedRules: [RulePlace]
    /// Rules that can never hold, in order.
    public let neverHolding: [NeverHolding]
    public let measureCount: Int
    public let ruleCount: Int
    /// Outcome statements no test rates, in the order written.
    public let untestedOutcomes: [Outcome]
    /// Rating rules (`otherwise` among them) that gave the rating in no test, by outcome
    /// statement, in order.
    public let unreachedRatings: [(outcome: Outcome, rule: RatingRule)]
    public let outcomeCount: Int
    public let ratingCount: Int

    init(_ ruleSet: RuleSet, tested: [Trial]) {
        var testedMeasures: Set<String> = []
        var testedOutcomes: Set<String> = []
        var held: Set<String> = []
        var rated: Set<String> = []
        for trial in tested {
            switch trial.subject {
            case .measure(let name):
                testedMeasures.insert(name)
                for index in trial.reached { held.insert("\(name)#\(index)") }
            case .outcome(let name):
                testedOutcomes.insert(name)
                for index in trial.reached { rated.insert("\(name)#\(index)") }
            }
        }
        untestedMeasures = ruleSet.measures.filter { !testedMeasures.contains($0.name) }
        untestedOutcomes = ruleSet.outcomes.filter { !testedOutcomes.contains($0.name) }
        unreachedRatings = ruleSet.outcomes.flatMap { outcome in
            outcome.ratings.enumerated().filter { !rated.contains("\(outcome.name)#\($0.offset)") }.map { (outcome, $0.element) }
        }
        outcomeCount = ruleSet.outcomes.count
        ratingCount = ruleSet.outcomes.reduce(0) { $0 + $1.ratings.count }
        var unreached: [RulePlace] = []
        var never: [NeverHolding] = []
        for measure in ruleSet.measures {
            for (index, rule) in measure.rules.enumerated() where !held.contains("\(measure.name)#\(index)") {
                unreached.append(RulePlace(measure: measure.name, index: index, rule: rule))
            }
            for found in RuleReach.neverHolding(measure.rules, minimumBase: measure.minimumBase) {
                let winners: [ClassificationRule]
                if case .alwaysWonBy(let indices) = found.why { winners = indices.map { measure.rules[$0] } } else { winners = [] }
                never.append(NeverHolding(place: RulePlace(measure: measure.name, index: found.rule, rule: measure.rules[found.rule]),
                                          why: found.why, winners: winners))
            }
        }
        unreachedRules = unreached
        neverHolding = never
        measureCount = ruleSet.measures.count
        ruleCount = ruleSet.measures.reduce(0) { $0 + $1.rules.count }
    }
}
