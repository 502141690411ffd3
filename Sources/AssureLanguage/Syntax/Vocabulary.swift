import AssureData

/// The evaluator's verdict on a measure for a period, in the words of the report template.
public enum Classification: String, Hashable, Sendable, CaseIterable {
    /// "What we are doing well" — written `doing well`.
    case doingWell = "doing well"
    /// "Area for further exploration" — written `explore`.
    case furtherExploration = "explore"
    /// "Area to note" — written `to note`.
    case toNote = "to note"

    /// The heading the report gives it.
    public var heading: String {
        switch self {
        case .doingWell: return "What we are doing well"
        case .furtherExploration: return "Areas for further exploration"
        case .toNote: return "Areas to note"
        }
    }
}

/// The sentence of an area to note for a reason other than the rules' own judgement: each is
/// written by Assure unless the rules word it (`say small numbers "…"`). `say to note` is the
/// sentence for a rule that held or a change the rules did not judge, and for nothing else.
public enum NoteSentence: String, Hashable, Sendable, CaseIterable {
    /// The base is below the minimum base.
    case smallNumbers = "small numbers"
    /// The change (or gap) is within what chance alone would give.
    case withinChance = "within chance"
    /// The figure for the period is missing, late, a statistical symbol (`c`, `x`, `z`, `u`,
    /// `low`…) or cannot be made.
    case noFigure = "no figure"
    /// Nothing to compare with yet: no comparison figure, or too few points for a chart.
    case notEnoughHistory = "not enough history"
}

/// What an indicator counts or measures, which decides what arithmetic and changes make sense.
public enum Unit: Hashable, Sendable {
    /// A count of events or children: `unit count`.
    case count
    /// A percentage, 0 to 100: `unit percent`.
    case percent
    /// A rate per so many (children): `unit rate per 10,000`.
    case rate(per: Double)
    /// Any other figure (weeks, a score): `unit number`.
    case number

    /// The unit as the language writes it.
    public var code: String {
        switch self {
        case .count: return "count"
        case .percent: return "percent"
        case .rate(let per): return "rate per \(NumberText.grouped(per))"
        case .number: return "number"
        }
    }
}

/// Which direction of an indicator is good (its polarity).
public enum Polarity: String, Hashable, Sendable {
    case higher, lower, neither
}

/// How an indicator's values over months add up to a longer period.
public enum Aggregation: String, Hashable, Sendable {
    /// A flow (events): the period is the sum of its months.
    case sum
    /// A stock (children on a plan): the period is its last value.
    case last
    /// The mean of the period's values.
    case mean
    /// A ratio (percent, rate): the sum of the numerators over the sum of the denominators.
    case ratio
}

/// The period a measure's value is taken over.
public enum AggregationPeriod: Hashable, Sendable {
    case month
    case quarter
    case financialYear
    case calendarYear
    case academicYear
    case rolling12Months
    /// A pool of consecutive years as published (`over pooled 3 calendar years`): only data
    /// recorded in the same pools fills it.
    case pooled(years: Int, of: YearKind)

    /// The period as rules write it after `over`: `month`, `financial year`,
    /// `pooled 3 calendar years`.
    public var rawValue: String {
        switch self {
        case .month: return "month"
        case .quarter: return "quarter"
        case .financialYear: return "financial year"
        case .calendarYear: return "calendar year"
        case .academicYear: return "academic year"
        case .rolling12Months: return "rolling 12 months"
        case .pooled(let years, let kind): return "pooled \(years) \(kind.rawValue) years"
        }
    }

    /// The coarsest data frequency that can be reported over this period; the data must be at
    /// least this fine.
    public func accepts(_ frequency: Frequency) -> Bool {
        switch (self, frequency) {
        case (.month, .monthly): return true
        case (.quarter, .monthly), (.quarter, .quarterly): return true
        case (.financialYear, .monthly), (.financialYear, .quarterly), (.financialYear, .financialYear): return true
        case (.calendarYear, .monthly), (.calendarYear, .calendarYear): return true
        case (.academicYear, .monthly), (.academicYear, .academicYear): return true
        case (.rolling12Months, .monthly): return true
        case (.pooled(let years, let kind), .pooled(let recorded, let recordedKind)): return years == recorded && kind == recordedKind
        default: return false
        }
    }

    /// The period in words for messages: "monthly", "quarterly", "over a financial year".
    public var words: String {
        switch self {
        case .month: return "monthly"
        case .quarter: return "quarterly"
        case .financialYear: return "over a financial year"
        case .calendarYear: return "over a calendar year"
        case .academicYear: return "over an academic year"
        case .rolling12Months: return "over rolling 12 months"
        case .pooled(let years, let kind): return "over \(years) \(kind.rawValue) years pooled"
        }
    }

    /// The period kind matching a data frequency.
    public init(_ frequency: Frequency) {
        switch frequency {
        case .monthly: self = .month
        case .quarterly: self = .quarter
        case .financialYear: self = .financialYear
        case .calendarYear: self = .calendarYear
        case .academicYear: self = .academicYear
        case .pooled(let years, let kind): self = .pooled(years: years, of: kind)
        }
    }
}

/// How a measure's change from its comparison is expressed.
public enum ChangeKind: String, Hashable, Sendable {
    /// The difference in the measure's own unit.
    case absolute
    /// The difference as a percentage of the comparison value.
    case percent
    /// The difference of two percentages, in percentage points.
    case points
}

/// Numbers written the way the language and reports write them.
public enum NumberText {
    /// `10000` → `10,000`; fractions keep their digits (`2.5`).
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), let whole = DecimalText.format(value, places: 0) else { return "\(value)" }
        return whole
    }
}
