import AssureData
import AssureLanguage

/// An impact measure as the evaluator needs it: what value, over which period, compared with
/// what, judged how, and what to say. Built from the checked rules by `RulePlanner`; tests
/// build it directly.
public struct MeasurePlan: Hashable, Sendable {
    public let name: String
    public let title: String
    /// The priority (report section) the measure belongs to.
    public let priority: String?
    /// Where the measure is written, for findings and `explain`.
    public let range: SourceRange?
    public let value: Formula
    /// The period kind the value is taken over; nil means the report's period.
    public let over: AggregationPeriod?
    /// The value's unit and better direction, when known from the rules (a formula's are
    /// worked out by `assure check`); nil takes them from the single indicator measured.
    public let unit: Unit?
    public let polarity: Polarity?
    /// What the value is compared with; the first is the one changes are measured from.
    public let comparisons: [ComparisonBasis]
    /// How the change is expressed in conditions and narrative by default.
    public let changeKind: ChangeKind?
    /// Below this base the measure is noted, never judged (small numbers).
    public let minimumBase: Double?
    /// The classification rules, tried in order; the first whose condition holds decides.
    public let rules: [ClassificationRulePlan]
    /// Statistical process control, when the measure is judged by it.
    public let spc: SPCJudgementPlan?
    /// Trend and record notices: sentences added whatever the classification.
    public let notices: [NoticePlan]
    /// The narrative template for each classification.
    public let narratives: [Classification: Template]

    public init(name: String, title: String, priority: String? = nil, range: SourceRange? = nil,
                value: Formula, over: AggregationPeriod? = nil, unit: Unit? = nil, polarity: Polarity? = nil, comparisons: [ComparisonBasis] = [],
                changeKind: ChangeKind? = nil, minimumBase: Double? = nil, rules: [ClassificationRulePlan] = [],
                spc: SPCJudgementPlan? = nil, notices: [NoticePlan] = [], narratives: [Classification: Template] = [:]) {
        self.name = name
        self.title = title
        self.priority = priority
        self.range = range
        self.value = value
        self.over = over
        self.unit = unit
        self.polarity = polarity
        self.comparisons = comparisons
        self.changeKind = changeKind
        self.minimumBase = minimumBase
        self.rules = rules
        self.spc = spc
        self.notices = notices
        self.narratives = narratives
    }
}

/// What a measure's value is compared with.
public enum ComparisonBasis: Hashable, Sendable {
    /// The period before (September for October; 2022/23 for 2023/24).
    case previousPeriod
    /// The latest earlier period that has a figure (surveys every two years).
    case previousAvailable
    /// The same period a year earlier.
    case samePeriodLastYear
    /// A named period, such as the year a strategy began.
    case baseline(Period)
    /// A fixed target figure.
    case target(Double)
    /// Another indicator's figure for the same period (England, statistical neighbours).
    case benchmark(indicator: String, label: String?)
}

/// `doing well when change <= -10%`: a classification and the condition that gives it.
public struct ClassificationRulePlan: Hashable, Sendable {
    public let classification: Classification
    public let condition: Condition
    /// The rule as written, for `explain`.
    public let text: String
    public let range: SourceRange?

    public init(_ classification: Classification, when condition: Condition, text: String, range: SourceRange? = nil) {
        self.classification = classification
        self.condition = condition
        self.text = text
        self.range = range
    }
}

/// A condition over a measure's figures: comparisons joined by `and`, `or`, `not`.
public indirect enum Condition: Hashable, Sendable {
    case compare(Operand, BinaryOperator, Operand)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
}

/// One side of a comparison in a condition: a figure of the finding, a number, or arithmetic.
public indirect enum Operand: Hashable, Sendable {
    case figure(Figure)
    case number(Double)
    case add(Operand, Operand)
    case subtract(Operand, Operand)
    case multiply(Operand, Operand)
    case divide(Operand, Operand)
    case negate(Operand)
}

/// A figure of a measure's finding that conditions can test.
public enum Figure: String, Hashable, Sendable, CaseIterable {
    /// The change in the measure's own way (`change as …`; percent for counts, points for
    /// percentages when not said).
    case change
    case changePercent = "change.percent"
    case changePoints = "change.points"
    case changeAbsolute = "change.absolute"
    /// The measure's value for the period.
    case value
    /// The comparison value.
    case comparison
    /// The base: the size of the numbers behind the figure (see `MeasureEvaluator.base`).
    case base
    /// The target of a `compare with target …`.
    case target
    /// The benchmark's figure for the period, of a `compare with benchmark …`.
    case benchmark
}

/// `judge by spc …`: statistical process control options.
public struct SPCJudgementPlan: Hashable, Sendable {
    /// Fix the limits from the first N points.
    public let baselinePoints: Int?
    /// Start a new group (new limits) at each of these periods.
    public let rebaseAt: [Period]
    public let target: Double?
    public let screening: Bool

    public init(baselinePoints: Int? = nil, rebaseAt: [Period] = [], target: Double? = nil, screening: Bool = true) {
        self.baselinePoints = baselinePoints
        self.rebaseAt = rebaseAt
        self.target = target
        self.screening = screening
    }
}

/// A notice: a trend or a record worth a sentence, whatever the classification.
public struct NoticePlan: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A monotonic trend since the period (Mann–Kendall with Sen's slope).
        case trend(since: Period)
        /// A record high (or low) within the last N months (or N of the measure's periods),
        /// or all history when nil.
        case record(high: Bool, within: RecordWindow?)
        /// N consecutive rises or falls ending at the period.
        case run(length: Int)
    }

    /// How far back a record notice looks.
    public enum RecordWindow: Hashable, Sendable {
        case months(Int)
        case periods(Int)
    }

    public let kind: Kind
    public let template: Template?
    public let range: SourceRange?

    public init(_ kind: Kind, template: Template? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.template = template
        self.range = range
    }
}
