/// Why a piece of text could not be read as a period, with a hint that says how to write it.
public struct PeriodParseError: Error, Hashable, Sendable {
    /// What is wrong, e.g. "'2011-12' could be December 2011 or the financial year 2011/12".
    public let message: String
    /// How to fix it, e.g. "write 2011/12 for the financial year".
    public let help: String
}

extension Period {
    /// Reads a period written the way the field writes it.
    ///
    /// - Months: `2023-10`, `Oct-23`, `Oct 2023`, `October 2023`, and a month-end date
    ///   (`2023-10-31`, `31/10/2023`).
    /// - Financial years: `2023/24`, `2023-24`, `2023/2024`, `FY2023/24`, `FY 2023-24`.
    /// - Financial quarters: `2023/24 Q3`, `Q3 2023/24`, `FY2023/24 Q3`.
    /// - Calendar years (surveys): `2021`.
    /// - Academic years (September to August): `AY2024/25`, `AY 2024/25`, `2024/25 academic year`.
    /// - Rolling 12 months: `12 months to 2024-03`, `12 months ending March 2024`.
    /// - Pooled years, as Fingertips writes them: `2017 - 19`, `2017 - 2019`, `2017–19` (three
    ///   or more calendar years; `2023 - 24` could be a financial year and is refused), and
    ///   `2017/18 - 19/20`, `2017/18 - 2019/20` (two or more financial years).
    ///
    /// Letters may be in any case and spaces around the text are ignored. Text that could mean
    /// two periods (`2011-12`: December 2011 or 2011/12) is an error unless `frequency` settles
    /// it; a period of another kind than `frequency` is an error too.
    public static func parse(_ text: String, expecting frequency: Frequency? = nil) throws(PeriodParseError) -> Period {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else {
            throw PeriodParseError(message: "the period is empty", help: "write a period such as 2023-10, 2023/24 Q3 or 2023/24")
        }
        let period = try PeriodReader(original: trimmed, expecting: frequency).read()
        if let frequency, period.frequency != frequency {
            let article = "aeiou".contains(frequency.words.prefix(1)) ? "an" : "a"
            throw PeriodParseError(
                message: "'\(trimmed)' is \(period.kindWithArticle), but \(article) \(frequency.words) period is expected here",
                help: "write \(article) \(frequency.words) period, such as \(frequency.example)")
        }
        return period
    }

    /// The kind of period with its article, for messages: "a month", "a financial quarter".
    var kindWithArticle: String {
        switch self {
        case .month: return "a month"
        case .quarter: return "a financial quarter"
        case .financialYear: return "a financial year"
        case .calendarYear: return "a calendar year"
        case .academicYear: return "an academic year"
        case .rolling12Months: return "a rolling 12 months"
        case .pooled(let pool): return "\(pool.years) \(pool.kind.rawValue) years pooled"
        }
    }
}

extension Frequency {
    /// A period of this frequency, written as data files write it, for hints.
    public var example: String {
        switch self {
        case .monthly: return "2023-10"
        case .quarterly: return "2023/24 Q3"
        case .financialYear: return "2023/24"
        case .calendarYear: return "2023"
        case .academicYear: return "AY2024/25"
        case .pooled(let years, let kind):
            let example = PooledYears(kind: kind, years: years, from: 2021 - years)
            return Period.pooled(example).code
        }
    }
}

/// The recursive-descent reading of one period's text; see `Period.parse`.
private struct PeriodReader {
    let original: String
    let expecting: Frequency?
    let lower: String

    init(original: String, expecting: Frequency?) {
        self.original = original
        self.expecting = expecting
        self.lower = original.lowercased()
    }

    func read() throws(PeriodParseError) -> Period {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)

