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

    public init(report: ReportSettings, priorities: [Priority], indicators: [String: Indicator],
                measures: [Measure], outcomes: [Outcome]) {
        self.report = report
        self.priorities = priorities
        self.indicators = indicators
        self.measures = measures
        self.outcomes = outcomes
    }

    /// The measures of one priority, in order.
    public func measures(of priority: String) -> [Measure] { measures.filter { $0.priority == priority } }
}

/// The report's settings: its title, the partnership, the area, the period it covers.
public struct ReportSettings: Hashable, Sendable {
    public var title: String
    public var partnership: String?
    public var area: String?
    /// `areas …`: the areas a run judges one by one when the command line names none.
    public var areas: ReportAreas?
    /// Where the `areas` clause is written, for messages about it.
    public var areasRange: SourceRange?
    /// The kind of period a report covers: a quarter unless said otherwise.
    public var period: AggregationPeriod
    /// The confidence level of every interval and test (0.95 unless `confidence …` says).
    public var confidence: Double
    public var range: SourceRange?
    /// The meeting the report goes to ("SSCB"), and its date as `2019-03-25`.
    public var meeting: String?
    public var meetingDate: String?
    /// The report's authors, in the order written.
    public var authors: [String] = []
    /// The purpose of the report, as the header gives it.
    public var purpose: String?
    /// The evidence section 3 names ("SSCB Q3 scorecard"); empty when the rules name none.
    public var evidence: [String] = []
    /// The measures 4.1 Data gives; empty for every measure.
    public var headlines: [String] = []
    /// The sub-group's texts for template sections, read from the files the rules name.
    public var sections: [ReportSectionText] = []
    /// The version given at the end of the report.
    public var version: String?

    public init(title: String, partnership: String? = nil, area: String? = nil, period: AggregationPeriod,
                confidence: Double = 0.95, range: SourceRange? = nil) {
        self.title = title
        self.partnership = partnership
        self.area = area
        self.period = period
        self.confidence = confidence
        self.range = range
    }

    /// The text given for the template section `number` ("4.2"), if any.
    public func text(ofSection number: String) -> String? {
        sections.first { $0.number == number }?.text
    }
}

/// The text of one template section, as read from the file the report block names.
public struct ReportSectionText: Hashable, Sendable {
    /// "1", "4.2", "4.3", "5" or "6".
    public var number: String
    /// The file as the rules name it.
    public var file: String
    public var text: String

    public init(number: String, file: String, text: String) {
        self.number = number
        self.file = file
        self.text = text
    }
}

/// A section of the report grouping measures: "Themed Priority Area 1: Neglect".
public struct Priority: Hashable, Sendable {
    public var name: String
    public var title: String
    public var range: SourceRange?

    public init(name: String, title: String, range: SourceRange? = nil) {
        self.name = name
        self.title = title
        self.range = range
    }
}

/// An indicator: recorded in `Indicators/`, or derived by arithmetic from other indicators.
public struct Indicator: Hashable, Sendable {
    public var name: String
    public var title: String
    public var unit: Unit
    public var frequency: Frequency
    public var polarity: Polarity
    /// How values add up over a longer period. A derived indicator is given `.ratio`: its
    /// formula is worked out from its inputs, each aggregated by its own rule.
    public var aggregation: Aggregation
    public var numerator: String?
    public var denominator: String?
    /// For a derived indicator, or a percentage or rate made of two named indicators, the
    /// formula over other indicators, already scaled to the unit; nil for one read from
    /// `Indicators/`.
    public var formula: Formula?
    public var range: SourceRange?

    public init(name: String, title: String, unit: Unit, frequency: Frequency = .monthly, polarity: Polarity = .neither,
                aggregation: Aggregation, numerator: String? = nil, denominator: String? = nil,
                formula: Formula? = nil, range: SourceRange? = nil) {
        self.name = name
        self.title = title
        self.unit = unit
        self.frequency = frequency
        self.polarity = polarity
        self.aggregation = aggregation
        self.numerator = numerator
        self.denominator = denominator
        self.formula = formula
        self.range = range
    }

    /// Whether the indicator is worked out from others rather than recorded.
    public var isDerived: Bool { formula != nil }
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
    public var range: SourceRange?

    public init(name: String, statement: String, priority: String? = nil, evidence: [String],
                ratings: [RatingRule], range: SourceRange? = nil) {
        self.name = name
        self.statement = statement
        self.priority = priority
        self.evidence = evidence
        self.ratings = ratings
        self.range = range
    }
}

/// `green when all doing well`, `otherwise red`.
public struct RatingRule: Hashable, Sendable {
    public var rating: Rating
    /// Nil for `otherwise`.
    public var condition: EvidenceCondition?
    /// The rule as written, for `explain`.
    public var text: String

    public init(_ rating: Rating, when condition: EvidenceCondition?, text: String) {
        self.rating = rating
        self.condition = condition
        self.text = text
    }
}
