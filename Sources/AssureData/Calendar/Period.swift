/// How often an indicator is recorded: its periods are all of one of these kinds.
public enum Frequency: Hashable, Sendable {
    /// One value per calendar month (`2023-10`).
    case monthly
    /// One value per financial quarter (`2023/24 Q3`).
    case quarterly
    /// One value per financial year, April to March (`2023/24`).
    case financialYear
    /// One value per calendar year, as surveys are dated (`2021`).
    case calendarYear
    /// One value per academic year, September to August (`AY2024/25`), as schools' figures
    /// are published.
    case academicYear
    /// One value per pool of `years` consecutive years, published each year so that
    /// consecutive pools overlap (`2017 - 19`, then `2018 - 20`), as OHID Fingertips publishes
    /// measures whose yearly numbers are small.
    case pooled(years: Int, of: YearKind)

    /// The frequency as data and JSON name it: `monthly`, `financial_year`,
    /// `pooled_3_calendar_years`.
    public var rawValue: String {
        switch self {
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .financialYear: return "financial_year"
        case .calendarYear: return "calendar_year"
        case .academicYear: return "academic_year"
        case .pooled(let years, let kind): return "pooled_\(years)_\(kind.rawValue)_years"
        }
    }

    /// The frequency named by `rawValue`: `monthly`, `financial_year`, `pooled_3_calendar_years`.
    public init?(rawValue: String) {
        let simple: [Frequency] = [.monthly, .quarterly, .financialYear, .calendarYear, .academicYear]
        if let match = simple.first(where: { $0.rawValue == rawValue }) {
            self = match
            return
        }
        let parts = rawValue.split(separator: "_")
        guard parts.count == 4, parts[0] == "pooled", let years = Int(parts[1]), years >= 2,
              let kind = YearKind(rawValue: String(parts[2])), parts[3] == "years" else { return nil }
        self = .pooled(years: years, of: kind)
    }

    /// The frequency in words, for messages: "monthly", "quarterly", "annual (financial year)".
    public var words: String {
        switch self {
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .financialYear: return "annual (financial year)"
        case .calendarYear: return "annual (calendar year)"
        case .academicYear: return "annual (academic year)"
        case .pooled(let years, let kind): return "\(years) \(kind.rawValue) years pooled"
        }
    }
}

/// A reporting period as the field writes it: a month, a financial quarter, a financial year,
/// a calendar year (surveys), an academic year (schools), years pooled together (Fingertips),
/// or the rolling 12 months ending in a month.
///
/// Every period knows its months, its previous period, the same period a year earlier, and
/// its name in words ("October to December 2023 (Quarter 3)").
public enum Period: Hashable, Comparable, Sendable {
    case month(Month)
    case quarter(FinancialQuarter)
    case financialYear(FinancialYear)
    case calendarYear(Int)
    /// The academic year September to August that starts in the given calendar year (2024 for
    /// 2024/25).
    case academicYear(startYear: Int)
    /// The twelve months ending with (and including) the given month.
    case rolling12Months(endingIn: Month)
    /// Consecutive calendar or financial years pooled into one figure (`2017 - 19`).
    case pooled(PooledYears)

    /// The frequency whose periods are of this kind; nil for rolling 12 months, which data is
    /// never recorded at but measures may aggregate to.
    public var frequency: Frequency? {
        switch self {
        case .month: return .monthly
        case .quarter: return .quarterly
        case .financialYear: return .financialYear
        case .calendarYear: return .calendarYear
        case .academicYear: return .academicYear
        case .rolling12Months: return nil
        case .pooled(let pool): return .pooled(years: pool.years, of: pool.kind)
        }
    }

    /// The first month of the period.
    public var firstMonth: Month {
        switch self {
        case .month(let month): return month
        case .quarter(let quarter): return quarter.firstMonth
        case .financialYear(let year): return year.firstMonth
        case .calendarYear(let year): return Month(index: year * 12)
        case .academicYear(let start): return Month(index: start * 12 + 8)
        case .rolling12Months(let end): return end.advanced(by: -11)
        case .pooled(let pool): return pool.firstMonth
        }
    }

    /// The last month of the period.
    public var lastMonth: Month {
        switch self {
        case .month(let month): return month
        case .quarter(let quarter): return quarter.lastMonth
        case .financialYear(let year): return year.lastMonth
        case .calendarYear(let year): return Month(index: year * 12 + 11)
        case .academicYear(let start): return Month(index: start * 12 + 19)
        case .rolling12Months(let end): return end
        case .pooled(let pool): return pool.lastMonth
        }
    }

    /// The months the period contains, in order.
    public var months: [Month] {
        (firstMonth.index...lastMonth.index).map { Month(index: $0) }
    }

