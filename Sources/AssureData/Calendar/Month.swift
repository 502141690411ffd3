/// A calendar month, the unit every indicator period is built from (`2023-10`).
///
/// Months are ordered and can be stepped: `Month(year: 2024, month: 1).advanced(by: -1)` is
/// December 2023. The financial year and quarter a month falls in follow the UK public-sector
/// calendar (April to March).
public struct Month: Hashable, Comparable, Sendable {
    /// The calendar year, e.g. 2023.
    public let year: Int
    /// The month of the year, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a month; returns nil unless `month` is 1...12 and the year is in 1000...9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1000...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Creates a month from its running index (`year * 12 + month - 1`).
    init(index: Int) {
        self.year = index.floorDivided(by: 12)
        self.month = index - self.year * 12 + 1
    }

    /// A running count of months, so that consecutive months differ by one.
    public var index: Int { year * 12 + (month - 1) }

    /// The month `count` months later (earlier when negative).
    public func advanced(by count: Int) -> Month { Month(index: index + count) }

    /// The number of months from `self` to `other` (positive when `other` is later).
    public func distance(to other: Month) -> Int { other.index - index }

    /// The financial year (April to March) this month falls in.
    public var financialYear: FinancialYear {
        FinancialYear(startYear: month >= 4 ? year : year - 1)
    }

    /// The financial quarter (Q1 = April to June) this month falls in.
    public var financialQuarter: FinancialQuarter {
        let offset = (month + 8) % 12          // April → 0 … March → 11
        return FinancialQuarter(index: financialYear.startYear * 4 + offset / 3)
    }

    /// The number of days in the month (Gregorian calendar).
    public var dayCount: Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The month's name in English, e.g. "October".
    public var monthName: String { Month.names[month - 1] }

    /// The month in words, as a report writes it: "October 2023".
    public var name: String { "\(monthName) \(year)" }

    /// The month as data files and rules write it: `2023-10`.
    public var code: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }

    /// English month names, January first.
    public static let names = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

extension Int {
    /// Division rounding towards negative infinity, so month arithmetic works before year 0 too.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
