/// A UK financial year, April to March, written `2023/24`.
public struct FinancialYear: Hashable, Comparable, Sendable {
    /// The calendar year in which the financial year starts (2023 for 2023/24).
    public let startYear: Int

    /// Creates the financial year starting in April of `startYear`.
    public init(startYear: Int) { self.startYear = startYear }

    /// April of the start year.
    public var firstMonth: Month { Month(index: startYear * 12 + 3) }

    /// March of the following year.
    public var lastMonth: Month { firstMonth.advanced(by: 11) }

    /// The twelve months, April first.
    public var months: [Month] { (0..<12).map { firstMonth.advanced(by: $0) } }

    /// The financial year before this one.
    public var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }

    /// The financial year `count` years later (earlier when negative).
    public func advanced(by count: Int) -> FinancialYear { FinancialYear(startYear: startYear + count) }

    /// The year as the field writes it: `2023/24`.
    public var code: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}

/// A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December,
/// Q4 January–March. Written `2023/24 Q3`.
public struct FinancialQuarter: Hashable, Comparable, Sendable {
    /// The financial year the quarter belongs to.
    public let financialYear: FinancialYear
    /// The quarter number, 1 to 4.
    public let quarter: Int

    /// Creates a quarter; returns nil unless `quarter` is 1...4.
    public init?(financialYear: FinancialYear, quarter: Int) {
        guard (1...4).contains(quarter) else { return nil }
        self.financialYear = financialYear
        self.quarter = quarter
    }

    /// A running count of quarters, so that consecutive quarters differ by one.
    var index: Int { financialYear.startYear * 4 + quarter - 1 }

    init(index: Int) {
        let start = index.floorDivided(by: 4)
        self.financialYear = FinancialYear(startYear: start)
        self.quarter = index - start * 4 + 1
    }

    /// The first of the quarter's three months.
    public var firstMonth: Month { financialYear.firstMonth.advanced(by: (quarter - 1) * 3) }

    /// The last of the quarter's three months.
    public var lastMonth: Month { firstMonth.advanced(by: 2) }

    /// The three months, in order.
    public var months: [Month] { (0..<3).map { firstMonth.advanced(by: $0) } }

    /// The quarter `count` quarters later (earlier when negative).
    public func advanced(by count: Int) -> FinancialQuarter { FinancialQuarter(index: index + count) }

    /// The quarter as the field writes it: `2023/24 Q3`.
    public var code: String { "\(financialYear.code) Q\(quarter)" }

    /// The quarter in words, as the report template writes it:
    /// "October to December 2023 (Quarter 3)".
    public var name: String {
        "\(firstMonth.monthName) to \(lastMonth.monthName) \(lastMonth.year) (Quarter \(quarter))"
    }

    public static func < (lhs: FinancialQuarter, rhs: FinancialQuarter) -> Bool { lhs.index < rhs.index }
}
