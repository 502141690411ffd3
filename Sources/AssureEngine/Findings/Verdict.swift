import AssureAnalysis
import AssureData
import AssureLanguage

/// The evaluator's verdict on a measure for a period: one of the report template's three
/// classifications, and for *area to note* the reason, so that nothing is noted without saying
/// why.
public enum Verdict: Hashable, Sendable {
    case doingWell
    case furtherExploration
    case toNote(NoteReason)

    /// The classification without its reason.
    public var classification: Classification {
        switch self {
        case .doingWell: return .doingWell
        case .furtherExploration: return .furtherExploration
        case .toNote: return .toNote
        }
    }

    /// Whether the measure could be judged at all: false when the figures needed were not
    /// there (no data, incomplete, a statistical symbol, no comparison, small numbers).
    public var wasJudged: Bool {
        guard case .toNote(let reason) = self else { return true }
        return reason.isJudgement
    }
}

/// Why a measure is an *area to note*.
public enum NoteReason: Hashable, Sendable {
    /// The data has no figure within the period.
    case noData
    /// Some months (or quarters) of the period have no figure, so the period is incomplete.
    case incomplete(missing: [Period])
    /// Some figures of the period are statistical symbols (withheld to protect
    /// confidentiality, not available, not applicable, of low reliability, rounding to zero).
    case symbols([MarkedFigure])
    /// The figure cannot be made for another reason (no numerator, zero denominator…).
    case valueUnavailable(ValueGap)
    /// England, the region or the statistical neighbours (the first comparison) have no figure
    /// for the period, or the comparison would be of the area with itself.
    case noComparatorFigure(ComparatorKind, ComparatorProblem)
    /// The benchmark (the first comparison) is made of the area's own figures: an area is
    /// never compared with itself. Its label ("England") is given.
    case benchmarkIsTheArea(String)
    /// The comparison period has no figure: not enough history to judge a change.
    case notEnoughHistory(comparison: Period?, gap: ValueGap?)
    /// The measure has nothing to compare with and is not judged by statistics.
    case noComparison
    /// The numbers behind the figure are below the measure's minimum base: noted, not judged.
    case belowMinimumBase(base: Double, minimum: Double)
    /// The comparison value is zero, so a percent change has no meaning.
    case percentChangeUndefined
    /// No classification rule held: no change beyond the thresholds.
    case noChangeBeyondThresholds
    /// Statistical process control sees only common-cause variation.
    case noSignificantChange
    /// A significant change, but the indicator has no better direction to judge it by.
    case changeWithoutDirection
    /// Too few points for statistical process control to set limits.
    case tooFewPoints(have: Int, need: Int)
    /// The chart could not be drawn from the measure's history with its options.
    case chartNotPossible(SPCError)
    /// Events so rare that no chart can tell a change from chance (none at all, or so few that
    /// any one would be a signal).
    case tooRareToChart(PoissonChartRefusal)
    /// A `to note when …` rule held.
    case ruleHeld
    /// A rule held, but chance alone could give the change (or the gap from a benchmark or
    /// target) it rests on, at the report's confidence.
    case withinChance(WithinChance)
    /// A rule asks whether a change is significant, but no test of chance applies to the
    /// measure's figures.
    case untestable(Untestable)
    /// No rule held, but a rule's change held and another of its conditions did not: the fall
    /// of 7.5 points was there, blocked by `value <= target`.
    case blocked(rule: ClassificationRule, by: String)

    /// Whether the reason is itself a judgement (no change; a rule said so) rather than a
    /// figure that was not there.
    public var isJudgement: Bool {
        switch self {
        case .noChangeBeyondThresholds, .noSignificantChange, .changeWithoutDirection, .ruleHeld,
             .percentChangeUndefined, .withinChance, .blocked:
            return true
        case .noData, .incomplete, .symbols, .valueUnavailable, .notEnoughHistory, .noComparison, .noComparatorFigure, .benchmarkIsTheArea,
             .belowMinimumBase, .tooFewPoints, .chartNotPossible, .tooRareToChart, .untestable:
            return false
        }
    }

    /// The gap behind a figure that could not be made, as a note reason.
    init(_ gap: ValueGap) {
        switch gap {
        case .noData: self = .noData
        case .incomplete(let missing): self = .incomplete(missing: missing)
        case .symbols(let figures): self = .symbols(figures)
        case .operandUnavailable(_, let inner):
            switch inner {
            case .noData, .incomplete, .symbols: self = NoteReason(inner)
            default: self = .valueUnavailable(gap)
            }
        default: self = .valueUnavailable(gap)
        }
    }
}

/// A change that a rule would have judged but that chance alone could give: the rule, the
/// comparison it rests on and the test.
public struct WithinChance: Hashable, Sendable {
    /// The rule that held ("doing well when change <= -10%").
    public let rule: ClassificationRule
    /// What the figure was compared with (the previous period, England…).
    public let basis: Comparison
    public let value: Double
    public let comparison: Double
    /// The unit the value and the comparison figure are in.
    public let unit: Unit
    public let test: ChanceTest
}
