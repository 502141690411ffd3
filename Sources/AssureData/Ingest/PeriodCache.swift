/// What a period cell says, before the indicator's frequency is known.
enum PeriodReading: Equatable {
    case period(Period)
    /// Text such as `2011-12`, which is December 2011 for a monthly indicator and 2011/12 for an
    /// annual one; settled once the indicator's frequency is known.
    case ambiguous(month: Month, financialYear: FinancialYear, message: String, help: String)
    /// A date on the first day of a month (`2017-03-01`, `01/03/2017`): NHS files date a
    /// month's figure so. Read as the month when every period of its file is a first day, and
    /// an error otherwise (it could be a daily figure).
    case firstOfMonth(Month)
    case invalid(message: String, help: String)
}

/// Reads each distinct period text once: an extract of three million rows has a few hundred
/// distinct periods, and each is parsed the first time it is seen, then found by its bytes.
struct PeriodCache {
    private var texts = ByteInterner()
    private(set) var readings: [PeriodReading] = []
    /// Whether each period text is `.invalid`, for the check on every row.
    private(set) var isInvalid: [Bool] = []
    /// Whether each period text is `.firstOfMonth`.
    private(set) var isFirstOfMonth: [Bool] = []

    /// The id of the period text (the index of its reading).
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, isNew) = texts.intern(bytes)
        if isNew {
            let reading = PeriodCache.read(texts.string(id), isValidUTF8: texts.isValidUTF8(id))
            readings.append(reading)
            if case .invalid = reading { isInvalid.append(true) } else { isInvalid.append(false) }
            if case .firstOfMonth = reading { isFirstOfMonth.append(true) } else { isFirstOfMonth.append(false) }
        }
        return id
    }

    /// The text of a period id, as written (for messages).
    func text(_ id: Int) -> String { texts.string(id) }

    static func read(_ text: String, isValidUTF8: Bool) -> PeriodReading {
        guard isValidUTF8 else {
            return .invalid(message: "the period is not valid UTF-8 text",
                            help: "save the file as UTF-8 (CSV UTF-8 in Excel)")
        }
        // No period is written in more than a few dozen characters; a longer text is quoted
        // only in part, never whole.
        if text.utf8.count > QuotedText.limit {
            return .invalid(message: "'\(QuotedText.bounded(text.trimmingSpaces()))' is not a period",
                            help: "write a month (2023-10), a financial quarter (2023/24 Q3), a financial year (2023/24) or a calendar year (2023)")
        }
        do {
            let period = try Period.parse(text)
            guard period.frequency != nil else {
                return .invalid(message: "'\(text.trimmingSpaces())' is a rolling 12 months, but data is recorded by month, quarter or year",
                                help: "give each month's figure; rules aggregate months to rolling 12 months")
            }
            return .period(period)
        } catch {
            if let month = firstDay(text.trimmingSpaces()) { return .firstOfMonth(month) }
            if case .month(let month)? = try? Period.parse(text, expecting: .monthly),
               case .financialYear(let year)? = try? Period.parse(text, expecting: .financialYear) {
                return .ambiguous(month: month, financialYear: year, message: error.message, help: error.help)
            }
            return .invalid(message: error.message, help: error.help)
        }
    }

    /// The month of a date on its first day: `2017-03-01` or `01/03/2017`; nil otherwise.
    static func firstDay(_ text: String) -> Month? {
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
        let (year, month, day): (Substring, Substring, Substring)
        if dashed.count == 3 { (year, month, day) = (dashed[0], dashed[1], dashed[2]) }
        else if slashed.count == 3 { (year, month, day) = (slashed[2], slashed[1], slashed[0]) }
        else { return nil }
        guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
              [year, month, day].allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              Int(day) == 1, let y = Int(year), let m = Int(month) else { return nil }
        return Month(year: y, month: m)
    }
}

extension PeriodCache {
    /// How many distinct period texts have been read.
    var count: Int { readings.count }

    /// Gives every period text of `other` its id here (see `ByteInterner.adopt`); a text not
    /// known here is read here as it would have been on first sight.
    mutating func adopt(_ other: PeriodCache, known: Int) -> [Int32] {
        var ids = (0..<min(known, other.count)).map { Int32(truncatingIfNeeded: $0) }
        for id in ids.count..<other.count {
            ids.append(Int32(truncatingIfNeeded: other.texts.withBytes(of: id) { self.id(of: $0) }))
        }
        return ids
    }
}