    /// Whether the month falls within the period.
    public func contains(_ month: Month) -> Bool { firstMonth <= month && month <= lastMonth }

    /// The period of the same kind `count` steps later (earlier when negative). A step is the
    /// period's own length, so rolling 12 months step by 12 months and pooled years by their
    /// number of years, and neither overlaps the one it steps from.
    public func advanced(by count: Int) -> Period {
        switch self {
        case .month(let month): return .month(month.advanced(by: count))
        case .quarter(let quarter): return .quarter(quarter.advanced(by: count))
        case .financialYear(let year): return .financialYear(year.advanced(by: count))
        case .calendarYear(let year): return .calendarYear(year + count)
        case .academicYear(let start): return .academicYear(startYear: start + count)
        case .rolling12Months(let end): return .rolling12Months(endingIn: end.advanced(by: 12 * count))
        case .pooled(let pool): return .pooled(pool.shifted(by: pool.years * count))
        }
    }

    /// The next period of the same kind in a data series, `count` of them later (earlier when
    /// negative): `advanced(by:)`, except that pools of years, published each year, step by one
    /// year (2017 - 19 after 2016 - 18) although they overlap.
    public func advancedInSeries(by count: Int) -> Period {
        if case .pooled(let pool) = self { return .pooled(pool.shifted(by: count)) }
        return advanced(by: count)
    }

    /// The period just before this one, of the same kind: September 2023 for October 2023,
    /// 2023/24 Q2 for 2023/24 Q3, 2022/23 for 2023/24, for rolling 12 months the twelve
    /// months before them, and for pooled years the latest pool that does not overlap them
    /// (2014 - 16 for 2017 - 19), so that the two figures are of different years.
    public var previous: Period { advanced(by: -1) }

    /// The same period a year earlier: October 2022 for October 2023, 2022/23 Q3 for 2023/24 Q3.
    /// Nil for pooled years: the pool a year earlier (2016 - 18 for 2017 - 19) shares all but
    /// one of its years, so the two cannot be compared as if they were separate samples.
    public var sameTimeLastYear: Period? {
        switch self {
        case .month(let month): return .month(month.advanced(by: -12))
        case .quarter(let quarter): return .quarter(quarter.advanced(by: -4))
        case .financialYear, .calendarYear, .academicYear, .rolling12Months: return advanced(by: -1)
        case .pooled: return nil
        }
    }

    /// The period of kind `frequency` that contains `month`; for pooled years, the pool whose
    /// last year contains it.
    public static func containing(_ month: Month, frequency: Frequency) -> Period {
        switch frequency {
        case .monthly: return .month(month)
        case .quarterly: return .quarter(month.financialQuarter)
        case .financialYear: return .financialYear(month.financialYear)
        case .calendarYear: return .calendarYear(month.year)
        case .academicYear: return .academicYear(startYear: month.month >= 9 ? month.year : month.year - 1)
        case .pooled(let years, let kind):
            let last = kind == .calendar ? month.year : month.financialYear.startYear
            return .pooled(PooledYears(kind: kind, years: years, from: last - years + 1))
        }
    }

    /// The period as data files and rules write it: `2023-10`, `2023/24 Q3`, `2023/24`,
    /// `2021`, `AY2024/25`, `12 months to 2024-03`, `2017 - 19`. `Period.parse` reads every code
    /// back.
    public var code: String {
        switch self {
        case .month(let month): return month.code
        case .quarter(let quarter): return quarter.code
        case .financialYear(let year): return year.code
        case .calendarYear(let year): return String(year)
        case .academicYear(let start): return "AY" + FinancialYear(startYear: start).code
        case .rolling12Months(let end): return "12 months to \(end.code)"
        case .pooled(let pool): return pool.code
        }
    }

    /// The period in words, as a report writes it: "October 2023", "October to December 2023
    /// (Quarter 3)", "2023/24", "2021", "2024/25 academic year", "12 months to March 2024",
    /// "2017–19 (three calendar years pooled)".
    public var name: String {
        switch self {
        case .month(let month): return month.name
        case .quarter(let quarter): return quarter.name
        case .financialYear(let year): return year.code
        case .calendarYear(let year): return String(year)
        case .academicYear(let start): return FinancialYear(startYear: start).code + " academic year"
        case .rolling12Months(let end): return "12 months to \(end.name)"
        case .pooled(let pool): return pool.name
        }
    }

    /// Periods order by their first month, then by their last (a quarter after its first month).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        let (left, right) = (lhs.firstMonth, rhs.firstMonth)
        return left != right ? left < right : lhs.lastMonth < rhs.lastMonth
    }
}

extension Period: CustomStringConvertible {
    public var description: String { code }
}
