import AssureData
import AssureEngine

/// A series written in a test: `"2023-04": 12, "2023-05": .missing, …`.
public struct TestSeries: PointSource {
    public let frequency: Frequency
    private let points: [Period: DataPoint]

    public init(_ frequency: Frequency, _ rows: [(String, Observation, numerator: Double?, denominator: Double?)]) {
        self.frequency = frequency
        var points: [Period: DataPoint] = [:]
        for (line, row) in rows.enumerated() {
            guard let period = try? Period.parse(row.0, expecting: frequency) else { continue }
            points[period] = DataPoint(period: period, observation: row.1,
                                       numerator: row.numerator.map(Observation.value),
                                       denominator: row.denominator.map(Observation.value),
                                       origin: DataOrigin(file: "test.csv", line: line + 2))
        }
        self.points = points
    }

    /// A series of plain values.
    public init(_ frequency: Frequency, values: [(String, Observation)]) {
        self.init(frequency, values.map { ($0.0, $0.1, numerator: nil, denominator: nil) })
    }

    /// Consecutive monthly values starting at `first`.
    public init(monthlyFrom first: String, _ values: [Double?]) {
        let start = (try? Period.parse(first, expecting: .monthly)) ?? .calendarYear(0)
        self.init(.monthly, values: values.enumerated().map { offset, value in
            (start.advanced(by: offset).code, value.map(Observation.value) ?? .missing)
        })
    }

    public func point(at period: Period) -> DataPoint? { points[period] }

    public var firstPeriod: Period? { points.keys.min() }
}

public func period(_ text: String) -> Period {
    (try? Period.parse(text)) ?? .calendarYear(0)
}

/// Indicator data written in a test: series by indicator name (one partnership).
public struct TestData: SeriesLookup {
    public let series: [String: TestSeries]

    public init(series: [String: TestSeries]) { self.series = series }

    public func series(of indicator: String, area: String?) -> PointSource? { series[indicator] }
}
