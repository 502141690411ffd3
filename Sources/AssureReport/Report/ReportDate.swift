import AssureData

/// The date a report carries ("31 March 2024"). Reports never read the clock, so that the same
/// inputs give the same bytes: the caller gives the date, by default the last day of the
/// reporting period.
public struct ReportDate: Hashable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a date that does not exist (31 April).
    public init?(year: Int, month: Int, day: Int) {
        guard let calendarMonth = Month(year: year, month: month), day >= 1, day <= calendarMonth.dayCount else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2019-03-25`; nil for anything else or a day that does not exist.
    public init?(code: String) {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The last day of `period`: 31 March 2024 for 2023/24.
    public static func end(of period: Period) -> ReportDate {
        let last = period.lastMonth
        return ReportDate(year: last.year, month: last.month, day: last.dayCount) ?? ReportDate(unchecked: last)
    }

    private init(unchecked month: Month) {
        year = month.year
        self.month = month.month
        day = 1
    }

    /// `2024-03-31`.
    public var code: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    /// `31 March 2024`.
    public var name: String {
        let monthName = Month(year: year, month: month)?.monthName ?? ""
        return "\(day) \(monthName) \(year)"
    }
}
