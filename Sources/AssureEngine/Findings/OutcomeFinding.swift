import AssureLanguage

/// An outcome statement's Green/Amber/Red rating for the period, with its evidence.
public struct OutcomeFinding: Sendable {
    public let outcome: Outcome
    /// The rating; nil when none of the evidence measures could be judged ("no evidence").
    public let rating: Rating?
    /// The rule that gave the rating; nil for no evidence.
    public let decidingRule: RatingRule?
    /// The evidence measures' findings, in the order the outcome lists them (measures without
    /// a finding are left out).
    public let evidence: [MeasureFinding]

    /// Whether no evidence measure could be judged.
    public var hasNoEvidence: Bool { rating == nil }
}
