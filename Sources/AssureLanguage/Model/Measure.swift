import AssureData

/// An impact measure as `assure check` accepted it, and as the engine evaluates it: what
/// value, over which period, compared with what, judged how, and what to say. There is no
/// other model of a measure between the checker and the report.
public struct Measure: Hashable, Sendable {
    public var name: String
    public var title: String
    /// The priority (report section) the measure belongs to.
    public var priority: String?
    /// Where the measure is written, for findings and `explain`.
    public var range: SourceRange?
    /// Arithmetic over indicators; aggregation calls (`sum(x)`) override an indicator's own.
    public var value: Formula
    /// The period kind the value is taken over; nil means the report's period.
    public var over: AggregationPeriod?
    /// The value's unit and better direction (worked out by the checker); nil takes them from
    /// the single indicator measured.
    public var unit: Unit?
    public var polarity: Polarity?
    /// What the value is compared with; the first is the one changes are measured from.
    public var comparisons: [Comparison]
    /// How the change is expressed in conditions and narrative; nil for the default (points
    /// for a percentage, percent otherwise).
    public var changeKind: ChangeKind?
    /// Below this base the measure is noted, never judged (small numbers).
    public var minimumBase: Double?
    /// The classification rules, tried in order; the first whose condition holds decides.
    public var rules: [ClassificationRule]
    /// Statistical process control, when the measure is judged by it.
    public var spc: SPCJudgement?
    /// Trend, record and run notices: sentences added whatever the classification.
    public var notices: [Notice]
    /// The narrative template for each classification.
    public var narratives: [Classification: Template]
    /// The rules' own wording of an area to note for a reason (`say small numbers "…"`).
    public var noteSentences: [NoteSentence: Template]
    /// `ignore chance`: a rule that holds classifies even when chance alone could explain the
    /// change (the analyst's explicit choice, said in `explain` and the report).
    public var ignoresChance: Bool

    public init(name: String, title: String, priority: String? = nil, range: SourceRange? = nil,
                value: Formula, over: AggregationPeriod? = nil, unit: Unit? = nil, polarity: Polarity? = nil,
                comparisons: [Comparison] = [], changeKind: ChangeKind? = nil, minimumBase: Double? = nil,
                rules: [ClassificationRule] = [], spc: SPCJudgement? = nil, notices: [Notice] = [],
                narratives: [Classification: Template] = [:], noteSentences: [NoteSentence: Template] = [:],
                ignoresChance: Bool = false) {
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
        self.noteSentences = noteSentences
        self.ignoresChance = ignoresChance
    }
}

/// What a measure's value is compared with.
public enum Comparison: Hashable, Sendable {
    /// The period before (September for October; 2022/23 for 2023/24).
    case previousPeriod
    /// The latest earlier period that has a figure (surveys every two years).
    case previousAvailable
    /// The same period a year earlier.
    case samePeriodLastYear
    /// A named period, such as the year a strategy began.
    case baseline(Period)
    /// A fixed target figure, in the measure's unit.
    case target(Double)
    /// Another indicator's figure for the same period (England, statistical neighbours), with
    /// its name for the narrative.
    case benchmark(indicator: String, label: String?)
    /// England, the area's region or its statistical neighbours: the same published figure
    /// for other areas of the file (`compare with England`).
    case comparator(AreaComparison)
}

/// Which other areas of a published file a measure is compared with.
public enum ComparatorKind: String, Hashable, Sendable, CaseIterable {
    /// The national figure (`geographic_level` National).
    case england
    /// The figure of the area's own region, as the published file gives its region.
    case region
    /// The median of the area's statistical neighbours' figures (the DfE's model, ten
    /// neighbours, nearest first).
    case statisticalNeighbours

    /// As the rules write it: `England`, `region`, `statistical neighbours`.
    public var written: String {
        switch self {
        case .england: return "England"
        case .region: return "region"
        case .statisticalNeighbours: return "statistical neighbours"
        }
    }
}

/// `compare with England`, `compare with region`, `compare with statistical neighbours`: the
/// measure's value worked out for other areas of the same published data. `indicator` names
/// the published indicator to work it out from when the measure's own value is local data
/// (`compare with England from cpp_two_years_dfe`); nil works out the measure's own value.
public struct AreaComparison: Hashable, Sendable {
    public var kind: ComparatorKind
    public var indicator: String?
    /// Where the rules say it, for diagnostics about the data.
    public var range: SourceRange?

    public init(_ kind: ComparatorKind, indicator: String? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.indicator = indicator
        self.range = range
    }
}

extension Comparison {
    /// Whether the comparison is with the measure's own figure for another period (a change
    /// over time), rather than with a target or a benchmark (a gap).
    public var isOverTime: Bool {
        switch self {
        case .previousPeriod, .previousAvailable, .samePeriodLastYear, .baseline: return true
        case .target, .benchmark, .comparator: return false
        }
    }
}

/// `doing well when change <= -10%`: a classification and the condition that gives it.
public struct ClassificationRule: Hashable, Sendable {
    public var classification: Classification
    public var condition: Condition
    /// The rule as written, for `explain` (printed by `ExpressionText`).
    public var text: String
    /// Each part of a condition that joins parts with `and`, as written, in order: what a
    /// report names when one part held and another did not ("blocked by value <= target").
    public var partTexts: [String]
    public var range: SourceRange?

    public init(_ classification: Classification, when condition: Condition, text: String, partTexts: [String] = [],
                range: SourceRange? = nil) {
        self.classification = classification
        self.condition = condition
        self.text = text
        self.partTexts = partTexts
        self.range = range
    }
}

/// `judge by spc …`: statistical process control as "Making Data Count" defines it.
public struct SPCJudgement: Hashable, Sendable {
    /// Fix the limits from the first N points (12 or more); nil for all points.
    public var baselinePoints: Int?
    /// Start a new group (new limits) at each of these periods.
    public var rebaseAt: [Period]
    /// A target for assurance, in the measure's unit.
    public var target: Double?
    /// Whether large moving ranges are screened out (on unless `without screening`).
    public var screening: Bool

    public init(baselinePoints: Int? = nil, rebaseAt: [Period] = [], target: Double? = nil, screening: Bool = true) {
        self.baselinePoints = baselinePoints
        self.rebaseAt = rebaseAt
        self.target = target
        self.screening = screening
    }
}

/// A notice: a trend, a record or a run worth a sentence, whatever the classification.
public struct Notice: Hashable, Sendable {
    /// What the notice watches for.
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

    public var kind: Kind
    public var template: Template?
    public var range: SourceRange?

    public init(_ kind: Kind, template: Template? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.template = template
        self.range = range
    }
}
