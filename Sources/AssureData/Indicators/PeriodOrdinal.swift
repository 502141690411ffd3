extension Period {
    /// A running count of periods of one frequency, so that consecutive periods differ by one:
    /// the month index for months, the quarter index, the start year for years, the first
    /// year for pooled years (consecutive pools, 2016 - 18 and 2017 - 19, overlap).
    var ordinal: Int {
        switch self {
        case .month(let month): return month.index
        case .quarter(let quarter): return quarter.index
        case .financialYear(let year): return year.startYear
        case .calendarYear(let year): return year
        case .academicYear(let start): return start
        case .rolling12Months(let end): return end.index
        case .pooled(let pool): return pool.firstYear
        }
    }

    /// The period of `frequency` with running count `ordinal` (see `ordinal`).
    init(ordinal: Int, frequency: Frequency) {
        switch frequency {
        case .monthly: self = .month(Month(index: ordinal))
        case .quarterly: self = .quarter(FinancialQuarter(index: ordinal))
        case .financialYear: self = .financialYear(FinancialYear(startYear: ordinal))
        case .calendarYear: self = .calendarYear(ordinal)
        case .academicYear: self = .academicYear(startYear: ordinal)
        case .pooled(let years, let kind): self = .pooled(PooledYears(kind: kind, years: years, from: ordinal))
        }
    }
}
