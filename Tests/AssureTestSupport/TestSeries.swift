import AssureData
import AssureEngine

/// A series written in a test: `"2023-04": 12, "2023-05": .missing, …`, as if read from
/// `file` (row 2 onwards).
public struct TestSeries: PointSource {
    public let frequency: Frequency
    private let points: [Period: DataPoint]

    public init(_ frequency: Frequency, _ rows: [(String, Observation, numerator: Double?, denominator: Double?)], file: String = "test.csv") {
        self.frequency = frequency
        var points: [Period: DataPoint] = [:]
        for (line, row) in rows.enumerated() {
            guard let period = try? Period.parse(row.0, expecting: frequency) else { continue }
            points[period] = DataPoint(period: period, observation: row.1,
                                       numerator: row.numerator.map(Observation.value),
                                       denominator: row.denominator.map(Observation.value),
                                       origin: DataOrigin(file: file, line: line + 2))
        }
        self.points = points
    }

    /// A series of plain values.
    public init(_ frequency: Frequency, values: [(String, Observation)], file: String = "test.csv") {
        self.init(frequency, values.map { ($0.0, $0.1, numerator: nil, denominator: nil) }, file: file)
    }

    /// A series of plain values (the unlabelled form).
    public init(_ frequency: Frequency, _ values: [(String, Observation)], file: String = "test.csv") {
        self.init(frequency, values: values, file: file)
    }

    /// Consecutive monthly values starting at `first` (nil is a missing month).
    public init(monthlyFrom first: String, _ values: [Double?], file: String = "test.csv") {
        let start = (try? Period.parse(first, expecting: .monthly)) ?? .calendarYear(0)
        self.init(.monthly, values: values.enumerated().map { offset, value in
            (start.advanced(by: offset).code, value.map(Observation.value) ?? .missing)
        }, file: file)
    }

    public func point(at period: Period) -> DataPoint? { points[period] }

    public var firstPeriod: Period? { points.keys.min() }

    /// The last month of the latest period with a figure.
    public var latestMonth: Month? {
        points.values.filter { $0.observation.value != nil }.map(\.period.lastMonth).max()
    }
}

/// A period written in a test (`"2023/24 Q3"`); a test that writes a bad one fails on its figures.
public func period(_ text: String) -> Period {
    (try? Period.parse(text)) ?? .calendarYear(0)
}

/// Indicator data written in a test: series by indicator name, for one partnership.
public struct TestData: SeriesLookup, LatestMonthSource {
    public let series: [String: TestSeries]

    public init(series: [String: TestSeries]) { self.series = series }

    public func series(of indicator: String, area: String?) -> PointSource? { series[indicator] }

    public func latestMonth(area: String?) -> Month? { series.values.compactMap(\.latestMonth).max() }
}
