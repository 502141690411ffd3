import AssureData
import AssureLanguage

/// Anything that gives an indicator's data point for a period: the loaded series, or a series
/// built in a test.
public protocol PointSource {
    /// The frequency the figures were recorded at.
    var frequency: Frequency { get }
    /// The point for `period` (of `frequency`); nil when there is no row for it.
    func point(at period: Period) -> DataPoint?
    /// The earliest period with a point; nil for an empty series.
    var firstPeriod: Period? { get }
}

extension IndicatorSeries: PointSource {}
