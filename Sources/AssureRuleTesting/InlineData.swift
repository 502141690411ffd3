import AssureData
import AssureEngine
import AssureLanguage

/// A test's series as the engine reads indicator data: each inline series a point source, its
/// points placed at the test file's lines, and no figure for any other indicator.
struct InlineData: SeriesLookup, LatestMonthSource {
    let sources: [String: InlineSource]

    /// The series of `test`, each figure in its indicator's unit (`90 of 200` is 45% for a
    /// percentage, 45 for a rate per 100).
    init(_ test: RuleTest, indicators: [String: Indicator]) {
        var sources: [String: InlineSource] = [:]
        for series in test.series {
            let unit = indicators[series.indicator.value]?.unit ?? .number
            sources[series.indicator.value] = InlineSource(series, unit: unit)
        }
        self.sources = sources
    }

    func series(of indicator: String, area: String?) -> PointSource? { sources[indicator] }

    func latestMonth(area: String?) -> Month? {
        sources.values.compactMap(\.latestMonth).max()
    }
}

/// One inline series as a point source.
struct InlineSource: PointSource {
    let frequency: Frequency
    private let points: [Period: DataPoint]

    init(_ series: InlineSeries, unit: Unit) {
        frequency = series.frequency
        var points: [Period: DataPoint] = [:]
        for point in series.points {
            let origin = DataOrigin(file: point.range.file, line: point.range.start.line)
            let data: DataPoint
            switch point.value {
            case .number(let number):
                data = DataPoint(period: point.period, observation: .value(number), origin: origin)
            case .counts(let numerator, let denominator):
                let share = denominator == 0 ? Observation.missing : .value(numerator / denominator * InlineSource.scale(unit))
                data = DataPoint(period: point.period, observation: share, numerator: .value(numerator),
                                 denominator: .value(denominator), origin: origin)
            case .missing:
                data = DataPoint(period: point.period, observation: .missing, origin: origin)
            case .suppressed:
                data = DataPoint(period: point.period, observation: .symbol(.confidential, marker: "c"), origin: origin)
            }
            points[point.period] = data
        }
        self.points = points
    }

    /// What a share of two counts is multiplied by to be in `unit`.
    static func scale(_ unit: Unit) -> Double {
        switch unit {
        case .percent: return 100
        case .rate(let per): return per
        case .count, .number: return 1
        }
    }

    func point(at period: Period) -> DataPoint? { points[period] }

    var firstPeriod: Period? { points.keys.min() }

    /// The last month of the latest period with a figure.
    var latestMonth: Month? {
        points.values.filter { $0.observation.value != nil }.map(\.period.lastMonth).max()
    }
}
