import AssureData

/// The checked rules of a partnership: what the evaluation engine consumes. Built only from
/// declarations that passed the checks; use it only when checking gave no errors.
public struct RuleSet: Sendable {
    public var report: ReportSettings
    /// Priorities in the order declared (files in path order), the order of the report.
    public var priorities: [Priority]
    /// Indicators (recorded and derived) by name.
    public var indicators: [String: Indicator]
    /// Measures in the order declared.
    public var measures: [Measure]
    public var outcomes: [Outcome]

    /// The measures of one priority, in order.
    public func measures(of priority: String) -> [Measure] { measures.filter { $0.priority == priority } }
}

/// The report's settings: its title, the partnership, the area, the period it covers.
public struct ReportSettings: Hashable, Sendable {
    public var title: String
    public var partnership: String?
    public var area: String?
    /// The kind of period a report covers: a quarter unless said otherwise.
    public var period: AggregationPeriod
    public var range: SourceRange?
}

/// A section of the report grouping measures: "Themed Priority Area 1: Neglect".
public struct Priority: Hashable, Sendable {
    public var name: String
    public var title: String
    public var range: SourceRange
}

/// An indicator: recorded in `Indicators/`, or derived by arithmetic from other indicators.
public struct Indicator: Hashable, Sendable {
    public var name: String
    public var title: String
    public var unit: Unit
    public var frequency: Frequency
    public var polarity: Polarity
    /// How values add up over a longer period. A derived indicator is given `.ratio`: its
    /// definition is worked out from its inputs, each aggregated by its own rule.
    public var aggregation: Aggregation
    public var numerator: String?
    public var denominator: String?
    /// The arithmetic of a derived indicator; nil for a recorded one.
    public var definition: Expression?
    public var range: SourceRange

    /// Whether the indicator is worked out from others rather than recorded.
    public var isDerived: Bool { definition != nil }
}

/// An outcome statement backed by measures and rated Green, Amber or Red.
public struct Outcome: Hashable, Sendable {
    public var name: String
    public var statement: String
    public var priority: String?
    /// The names of the measures that are its evidence.
    public var evidence: [String]
    /// The rating rules in order; the first that holds gives the rating. The last may have no
    /// condition (`otherwise`).
    public var ratings: [RatingRule]
    public var range: SourceRange
}
