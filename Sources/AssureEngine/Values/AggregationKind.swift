import AssureData

/// How an indicator's figures combine into a longer period than they were recorded for.
///
/// Counts of events are flows (a quarter is the sum of its months); counts of children on a
/// plan are stocks (a quarter is its last month); percentages are ratios, recomputed from
/// their numerators and denominators and never averaged.
public enum AggregationKind: String, Hashable, Sendable {
    /// Sum the sub-periods: every one of them must have a value.
    case flow
    /// Take the last sub-period's value.
    case stock
    /// Sum numerators and denominators separately and divide (× 100: a percentage).
    case ratio
}

/// Anything that gives an indicator's data point for a period: the loaded series, or a series
/// built in a test.
public protocol PointSource {
    /// The frequency the figures were recorded at.
    var frequency: Frequency { get }
    /// The point for `period` (of `frequency`); nil when there is no row for it.
    func point(at period: Period) -> DataPoint?
}

extension IndicatorSeries: PointSource {}
