/// Which years a pooled figure adds together: calendar years (January to December) or
/// financial years (April to March).
public enum YearKind: String, Hashable, Sendable {
    case calendar
    case financial
}

/// Consecutive years pooled into one figure, as OHID Fingertips publishes measures whose
/// yearly numbers are too small to read alone: `2017 - 19` (the calendar years 2017, 2018 and
/// 2019) or `2017/18 - 19/20` (three financial years).
///
/// Fingertips publishes a pool each year, so consecutive pools overlap (2016 - 18 and 2017 - 19
/// share two years) and a change between them is not a change between independent samples:
/// the period before a pool is the latest that does not overlap it (2014 - 16 for 2017 - 19).
public struct PooledYears: Hashable, Sendable {
    /// Calendar or financial years.
    public let kind: YearKind
    /// The first year pooled: its calendar year, or the year its financial year starts in.
    public let firstYear: Int
    /// The last year pooled, counted as `firstYear` is.
    public let lastYear: Int

    /// The pool of `kind` from `firstYear` to `lastYear` (at least two years).
    public init(kind: YearKind, firstYear: Int, lastYear: Int) {
        self.kind = kind
        self.firstYear = firstYear
        self.lastYear = max(lastYear, firstYear + 1)
    }

    /// The pool of `years` years of `kind` that starts in `firstYear`.
    init(kind: YearKind, years: Int, from firstYear: Int) {
        self.init(kind: kind, firstYear: firstYear, lastYear: firstYear + years - 1)
    }

    /// How many years are pooled.
    public var years: Int { lastYear - firstYear + 1 }

    /// The first month of the first year.
    public var firstMonth: Month {
        switch kind {
        case .calendar: return Month(index: firstYear * 12)
        case .financial: return FinancialYear(startYear: firstYear).firstMonth
        }
    }

    /// The last month of the last year.
    public var lastMonth: Month {
        switch kind {
        case .calendar: return Month(index: lastYear * 12 + 11)
        case .financial: return FinancialYear(startYear: lastYear).lastMonth
        }
    }

    /// The pool of the same length moved by `years` years (a pool published a year later is
    /// `shifted(by: 1)`, and overlaps this one unless it is one year long).
    public func shifted(by years: Int) -> PooledYears {
        PooledYears(kind: kind, firstYear: firstYear + years, lastYear: lastYear + years)
    }

    /// The pool as Fingertips writes it: `2017 - 19`, `2017/18 - 19/20`.
    public var code: String {
        switch kind {
        case .calendar: return "\(firstYear) - \(PooledYears.twoDigits(lastYear))"
        case .financial:
            return FinancialYear(startYear: firstYear).code + " - "
                + PooledYears.twoDigits(lastYear) + "/" + PooledYears.twoDigits(lastYear + 1)
        }
    }

    /// The pool in words for a report: "2017–19 (three calendar years pooled)",
    /// "2017/18–19/20 (three financial years pooled)".
    public var name: String {
        let span: String
        switch kind {
        case .calendar: span = "\(firstYear)\u{2013}\(PooledYears.twoDigits(lastYear))"
        case .financial:
            span = FinancialYear(startYear: firstYear).code + "\u{2013}"
                + PooledYears.twoDigits(lastYear) + "/" + PooledYears.twoDigits(lastYear + 1)
        }
        return "\(span) (\(YearKind.count(years)) \(kind.rawValue) years pooled)"
    }

    /// The year written by its last two figures `twoDigits` that is the first such year after
    /// `start` (`19` after 2017 is 2019; `01` after 1998 is 2001).
    static func year(endingIn twoDigits: Int, after start: Int) -> Int {
        let candidate = start - start % 100 + twoDigits
        return candidate > start ? candidate : candidate + 100
    }

    private static func twoDigits(_ year: Int) -> String {
        let end = ((year % 100) + 100) % 100
        return end < 10 ? "0\(end)" : String(end)
    }
}

extension YearKind {
    /// A number of years in words, as a sentence says it: "three", "five"; 11 and more in figures.
    static func count(_ years: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(years) ? words[years] : String(years)
    }
}
