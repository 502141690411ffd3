import AssureData
@testable import AssureEngine

/// A series written in a test: `"2023-04": 12, "2023-05": .missing, …`.
struct TestSeries: PointSource {
    let frequency: Frequency
    private let points: [Period: DataPoint]

    init(_ frequency: Frequency, _ rows: [(String, Observation, numerator: Double?, denominator: Double?)]) {
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
    init(_ frequency: Frequency, values: [(String, Observation)]) {
        self.init(frequency, values.map { ($0.0, $0.1, numerator: nil, denominator: nil) })
    }

    /// Consecutive monthly values starting at `first`.
    init(monthlyFrom first: String, _ values: [Double?]) {
        let start = (try? Period.parse(first, expecting: .monthly)) ?? .calendarYear(0)
        self.init(.monthly, values: values.enumerated().map { offset, value in
            (start.advanced(by: offset).code, value.map(Observation.value) ?? .missing)
        })
    }

    func point(at period: Period) -> DataPoint? { points[period] }

    var firstPeriod: Period? { points.keys.min() }
}

func period(_ text: String) -> Period {
    (try? Period.parse(text)) ?? .calendarYear(0)
}

/// Indicator data written in a test: series by indicator name (one partnership).
struct TestData: SeriesLookup {
    let series: [String: TestSeries]

    func series(of indicator: String, area: String?) -> PointSource? { series[indicator] }
}
