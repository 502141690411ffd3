import AssureData
import AssureLanguage

/// An outcome statement as the evaluator needs it: the sentence, its evidence measures, and
/// the Green/Amber/Red rules tried in order.
public struct OutcomePlan: Hashable, Sendable {
    public let name: String
    public let statement: String
    public let priority: String?
    public let evidence: [String]
    public let ratings: [RatingRulePlan]
    public let range: SourceRange?

    public init(name: String, statement: String, priority: String? = nil, evidence: [String],
                ratings: [RatingRulePlan], range: SourceRange? = nil) {
        self.name = name
        self.statement = statement
        self.priority = priority
        self.evidence = evidence
        self.ratings = ratings
        self.range = range
    }
}

/// `green when all doing well`, `otherwise red`.
public struct RatingRulePlan: Hashable, Sendable {
    public let rating: Rating
    /// Nil for `otherwise`.
    public let condition: EvidenceCondition?
    public let text: String

    public init(_ rating: Rating, when condition: EvidenceCondition?, text: String) {
        self.rating = rating
        self.condition = condition
        self.text = text
    }
}

/// A condition over an outcome's evidence: how many measures have a classification.
public indirect enum EvidenceCondition: Hashable, Sendable {
    case count(Quantifier, Classification)
    case and(EvidenceCondition, EvidenceCondition)
    case or(EvidenceCondition, EvidenceCondition)
    case not(EvidenceCondition)
}