        if let period = try readPooled() { return period }
        try refuseWeekly(words)
        if let period = try readRolling(words) { return period }
        if let period = try readAcademicYear(words) { return period }
        if let period = try readQuarter(words) { return period }
        if words.count == 1, let period = try readSingleWord(words[0]) { return period }
        if words.count == 2, let period = try readMonthInWords(words[0], words[1]) { return period }
        if words.count == 2, words[0] == "fy", let year = try readFinancialYear(words[1]) {
            return .financialYear(year)
        }
        throw unreadable()
    }

    func unreadable() -> PeriodParseError {
        PeriodParseError(
            message: "'\(original)' is not a period",
            help: "write a month (2023-10), a financial quarter (2023/24 Q3), a financial year (2023/24) or a calendar year (2023)")
    }

    // MARK: Rolling 12 months

    func readRolling(_ words: [String]) throws(PeriodParseError) -> Period? {
        var rest = words[...]
        if rest.first == "rolling" { rest = rest.dropFirst() }
        guard rest.count >= 4, rest[rest.startIndex] == "12",
              rest[rest.startIndex + 1] == "months",
              ["to", "ending"].contains(rest[rest.startIndex + 2]) else {
            if words.first == "rolling" { throw unreadable() }
            return nil
        }
        let monthText = rest.dropFirst(3).joined(separator: " ")
        do {
            guard case .month(let end) = try Period.parse(monthText, expecting: .monthly) else { throw unreadable() }
            return .rolling12Months(endingIn: end)
        } catch {
            throw PeriodParseError(
                message: "'\(original)' does not end with a month",
                help: "write the last month of the twelve, as in '12 months to 2024-03'")
        }
    }

    // MARK: Pooled years

    /// `2017 - 19`, `2017 - 2019`, `2017–19` (calendar years) and `2017/18 - 19/20`,
    /// `2017/18 - 2019/20` (financial years), as Fingertips writes years pooled together; nil
    /// when the text is not two years joined by a dash.
    func readPooled() throws(PeriodParseError) -> Period? {
        guard let (first, last, spaced) = poolHalves() else { return nil }
        let malformed = PeriodParseError(
            message: "'\(original)' is not a span of pooled years",
            help: "write years pooled together as Fingertips does: 2017 - 19 for the calendar years 2017 to 2019, 2017/18 - 19/20 for the financial years 2017/18 to 2019/20")
        if first.count == 4, first.allSatisfy(\.isASCIIDigit), let start = Int(first) {
            guard last.allSatisfy(\.isASCIIDigit), last.count == 2 || last.count == 4, let written = Int(last) else {
                if spaced { throw malformed }
                return nil
            }
            // `2017-10` alone is October 2017 and `2023-24` the financial year 2023/24: only a
            // spaced or en dash, four figures after it, or no month after it, make a pool.
            if !spaced && last.count == 2 && written <= 12 { return nil }
            let end = last.count == 4 ? written : PooledYears.year(endingIn: written, after: start)
            guard end > start, end - start < 20 else {
                if !spaced && last.count == 2 { return nil }
                throw PeriodParseError(
                    message: "'\(original)' does not run from an earlier year to a later one",
                    help: "write the first year and then the last, as in \(start) - \(String(start + 2).suffix(2))")
            }
            if end == start + 1 {
                if !spaced { return nil }   // `2023-24`, `2023-2024`: the financial year
                throw PeriodParseError(
                    message: "'\(original)' could be the financial year \(FinancialYear(startYear: start).code) or the calendar years \(start) and \(end) pooled",
                    help: "write \(FinancialYear(startYear: start).code) for the financial year; Assure reads pooled calendar years from three, as in \(start) - \(String(start + 2).suffix(2))")
            }
            return .pooled(PooledYears(kind: .calendar, firstYear: start, lastYear: end))
        }
        guard let start = spaced ? try readFinancialYear(first) : try? readFinancialYear(first) else {
            if spaced && first.count >= 4 && first.prefix(4).allSatisfy(\.isASCIIDigit) { throw malformed }
            return nil
        }
        // The last year may be written short (`19/20`): its century is the first year's, or the next.
        var lastText = last
        if last.count == 5, last.prefix(2).allSatisfy(\.isASCIIDigit), let short = Int(last.prefix(2)) {
            lastText = String(PooledYears.year(endingIn: short, after: start.startYear)) + last.dropFirst(2)
        }
        guard let end = try readFinancialYear(lastText) else { throw malformed }
        guard end.startYear > start.startYear, end.startYear - start.startYear < 20 else {
            throw PeriodParseError(
                message: "'\(original)' does not run from an earlier financial year to a later one",
                help: "write the first financial year and then the last, as in \(start.code) - \(start.advanced(by: 2).code.suffix(5))")
        }
        return .pooled(PooledYears(kind: .financial, firstYear: start.startYear, lastYear: end.startYear))
    }

    /// The two sides of a dash joining two years, and whether the dash was spaced or an en or
    /// em dash (which no single period is written with).
    func poolHalves() -> (first: String, last: String, spaced: Bool)? {
        var text = lower
        var spaced = false
        for dash in ["\u{2013}", "\u{2014}"] where text.contains(dash) {
            text = text.split(separator: Character(dash), omittingEmptySubsequences: false).joined(separator: " - ")
            spaced = true
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let dash = words.firstIndex(of: "-"), dash > 0, dash < words.count - 1 {
            let first = words[..<dash].joined(), last = words[(dash + 1)...].joined()
            return (first, last, true)
        }
        // `2017 -19`, `2017- 19` (a space beside the dash) and `2017-19`.
        guard let word = words.firstIndex(where: { $0.contains("-") }) else { return nil }
        let halves = words[word].split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        let first = halves[0].isEmpty && word > 0 ? words[word - 1] : String(halves[0])
        let last = halves[1].isEmpty && word < words.count - 1 ? words[word + 1] : String(halves[1])
        let used = 1 + (halves[0].isEmpty ? 1 : 0) + (halves[1].isEmpty ? 1 : 0)
        guard !first.isEmpty, !last.isEmpty, used == words.count else { return nil }
        return (first, last, spaced || used > 1)
    }

    // MARK: Periods Assure does not judge

    /// Weeks (`2024-W03`, `week 3`) are refused with what to do instead.
    func refuseWeekly(_ words: [String]) throws(PeriodParseError) {
        let joined = words.joined()
        let isWeek = words.first == "week" || words.first == "w/e" || words.first == "w/c"
            || (words.count == 1 && joined.count >= 7 && joined.prefix(4).allSatisfy(\.isASCIIDigit) && joined.dropFirst(4).hasPrefix("-w"))
        if isWeek {
            throw PeriodParseError(
                message: "'\(original)' is a week, and Assure does not read weekly figures",
                help: "sum the weeks to months (2024-03) before loading; a week that spans two months belongs to the month it ends in, or split it by days")
        }
    }

    // MARK: Academic years

    /// `ay2024/25`, `ay 2024/25`, `2024/25 academic year`, `academic year 2024/25`.
    func readAcademicYear(_ words: [String]) throws(PeriodParseError) -> Period? {
        var rest = words
        if rest.count >= 3, rest[rest.count - 2] == "academic", rest[rest.count - 1] == "year" {
            rest.removeLast(2)
        } else if rest.count >= 3, rest[0] == "academic", rest[1] == "year" {
            rest.removeFirst(2)
        } else if rest.first == "ay" {
            rest.removeFirst()
        } else if let first = rest.first, first.hasPrefix("ay"), first.count > 2 {
            rest[0] = String(first.dropFirst(2))
        } else {
            return nil
        }
        guard rest.count == 1, let year = try readFinancialYear(rest[0]) else {
            throw PeriodParseError(
                message: "'\(original)' is not an academic year",
                help: "write an academic year (September to August) as AY2024/25 or 2024/25 academic year")
        }
        return .academicYear(startYear: year.startYear)
    }

    // MARK: Financial quarters

    func readQuarter(_ words: [String]) throws(PeriodParseError) -> Period? {
        // Forms: "2023/24 q3", "q3 2023/24", "fy2023/24 q3", "fy 2023/24 q3", "2023/24q3".
        var tokens = words
        if tokens.count == 1, let q = tokens[0].lastIndex(of: "q"), q != tokens[0].startIndex {
            tokens = [String(tokens[0][..<q]), String(tokens[0][q...])]
        }
        guard let quarterAt = tokens.firstIndex(where: { $0.count == 2 && $0.hasPrefix("q") }) else { return nil }
        guard let quarterNumber = Int(tokens[quarterAt].dropFirst()), (1...4).contains(quarterNumber) else {
            throw PeriodParseError(
                message: "'\(original)' names quarter \(tokens[quarterAt].dropFirst()), but financial quarters are Q1 to Q4",
                help: "Q1 is April to June, Q2 July to September, Q3 October to December, Q4 January to March")
        }
        tokens.remove(at: quarterAt)
        if tokens.first == "fy" { tokens.removeFirst() }
        guard tokens.count == 1 else { throw unreadable() }
        let yearText = tokens[0].hasPrefix("fy") ? String(tokens[0].dropFirst(2)) : tokens[0]
        if yearText.count == 4, let year = Int(yearText) {
            throw PeriodParseError(
                message: "'\(original)' does not say which financial year Q\(quarterNumber) belongs to",
                help: "quarters belong to financial years: write \(FinancialYear(startYear: year).code) Q\(quarterNumber) or \(FinancialYear(startYear: year - 1).code) Q\(quarterNumber)")
        }
        guard let year = try readFinancialYear(yearText),
              let quarter = FinancialQuarter(financialYear: year, quarter: quarterNumber) else { throw unreadable() }
        return .quarter(quarter)
    }

    // MARK: One word: 2023-10, 2023/24, 2023-24, fy2023/24, 2021, oct-23, 2023-10-31, 31/10/2023

    func readSingleWord(_ word: String) throws(PeriodParseError) -> Period? {
        if word.hasPrefix("fy") {
            guard let year = try readFinancialYear(String(word.dropFirst(2))) else { throw unreadable() }
            return .financialYear(year)
        }
        if word.count == 4, let year = Int(word), year >= 1000 {
            if expecting == .financialYear {
                throw PeriodParseError(
                    message: "'\(original)' could be the financial year \(FinancialYear(startYear: year - 1).code) or \(FinancialYear(startYear: year).code)",
                    help: "write the financial year in full, as in \(FinancialYear(startYear: year).code)")
            }
            return .calendarYear(year)
        }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let slashParts = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3 { return try readDate(year: parts[0], month: parts[1], day: parts[2]) }
        if slashParts.count == 3 { return try readDate(year: slashParts[2], month: slashParts[1], day: slashParts[0]) }
        if parts.count == 2, let monthNumber = Month.number(named: parts[0]) {
            return try monthOf(yearText: parts[1], month: monthNumber)
        }
        if parts.count == 2 || slashParts.count == 2 {
            return try readYearPair(word, separator: parts.count == 2 ? "-" : "/")
        }
        return nil
    }

    /// `2023-10` (a month), `2023-24` or `2023/24` (a financial year), and the ambiguous
    /// `2011-12`, which only the expected frequency can settle.
    func readYearPair(_ word: String, separator: Character) throws(PeriodParseError) -> Period? {
        let halves = word.split(separator: separator, omittingEmptySubsequences: false)
        guard halves.count == 2, halves[0].count == 4, let year = Int(halves[0]), year >= 1000,
              let second = Int(halves[1]), halves[1].allSatisfy(\.isASCIIDigit) else { return nil }
        let monthCandidate = separator == "-" && halves[1].count == 2 ? Month(year: year, month: second) : nil
        let yearCandidate = try readFinancialYear(word, quietly: true)
        switch (monthCandidate, yearCandidate) {
        case let (month?, fy?):
            switch expecting {
            case .monthly: return .month(month)
            case .financialYear: return .financialYear(fy)
            default:
                throw PeriodParseError(
                    message: "'\(original)' could be \(month.name) or the financial year \(fy.code)",
                    help: "write \(fy.code) for the financial year; a month is settled by the indicator's frequency (monthly)")
            }
        case let (month?, nil): return .month(month)
        case let (nil, fy?): return .financialYear(fy)
        case (nil, nil):
            if separator == "-" && halves[1].count <= 2 {
                throw PeriodParseError(
                    message: "'\(original)' has month \(halves[1]), but months are 01 to 12",
                    help: "write a month as year-month, as in 2023-10")
            }
            return try readFinancialYear(word).map(Period.financialYear)
        }
    }

    /// `2023/24`, `2023-24`, `2023/2024`, `2023-2024`. Returns nil when the text is not of that
    /// shape; throws when it is but the years do not follow on (`2023/25`).
    func readFinancialYear(_ text: String, quietly: Bool = false) throws(PeriodParseError) -> FinancialYear? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let halves = text.split(separator: separator, omittingEmptySubsequences: false)
        guard halves.count == 2, halves[0].count == 4, halves.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let start = Int(halves[0]), start >= 1000, let end = Int(halves[1]),
              halves[1].count == 2 || halves[1].count == 4 else { return nil }
        let expectedEnd = halves[1].count == 2 ? (start + 1) % 100 : start + 1
        guard end == expectedEnd else {
            if quietly { return nil }
            throw PeriodParseError(
                message: "'\(original)' is not a financial year: \(halves[1]) does not follow \(start)",
                help: "a financial year runs April to March, as in \(FinancialYear(startYear: start).code)")
        }
        return FinancialYear(startYear: start)
    }

    // MARK: Months in words and dates

    /// `oct 2023`, `october 2023`, `oct 23`.
    func readMonthInWords(_ first: String, _ second: String) throws(PeriodParseError) -> Period? {
        guard let monthNumber = Month.number(named: first) else { return nil }
        return try monthOf(yearText: second, month: monthNumber)
    }

    func monthOf(yearText: String, month: Int) throws(PeriodParseError) -> Period {
        guard yearText.allSatisfy(\.isASCIIDigit), yearText.count == 2 || yearText.count == 4,
              let number = Int(yearText) else { throw unreadable() }
        let year = yearText.count == 2 ? 2000 + number : number
        guard let value = Month(year: year, month: month) else { throw unreadable() }
        return .month(value)
    }

    /// A date stands for its month only when it is the month's last day (`2023-10-31`): any
    /// other day could be a daily figure, and guessing its month would hide that.
    func readDate(year yearText: String, month monthText: String, day dayText: String) throws(PeriodParseError) -> Period {
        guard yearText.count == 4, (1...2).contains(monthText.count), (1...2).contains(dayText.count),
              let year = Int(yearText), let monthNumber = Int(monthText), let day = Int(dayText),
              [yearText, monthText, dayText].allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let month = Month(year: year, month: monthNumber), (1...month.dayCount).contains(day) else {
            throw PeriodParseError(
                message: "'\(original)' is not a valid date",
                help: "write a month as 2023-10, or a month-end date as 2023-10-31")
        }
        guard day == month.dayCount else {
            throw PeriodParseError(
                message: "'\(original)' is a day within \(month.name), not the end of a month",
                help: "monthly figures are dated by their month (\(month.code)) or its last day (\(month.code)-\(month.dayCount))")
        }
        return .month(month)
    }
}

extension Month {
    /// The month number for an English month name or abbreviation (`oct`, `october`, `sept`).
    static func number(named text: String) -> Int? {
        let lower = text.lowercased()
        if lower == "sept" { return 9 }
        for (offset, name) in names.enumerated() {
            let full = name.lowercased()
            if lower == full || lower == String(full.prefix(3)) { return offset + 1 }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
