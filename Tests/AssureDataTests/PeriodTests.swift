import XCTest
@testable import AssureData

/// The reporting calendar: every way the field writes a period, and the arithmetic on periods.
final class PeriodTests: XCTestCase {
    private func month(_ year: Int, _ number: Int) -> Month {
        guard let month = Month(year: year, month: number) else {
            XCTFail("invalid month \(year)-\(number)")
            return Month(index: 0)
        }
        return month
    }

    private func quarter(_ startYear: Int, _ number: Int) -> Period {
        guard let quarter = FinancialQuarter(financialYear: FinancialYear(startYear: startYear), quarter: number) else {
            XCTFail("invalid quarter")
            return .calendarYear(0)
        }
        return .quarter(quarter)
    }

    private func parse(_ text: String, _ frequency: Frequency? = nil, file: StaticString = #filePath, line: UInt = #line) -> Period? {
        do {
            return try Period.parse(text, expecting: frequency)
        } catch {
            XCTFail("'\(text)' did not parse: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func parseError(_ text: String, _ frequency: Frequency? = nil, file: StaticString = #filePath, line: UInt = #line) -> PeriodParseError? {
        do {
            let period = try Period.parse(text, expecting: frequency)
            XCTFail("'\(text)' parsed as \(period.code) but should be an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Months

    func testMonthForms() {
        let october = Period.month(month(2023, 10))
        XCTAssertEqual(parse("2023-10"), october)
        XCTAssertEqual(parse("Oct-23"), october)
        XCTAssertEqual(parse("oct-2023"), october)
        XCTAssertEqual(parse("October 2023"), october)
        XCTAssertEqual(parse("Oct 2023"), october)
        XCTAssertEqual(parse("  OCTOBER 2023 "), october)
        XCTAssertEqual(parse("Sept 2023"), .month(month(2023, 9)))
        XCTAssertEqual(parse("2023-10-31"), october)
        XCTAssertEqual(parse("31/10/2023"), october)
    }

    func testMonthEndDateInALeapYear() {
        XCTAssertEqual(parse("2024-02-29"), .month(month(2024, 2)))
        XCTAssertEqual(parseError("2023-02-29")?.message, "'2023-02-29' is not a valid date")
    }

    func testADateInsideAMonthIsNotGuessed() {
        let error = parseError("2023-10-15")
        XCTAssertEqual(error?.message, "'2023-10-15' is a day within October 2023, not the end of a month")
        XCTAssertEqual(error?.help, "monthly figures are dated by their month (2023-10) or its last day (2023-10-31)")
    }

    func testMonthThirteenIsAnError() {
        XCTAssertEqual(parseError("2023-13")?.message, "'2023-13' has month 13, but months are 01 to 12")
    }

    func testMonthNamesAndCodes() {
        let january = month(2024, 1)
        XCTAssertEqual(Period.month(january).name, "January 2024")
        XCTAssertEqual(Period.month(january).code, "2024-01")
        XCTAssertEqual(Period.month(january).previous, .month(month(2023, 12)))
        XCTAssertEqual(Period.month(january).sameTimeLastYear, .month(month(2023, 1)))
        XCTAssertEqual(Period.month(january).months, [january])
    }

    // MARK: Financial years

    func testFinancialYearForms() {
        let year = Period.financialYear(FinancialYear(startYear: 2023))
        XCTAssertEqual(parse("2023/24"), year)
        XCTAssertEqual(parse("2023-24"), year)
        XCTAssertEqual(parse("2023/2024"), year)
        XCTAssertEqual(parse("FY2023/24"), year)
        XCTAssertEqual(parse("FY 2023-24"), year)
        XCTAssertEqual(parse("fy2023/24"), year)
        XCTAssertEqual(parse("1999/00"), .financialYear(FinancialYear(startYear: 1999)))
    }

    func testFinancialYearWhoseYearsDoNotFollowOnIsAnError() {
        let error = parseError("2023/25")
        XCTAssertEqual(error?.message, "'2023/25' is not a financial year: 25 does not follow 2023")
        XCTAssertEqual(error?.help, "a financial year runs April to March, as in 2023/24")
    }

    func testFinancialYearRunsAprilToMarch() {
        let year = Period.financialYear(FinancialYear(startYear: 2023))
        XCTAssertEqual(year.firstMonth, month(2023, 4))
        XCTAssertEqual(year.lastMonth, month(2024, 3))
        XCTAssertEqual(year.months.count, 12)
        XCTAssertEqual(year.name, "2023/24")
        XCTAssertEqual(year.previous, .financialYear(FinancialYear(startYear: 2022)))
        XCTAssertEqual(year.sameTimeLastYear, .financialYear(FinancialYear(startYear: 2022)))
    }

    func testFinancialYearOfJanuaryIsThePreviousYearsFY() {
        XCTAssertEqual(month(2024, 1).financialYear, FinancialYear(startYear: 2023))
        XCTAssertEqual(month(2024, 3).financialYear, FinancialYear(startYear: 2023))
        XCTAssertEqual(month(2024, 4).financialYear, FinancialYear(startYear: 2024))
    }

    func testAmbiguousYearPairNeedsTheFrequency() {
        // 2011-12 is December 2011 or the financial year 2011/12.
        let error = parseError("2011-12")
        XCTAssertEqual(error?.message, "'2011-12' could be December 2011 or the financial year 2011/12")
        XCTAssertEqual(parse("2011-12", .monthly), .month(month(2011, 12)))
        XCTAssertEqual(parse("2011-12", .financialYear), .financialYear(FinancialYear(startYear: 2011)))
        // 2011/12 with a slash is never a month.
        XCTAssertEqual(parse("2011/12"), .financialYear(FinancialYear(startYear: 2011)))
    }

    func testBareYearIsACalendarYearUnlessAFinancialYearIsExpected() {
        XCTAssertEqual(parse("2021"), .calendarYear(2021))
        let error = parseError("2021", .financialYear)
        XCTAssertEqual(error?.message, "'2021' could be the financial year 2020/21 or 2021/22")
    }

    // MARK: Quarters

    func testQuarterForms() {
        let q3 = quarter(2023, 3)
        XCTAssertEqual(parse("2023/24 Q3"), q3)
        XCTAssertEqual(parse("Q3 2023/24"), q3)
        XCTAssertEqual(parse("2023-24 Q3"), q3)
        XCTAssertEqual(parse("q3 2023-24"), q3)
        XCTAssertEqual(parse("FY2023/24 Q3"), q3)
        XCTAssertEqual(parse("2023/24Q3"), q3)
    }

    func testQuarterThreeIsOctoberToDecember() {
        let q3 = quarter(2023, 3)
        XCTAssertEqual(q3.months, [month(2023, 10), month(2023, 11), month(2023, 12)])
        XCTAssertEqual(q3.name, "October to December 2023 (Quarter 3)")
        XCTAssertEqual(q3.code, "2023/24 Q3")
        XCTAssertEqual(q3.previous, quarter(2023, 2))
        XCTAssertEqual(q3.sameTimeLastYear, quarter(2022, 3))
    }

    func testQuarterFourIsInTheNextCalendarYear() {
        let q4 = quarter(2023, 4)
        XCTAssertEqual(q4.name, "January to March 2024 (Quarter 4)")
        XCTAssertEqual(q4.firstMonth, month(2024, 1))
        XCTAssertEqual(quarter(2024, 1).previous, q4)
        XCTAssertEqual(month(2024, 2).financialQuarter.code, "2023/24 Q4")
        XCTAssertEqual(month(2023, 4).financialQuarter.code, "2023/24 Q1")
    }

    func testQuarterWithoutItsFinancialYearIsAnError() {
        let error = parseError("2023 Q3")
        XCTAssertEqual(error?.message, "'2023 Q3' does not say which financial year Q3 belongs to")
        XCTAssertEqual(error?.help, "quarters belong to financial years: write 2023/24 Q3 or 2022/23 Q3")
        XCTAssertEqual(parseError("2023/24 Q5")?.message, "'2023/24 Q5' names quarter 5, but financial quarters are Q1 to Q4")
    }

    // MARK: Calendar years and rolling 12 months

    func testCalendarYearForSurveys() {
        let year = Period.calendarYear(2021)
        XCTAssertEqual(year.months.first, month(2021, 1))
        XCTAssertEqual(year.months.last, month(2021, 12))
        XCTAssertEqual(year.name, "2021")
        XCTAssertEqual(year.previous, .calendarYear(2020))
    }

    func testRolling12Months() {
        let rolling = Period.rolling12Months(endingIn: month(2024, 3))
        XCTAssertEqual(parse("12 months to 2024-03"), rolling)
        XCTAssertEqual(parse("rolling 12 months to March 2024"), rolling)
        XCTAssertEqual(parse("12 months ending Mar-24"), rolling)
        XCTAssertEqual(rolling.firstMonth, month(2023, 4))
        XCTAssertEqual(rolling.name, "12 months to March 2024")
        XCTAssertEqual(rolling.code, "12 months to 2024-03")
        // The previous 12 months do not overlap these.
        XCTAssertEqual(rolling.previous, .rolling12Months(endingIn: month(2023, 3)))
        XCTAssertNil(rolling.frequency)
    }

    // MARK: Expected frequency, and round trips

    func testAPeriodOfTheWrongKindForTheIndicatorIsAnError() {
        let error = parseError("2023/24 Q3", .monthly)
        XCTAssertEqual(error?.message, "'2023/24 Q3' is a financial quarter, but a monthly period is expected here")
        XCTAssertEqual(error?.help, "write a monthly period, such as 2023-10")
    }

    func testNonsenseIsAnErrorNotAGuess() {
        for text in ["", "   ", "soon", "2023-", "-10", "Q3", "FY", "12 months to", "2023/24 Q3 Q4", "Octember 2023"] {
            XCTAssertNotNil(parseError(text), text)
        }
    }

    func testEveryCodeReadsBack() {
        let periods: [Period] = [
            .month(month(2019, 4)), quarter(2019, 1), quarter(2023, 4),
            .financialYear(FinancialYear(startYear: 2019)), .calendarYear(2023),
            .rolling12Months(endingIn: month(2024, 3)),
        ]
        for period in periods {
            XCTAssertEqual(parse(period.code), period, period.code)
        }
    }

    func testPeriodsOrderByTime() {
        let sorted = [quarter(2023, 3), .month(month(2023, 4)), .month(month(2023, 3))].sorted()
        XCTAssertEqual(sorted, [.month(month(2023, 3)), .month(month(2023, 4)), quarter(2023, 3)])
    }

    func testContainingPeriod() {
        XCTAssertEqual(Period.containing(month(2024, 1), frequency: .quarterly), quarter(2023, 4))
        XCTAssertEqual(Period.containing(month(2024, 1), frequency: .financialYear), .financialYear(FinancialYear(startYear: 2023)))
        XCTAssertEqual(Period.containing(month(2024, 1), frequency: .calendarYear), .calendarYear(2024))
    }
}

/// Academic years, September to August.
final class AcademicYearTests: XCTestCase {
    func testForms() throws {
        for text in ["AY2024/25", "ay 2024/25", "2024/25 academic year", "Academic year 2024-25", "AY2024/2025"] {
            XCTAssertEqual(try Period.parse(text), .academicYear(startYear: 2024), text)
        }
        XCTAssertThrowsError(try Period.parse("AY2024/26"))
        XCTAssertThrowsError(try Period.parse("AY 2024"))
    }

    func testMonthsNameAndSteps() throws {
        let year = Period.academicYear(startYear: 2024)
        XCTAssertEqual(year.firstMonth, Month(year: 2024, month: 9))
        XCTAssertEqual(year.lastMonth, Month(year: 2025, month: 8))
        XCTAssertEqual(year.months.count, 12)
        XCTAssertEqual(year.code, "AY2024/25")
        XCTAssertEqual(year.name, "2024/25 academic year")
        XCTAssertEqual(year.previous, .academicYear(startYear: 2023))
        XCTAssertEqual(year.sameTimeLastYear, .academicYear(startYear: 2023))
        XCTAssertEqual(year.frequency, .academicYear)
        XCTAssertEqual(Period.containing(try XCTUnwrap(Month(year: 2025, month: 8)), frequency: .academicYear), year)
        XCTAssertEqual(Period.containing(try XCTUnwrap(Month(year: 2025, month: 9)), frequency: .academicYear), .academicYear(startYear: 2025))
        XCTAssertEqual(try Period.parse(year.code), year)
    }
}
