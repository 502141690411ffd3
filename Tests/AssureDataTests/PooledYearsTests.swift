import XCTest
@testable import AssureData

/// Years pooled together as OHID Fingertips publishes them (`2017 - 19`, `2017/18 - 19/20`):
/// every form read, the refusals that remain, and the calendar of overlapping pools.
final class PooledYearsTests: XCTestCase {
    private let calendar2017to19 = Period.pooled(PooledYears(kind: .calendar, firstYear: 2017, lastYear: 2019))
    private let financial2017to19 = Period.pooled(PooledYears(kind: .financial, firstYear: 2017, lastYear: 2019))

    private func message(_ text: String) -> String? {
        do {
            _ = try Period.parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    func testCalendarYearsPooledInEveryFormFingertipsWrites() throws {
        // Fingertips writes "2017 - 19"; the rest are what a hand-edited export or a copy from a
        // PDF gives: en and em dashes, no spaces, one space, four figures at the end.
        for text in ["2017 - 19", "2017-19", "2017 -19", "2017- 19", "2017 \u{2013} 19", "2017\u{2013}19", "2017\u{2014}19",
                     "2017 - 2019", "2017-2019", " 2017 - 19 ", "2017  -  19"] {
            XCTAssertEqual(try Period.parse(text), calendar2017to19, text)
        }
        // Five years pooled, and a pool across a century.
        XCTAssertEqual(try Period.parse("2016 - 20"), .pooled(PooledYears(kind: .calendar, firstYear: 2016, lastYear: 2020)))
        XCTAssertEqual(try Period.parse("1998 - 00"), .pooled(PooledYears(kind: .calendar, firstYear: 1998, lastYear: 2000)))
    }

    func testFinancialYearsPooledInEveryFormFingertipsWrites() throws {
        for text in ["2017/18 - 19/20", "2017/18-19/20", "2017/18 \u{2013} 19/20", "2017/18 - 2019/20", "2017-18 - 19-20",
                     "2017/18 \u{2014} 2019/20"] {
            XCTAssertEqual(try Period.parse(text), financial2017to19, text)
        }
        // Two financial years pooled cannot be mistaken for anything else.
        XCTAssertEqual(try Period.parse("2018/19 - 19/20"), .pooled(PooledYears(kind: .financial, firstYear: 2018, lastYear: 2019)))
        XCTAssertEqual(try Period.parse("1999/00 - 01/02"), .pooled(PooledYears(kind: .financial, firstYear: 1999, lastYear: 2001)))
    }

    func testOtherPeriodsWithADashAreNotPools() throws {
        // A month, a financial year and the ambiguous 2011-12 are read as before.
        XCTAssertEqual(try Period.parse("2017-10"), .month(try XCTUnwrap(Month(year: 2017, month: 10))))
        XCTAssertEqual(try Period.parse("2023-24"), .financialYear(FinancialYear(startYear: 2023)))
        XCTAssertEqual(try Period.parse("2023-2024"), .financialYear(FinancialYear(startYear: 2023)))
        XCTAssertEqual(try Period.parse("2011-12", expecting: .monthly), .month(try XCTUnwrap(Month(year: 2011, month: 12))))
        XCTAssertEqual(try Period.parse("2023-10-31"), .month(try XCTUnwrap(Month(year: 2023, month: 10))))
        XCTAssertEqual(try Period.parse("Oct-23"), .month(try XCTUnwrap(Month(year: 2023, month: 10))))
        XCTAssertEqual(try Period.parse("FY 2023-24"), .financialYear(FinancialYear(startYear: 2023)))
        XCTAssertEqual(try Period.parse("12 months to 2024-03"), .rolling12Months(endingIn: try XCTUnwrap(Month(year: 2024, month: 3))))
    }

    func testPoolsThatDoNotReadAreRefusedWithWhatToWrite() {
        XCTAssertEqual(message("2023 - 24"), "'2023 - 24' could be the financial year 2023/24 or the calendar years 2023 and 2024 pooled")
        XCTAssertEqual(message("2019 - 17"), "'2019 - 17' does not run from an earlier year to a later one")
        XCTAssertEqual(message("2017 - 19/20"), "'2017 - 19/20' is not a span of pooled years")
        XCTAssertEqual(message("2017/18 - 19"), "'2017/18 - 19' is not a span of pooled years")
        XCTAssertEqual(message("2017/19 - 19/20"), "'2017/19 - 19/20' is not a financial year: 19 does not follow 2017")
        XCTAssertEqual(message("2017/18 - 19/21"), "'2017/18 - 19/21' is not a financial year: 21 does not follow 2019")
        XCTAssertEqual(message("2019/20 - 17/18"), "'2019/20 - 17/18' does not run from an earlier financial year to a later one")
        XCTAssertEqual(message("2017 - x9"), "'2017 - x9' is not a span of pooled years")
        do {
            _ = try Period.parse("2017 - 19/20")
        } catch {
            XCTAssertEqual(error.help, "write years pooled together as Fingertips does: 2017 - 19 for the calendar years 2017 to 2019, 2017/18 - 19/20 for the financial years 2017/18 to 2019/20")
        }
    }

    func testAPoolOfAnotherKindThanExpectedIsRefused() {
        XCTAssertThrowsError(try Period.parse("2017 - 19", expecting: .calendarYear)) { error in
            XCTAssertEqual((error as? PeriodParseError)?.message,
                           "'2017 - 19' is 3 calendar years pooled, but an annual (calendar year) period is expected here")
        }
        XCTAssertEqual(try Period.parse("2017 - 19", expecting: .pooled(years: 3, of: .calendar)), calendar2017to19)
        XCTAssertThrowsError(try Period.parse("2016 - 20", expecting: .pooled(years: 3, of: .calendar))) { error in
            XCTAssertEqual((error as? PeriodParseError)?.help, "write a 3 calendar years pooled period, such as 2018 - 20")
        }
    }

    func testCodeNameAndMonths() throws {
        XCTAssertEqual(calendar2017to19.code, "2017 - 19")
        XCTAssertEqual(calendar2017to19.name, "2017\u{2013}19 (three calendar years pooled)")
        XCTAssertEqual(calendar2017to19.firstMonth, try XCTUnwrap(Month(year: 2017, month: 1)))
        XCTAssertEqual(calendar2017to19.lastMonth, try XCTUnwrap(Month(year: 2019, month: 12)))
        XCTAssertEqual(calendar2017to19.months.count, 36)
        XCTAssertEqual(calendar2017to19.frequency, .pooled(years: 3, of: .calendar))
        XCTAssertEqual(financial2017to19.code, "2017/18 - 19/20")
        XCTAssertEqual(financial2017to19.name, "2017/18\u{2013}19/20 (three financial years pooled)")
        XCTAssertEqual(financial2017to19.firstMonth, try XCTUnwrap(Month(year: 2017, month: 4)))
        XCTAssertEqual(financial2017to19.lastMonth, try XCTUnwrap(Month(year: 2020, month: 3)))
        XCTAssertEqual(Period.pooled(PooledYears(kind: .calendar, firstYear: 2016, lastYear: 2020)).name,
                       "2016\u{2013}20 (five calendar years pooled)")
        XCTAssertEqual(Period.pooled(PooledYears(kind: .calendar, firstYear: 2007, lastYear: 2009)).code, "2007 - 09")
        // Every code reads back as its period.
        for period in [calendar2017to19, financial2017to19, .pooled(PooledYears(kind: .calendar, firstYear: 1998, lastYear: 2000)),
                       .pooled(PooledYears(kind: .financial, firstYear: 1999, lastYear: 2001))] {
            XCTAssertEqual(try Period.parse(period.code), period, period.code)
        }
    }

    func testFrequencyInWordsAndAsNamed() {
        let frequency = Frequency.pooled(years: 3, of: .calendar)
        XCTAssertEqual(frequency.words, "3 calendar years pooled")
        XCTAssertEqual(frequency.label, "3 calendar years pooled")
        XCTAssertEqual(frequency.rawValue, "pooled_3_calendar_years")
        XCTAssertEqual(Frequency(rawValue: "pooled_3_financial_years"), .pooled(years: 3, of: .financial))
        XCTAssertEqual(Frequency(rawValue: "financial_year"), .financialYear)
        XCTAssertNil(Frequency(rawValue: "pooled_3_academic_years"))
        XCTAssertEqual(Frequency.pooled(years: 3, of: .financial).example, "2018/19 - 20/21")
    }

    func testPoolsOrderByFirstYearThenLast() {
        let pools = [(2017, 2019), (2016, 2018), (2016, 2020), (2015, 2017)].map {
            Period.pooled(PooledYears(kind: .calendar, firstYear: $0.0, lastYear: $0.1))
        }
        XCTAssertEqual(pools.sorted().map(\.code), ["2015 - 17", "2016 - 18", "2016 - 20", "2017 - 19"])
        // Against single years: by first month, then last (2017 before 2017 - 19, which ends later).
        XCTAssertLessThan(Period.calendarYear(2017), calendar2017to19)
        XCTAssertLessThan(calendar2017to19, .calendarYear(2018))
    }

    func testThePreviousPoolIsTheLatestThatDoesNotOverlap() {
        // 2016 - 18 and 2015 - 17 share years with 2017 - 19; 2014 - 16 is the latest that does not.
        XCTAssertEqual(calendar2017to19.previous.code, "2014 - 16")
        XCTAssertEqual(financial2017to19.previous.code, "2014/15 - 16/17")
        XCTAssertEqual(calendar2017to19.advanced(by: 1).code, "2020 - 22")
        // In a data series the pools follow each other a year apart, overlapping.
        XCTAssertEqual(calendar2017to19.advancedInSeries(by: -1).code, "2016 - 18")
        XCTAssertEqual(calendar2017to19.ordinal, 2017)
        XCTAssertEqual(Period(ordinal: 2016, frequency: .pooled(years: 3, of: .calendar)).code, "2016 - 18")
    }

    func testPooledYearsHaveNoSamePeriodLastYear() {
        // 2016 - 18 shares 2017 and 2018 with 2017 - 19: not a separate sample.
        XCTAssertNil(calendar2017to19.sameTimeLastYear)
        XCTAssertNil(financial2017to19.sameTimeLastYear)
        XCTAssertEqual(Period.calendarYear(2019).sameTimeLastYear, .calendarYear(2018))
    }

    func testThePoolContainingAMonthEndsInItsYear() throws {
        let june2019 = try XCTUnwrap(Month(year: 2019, month: 6))
        XCTAssertEqual(Period.containing(june2019, frequency: .pooled(years: 3, of: .calendar)), calendar2017to19)
        // June 2019 is in the financial year 2019/20: the pool 2017/18 - 19/20.
        XCTAssertEqual(Period.containing(june2019, frequency: .pooled(years: 3, of: .financial)), financial2017to19)
    }
}
