import AssureData

/// An impact measure, checked: what is judged, over which period, against what, how, and
/// what to say.
public struct Measure: Hashable, Sendable {
    public var name: String
    public var title: String
    public var priority: String
    /// An expression over indicator names; aggregation calls (`sum(x)`) override an
    /// indicator's own aggregation.
    public var value: Expression
    /// The period the value is taken over.
    public var period: AggregationPeriod
    /// The unit of the value.
    public var unit: Unit
    /// Which direction is better, from the indicators of the value.
    public var polarity: Polarity
    /// What the value is compared with; the first comparison gives `change`.
    public var comparisons: [Located<Comparison>]
    public var change: ChangeKind
    /// Below this base the measure is noted, never judged.
    public var minimumBase: Double?
    /// Classification rules in order; the first that holds classifies.
    public var rules: [ClassificationRule]
    public var judgement: SPCJudgement?
    public var notices: [Notice]
    /// The sentence for each classification.
    public var narratives: [Classification: Template]
    public var range: SourceRange
}

/// What a measure's value is compared with.
public enum Comparison: Hashable, Sendable {
    case previousPeriod
    /// The latest earlier period with a value (irregular series such as surveys).
    case previousAvailable
    case samePeriodLastYear
    case baseline(Period)
    /// A target in the measure's unit.
    case target(Double)
    /// A benchmark series (England, statistical neighbours), with its name for the narrative.
    case benchmark(indicator: String, label: String?)
}

/// `judge by spc`: statistical process control as "Making Data Count" defines it (spc.md).
public struct SPCJudgement: Hashable, Sendable {
    /// Fix the limits after this many points (12 or more); nil for all points.
    public var baselinePoints: Int?
    /// Periods at which a new group starts.
    public var rebases: [Period]
    /// A target for assurance, in the measure's unit.
    public var target: Double?
    /// Whether large moving ranges are screened out (on unless `without screening`).
    public var screening: Bool
    public var range: SourceRange
}

/// Something to say whatever the classification: a trend, a record, a run.
public struct Notice: Hashable, Sendable {
    /// What the notice watches for.
    public enum Kind: Hashable, Sendable {
        case trend(since: Period)
        /// A record high (or low) among the values of the last `within` periods of `unit`.
        case record(high: Bool, within: Int, unit: String)
        case run(length: Int)
    }

    public var kind: Kind
    public var template: Template
    public var range: SourceRange
}
