import AssureData
import AssureLanguage

/// Which period a measure is judged for when the report is as of a period, and the run of
/// earlier periods that make its history.
enum ReportingCalendar {
    /// The latest period of `kind` that has ended by the end of `asOf`: as of 2023/24, a
    /// monthly measure is judged for March 2024, a quarterly one for 2023/24 Q4, a survey for
    /// 2023; as of 2023/24 Q3, a financial-year measure is judged for 2022/23; as of 2020/21,
    /// a measure over three calendar years pooled for 2017 - 19 (pools are published each year).
    static func period(of kind: AggregationPeriod, asOf: Period) -> Period {
        let end = asOf.lastMonth
        guard let frequency = kind.frequency else { return .rolling12Months(endingIn: end) }
        let containing = Period.containing(end, frequency: frequency)
        return containing.lastMonth == end ? containing : containing.advancedInSeries(by: -1)
    }

    /// Periods of `period`'s kind, oldest first, from the one containing `earliest` up to and
    /// including `period`.
    static func history(through period: Period, from earliest: Month) -> [Period] {
        var periods: [Period] = []
        var cursor = period
        while cursor.lastMonth >= earliest, periods.count < 10_000 {
            periods.append(cursor)
            cursor = cursor.previous
        }
        return periods.reversed()
    }
}

extension AggregationPeriod {
    /// The kind of `period`.
    init(_ period: Period) {
        switch period {
        case .month: self = .month
        case .quarter: self = .quarter
        case .financialYear: self = .financialYear
        case .calendarYear: self = .calendarYear
        case .academicYear: self = .academicYear
        case .rolling12Months: self = .rolling12Months
        case .pooled(let pool): self = .pooled(years: pool.years, of: pool.kind)
        }
    }

    /// The data frequency whose periods are of this kind; nil for rolling 12 months.
    var frequency: Frequency? {
        switch self {
        case .month: return .monthly
        case .quarter: return .quarterly
        case .financialYear: return .financialYear
        case .calendarYear: return .calendarYear
        case .academicYear: return .academicYear
        case .rolling12Months: return nil
        case .pooled(let years, let kind): return .pooled(years: years, of: kind)
        }
    }

    /// The number of months in one period of this kind.
    var months: Int {
        switch self {
        case .month: return 1
        case .quarter: return 3
        case .financialYear, .calendarYear, .academicYear, .rolling12Months: return 12
        case .pooled(let years, _): return 12 * years
        }
    }
}
