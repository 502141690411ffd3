import AssureAnalysis
import AssureData
import AssureLanguage

/// A measure's figure for a period: the formula's result and the figure of each indicator it
/// was made from.
public struct MeasureValue: Hashable, Sendable {
    public let period: Period
    public let result: PeriodValue.Result
    /// Each indicator the formula uses, with its figure for the period (one entry for a
    /// measure that is a single indicator).
    public let operands: [IndicatorValue]
    /// The numbers behind a ratio or share: the numerator's and the denominator's figures,
    /// when there are.
    public var numerator: Double? = nil
    public let denominator: Double?

    public var value: Double? {
        if case .value(let number) = result { return number }
        return nil
    }
}

/// An indicator's figure for a period, inside a measure's value.
public struct IndicatorValue: Hashable, Sendable {
    public let indicator: String
    public let value: PeriodValue
}

/// A comparison of the measure's value with one basis, and the change from it.
public struct ComparisonFinding: Hashable, Sendable {
    public let basis: Comparison
    /// The period compared with; nil for a target.
    public let period: Period?
    /// The comparison's figure and how it was made; nil for a target.
    public let value: MeasureValue?
    /// The comparison figure (the target itself for a target); nil when unavailable.
    public let figure: Double?
    /// The change from the comparison figure to the current value; nil when either is missing.
    public let change: Change?
    /// Whether chance alone could give the change (or the gap from a benchmark or target),
    /// with the test and intervals; or why no test applies.
    public var chance: Chance = .untestable(.noFigure)
    /// For `compare with England`, `region` or `statistical neighbours`: the areas compared
    /// with, their figures, or why there is none.
    public var comparator: ComparatorFinding? = nil
    /// A benchmark made of the very data points the value is made of (the area's own figures
    /// under another name): it has no figure, since an area is never compared with itself.
    public var isTheAreaItself: Bool = false
}

/// How one classification rule fared: held, did not hold, or could not be decided.
public struct RuleTrace: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case held
        case notHeld
        /// A figure the condition needs is not there (a percent change from zero).
        case undecided(NoteReason)
    }

    public let rule: ClassificationRule
    public let outcome: Outcome
    /// The figures the condition used, by name (`change.percent` → −26).
    public let figures: [Figure: Double]
}

/// Statistical process control over the measure's history, as the finding carries it.
public struct SPCFinding: Sendable {
    /// The periods of the chart, oldest first (the report's period last).
    public let periods: [Period]
    public let result: SPCResult
    public let improvement: ImprovementDirection
    /// For counts too rare for an XmR chart to be honest (fewer than four events a period on
    /// average): the Poisson chart that judges them instead, or why none can.
    public var rareEvents: PoissonChartOutcome? = nil

    /// The type of the latest point, by the chart that judges the measure: the Poisson chart
    /// for rare events, otherwise the XmR chart.
    public var latestType: PointType? {
        guard let rareEvents else { return result.variation }
        guard case .chart(let chart) = rareEvents, let latest = chart.points.last(where: { $0.value != nil }) else { return nil }
        return type(of: latest.signal)
    }

    /// A point's type from the side of its signal, by the measure's better direction.
    public func type(of signal: SpecialCauseSide?) -> PointType {
        guard let side = signal else { return .commonCause }
        if side.isHigh {
            return improvement == .increase ? .specialCauseImprovement : improvement == .decrease ? .specialCauseConcern : .specialCauseNeutralHigh
        }
        return improvement == .decrease ? .specialCauseImprovement : improvement == .increase ? .specialCauseConcern : .specialCauseNeutralLow
    }

    /// Where the Poisson chart of rare events starts among the chart's points (its latest
    /// group); nil when the XmR chart judges the measure.
    public var rareEventsStart: Int? {
        guard case .chart(let chart)? = rareEvents else { return nil }
        return result.points.count - chart.points.count
    }
}

/// A trend, run or record the measure's notices found (or looked for and did not find).
public struct NoticeFinding: Sendable {
    public enum Evidence: Sendable {
        case trend(MannKendallResult, since: Period, through: Period)
        case run(Run, periods: [Period])
        case record(Record, periods: [Period], window: [Period])
    }

    public let notice: Notice
    /// Whether the notice applies (a significant trend; the latest point is the record…).
    public let applies: Bool
    /// The statistics behind it; nil when there were too few figures to look.
    public let evidence: Evidence?
}

/// Everything the evaluator found about one measure for one period (and area): every figure
/// used, the verdict and why, with the places in the rules that decided it. Narrative and
/// reports are made from findings alone.
public struct MeasureFinding: Sendable {
    public let measure: Measure
    /// The indicator when the measure's value is a single indicator (its title, unit, polarity).
    public let indicator: Indicator?
    public let polarity: Polarity
    public let unit: Unit
    public let area: String?
    /// The period the measure is judged for (of the measure's own period kind).
    public let period: Period
    public let current: MeasureValue
    public let comparisons: [ComparisonFinding]
    /// The size of the numbers behind the figure, checked against the minimum base.
    public let base: Double?
    public let verdict: Verdict
    /// The rule that decided the verdict, when a rule did.
    public let decidingRule: ClassificationRule?
    /// Every rule tried, in order, with its figures.
    public let rules: [RuleTrace]
    public let spc: SPCFinding?
    public let notices: [NoticeFinding]
    /// The measure's figure for each period of its kind up to `period`, for charts and SPC.
    public let history: [MeasureValue]
    /// The area's rank and quartile among the local authorities of the same published data,
    /// when the measure compares with England, its region or its statistical neighbours and
    /// the area is a local authority there.
    public var standing: Standing? = nil

    /// The first comparison, which changes are measured from.
    public var primaryComparison: ComparisonFinding? { comparisons.first }
}
