import XCTest
@testable import AssureData

/// An OHID Fingertips "all data" export, with the columns as Fingertips writes them. The rows
/// are written here by hand in its layout (England repeated once per parent, as exports do).
final class FingertipsTests: XCTestCase {
    private static let header = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal,Time period range"

    private func load(_ rows: [String]) -> IndicatorLoadResult {
        IndicatorLoader.load([.bytes(Array(([FingertipsTests.header] + rows).joined(separator: "\n").utf8) + [10], name: "fingertips.csv")])
    }

    func testSeriesCountsDenominatorsAndRepeatedEngland() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,66.8,67.2,66.6,67.4,80080,12023568,,,,,20190000,,,1y",
            "90803,Children in care,E92000001,England,E12000002,North West,Region,Persons,<18 yrs,,,2019/20,94,93.2,94.8,92.7,95.3,14770,1570000,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,<18 yrs,,,2019/20,121,115.5,126.7,112.0,130.5,685,56600,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,66.8,67.2,66.6,67.4,80080,12023568,,,,,20190000,,,1y",
            "90803,Children in care,E08000006,Salford,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,<18 yrs,,,2018/19,115,,,,,650,56200,,,,,20180000,,,1y",
        ])
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let data = try XCTUnwrap(result.data)
        let name = "Children in care [Sex = Persons; Age = <18 yrs]"
        XCTAssertEqual(data.indicatorNames, [name])
        XCTAssertEqual(data.areas(of: name), ["E08000006", "E12000002", "E92000001"])
        // England's row twice (once under its own parent, once under the North West): one point.
        let england = try XCTUnwrap(data.series(indicator: name, area: "E92000001"))
        XCTAssertEqual(england.count, 1)
        let point = try XCTUnwrap(england.point(at: .financialYear(FinancialYear(startYear: 2019))))
        XCTAssertEqual(point.observation, .value(67))
        XCTAssertEqual(point.numerator, .value(80080))
        XCTAssertEqual(point.denominator, .value(12_023_568))
        XCTAssertEqual(data.areaDetails["E08000006"], AreaDetails(code: "E08000006", name: "Salford", level: .localAuthority,
                                                                  region: "E12000002", oldCode: nil))
        XCTAssertEqual(data.areaDetails["E92000001"]?.level, .national)
        XCTAssertEqual(data.published[name]?.clause,
                       #"from "fingertips.csv" indicator "Children in care" where Sex = "Persons", Age = "<18 yrs""#)
    }

    /// The 95% and 99.8% limits of each row are kept with its value: England's 67 (66.8 to
    /// 67.2, and 66.6 to 67.4), read once though the row is repeated; Salford's 2018/19 row
    /// has none, and a row with only the 95% limits has only that interval.
    func testPublishedIntervalsAreKeptWithTheValue() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,66.8,67.2,66.6,67.4,80080,12023568,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,66.8,67.2,66.6,67.4,80080,12023568,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,<18 yrs,,,2019/20,121,115.5,126.7,,,685,56600,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,<18 yrs,,,2018/19,115,,,,,650,56200,,,,,20180000,,,1y",
        ])
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let data = try XCTUnwrap(result.data)
        let name = "Children in care [Sex = Persons; Age = <18 yrs]"
        let year = Period.financialYear(FinancialYear(startYear: 2019))
        let england = try XCTUnwrap(data.series(indicator: name, area: "E92000001")?.point(at: year))
        XCTAssertEqual(england.publishedIntervals, [PublishedInterval(level: 0.95, lower: 66.8, upper: 67.2),
                                                    PublishedInterval(level: 0.998, lower: 66.6, upper: 67.4)])
        let salford = try XCTUnwrap(data.series(indicator: name, area: "E08000006"))
        XCTAssertEqual(salford.point(at: year)?.publishedIntervals, [PublishedInterval(level: 0.95, lower: 115.5, upper: 126.7)])
        XCTAssertEqual(salford.point(at: .financialYear(FinancialYear(startYear: 2018)))?.publishedIntervals, [])
    }

    func testALimitThatIsNoNumberIsAnErrorAtItsCell() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,about 66,67.2,,,80080,12023568,,,,,20190000,,,1y",
        ])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.diagnostics.first?.range?.start.line, 2)
        // The cell "about 66" starts at column 81 (Python: row.index("about 66") + 1).
        XCTAssertEqual(result.diagnostics.first?.range?.start.column, 81)
        XCTAssertEqual(result.diagnostics.first?.message, "'about 66' is not a number")
    }

    func testRepeatedRowsThatDifferAreRefusedAtBoth() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2019/20,67,,,,,80080,12023568,,,,,20190000,,,1y",
            "90803,Children in care,E12000002,North West,E92000001,England,England,Persons,<18 yrs,,,2019/20,68,,,,,80080,12023568,,,,,20190000,,,1y",
        ])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message),
                       ["indicator 'Children in care [Sex = Persons; Age = <18 yrs]' in area 'E92000001' has a second row for 2019/20"])
        XCTAssertEqual(result.diagnostics.first?.range?.start.line, 3)
        XCTAssertEqual(result.diagnostics.first?.notes.first?.range?.start.line, 2)
    }

    func testPooledYearsAreReadAsOneSeriesOfOverlappingPools() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2017 - 19,67,,,,,,,,,,,20170000,,,3y",
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2016 - 18,66,,,,,,,,,,,20160000,,,3y",
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2018 - 20,68,,,,,,,,,,,20180000,,,3y",
        ])
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let data = try XCTUnwrap(result.data)
        let name = "Children in care [Sex = Persons; Age = <18 yrs]"
        XCTAssertEqual(data.frequency(of: name), .pooled(years: 3, of: .calendar))
        let england = try XCTUnwrap(data.series(indicator: name, area: "E92000001"))
        // In period order, a year apart: the pools overlap and follow each other with no gap.
        XCTAssertEqual(england.periods.map(\.code), ["2016 - 18", "2017 - 19", "2018 - 20"])
        XCTAssertEqual(england.point(at: .pooled(PooledYears(kind: .calendar, firstYear: 2017, lastYear: 2019)))?.observation, .value(67))
    }

    func testPoolsOfDifferentLengthsAreTwoFrequencies() throws {
        let result = load([
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2017 - 19,67,,,,,,,,,,,20170000,,,3y",
            "90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2016 - 20,66,,,,,,,,,,,20160000,,,5y",
        ])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message),
                       ["indicator 'Children in care [Sex = Persons; Age = <18 yrs]' is 3 calendar years pooled, but '2016 - 20' is 5 calendar years pooled"])
        XCTAssertEqual(result.diagnostics.first?.range?.start.line, 3)
    }

    func testAPooledSpanThatDoesNotReadIsRefusedAtItsRow() throws {
        let result = load(["90803,Children in care,,,E92000001,England,England,Persons,<18 yrs,,,2017 - 19/20,67,,,,,,,,,,,20170000,,,3y"])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["'2017 - 19/20' is not a span of pooled years"])
        XCTAssertEqual(result.diagnostics.first?.range?.start.line, 2)
    }

    func testWeeksAreRefused() {
        XCTAssertThrowsError(try Period.parse("2024-W03")) { error in
            XCTAssertEqual((error as? PeriodParseError)?.message, "'2024-W03' is a week, and Assure does not read weekly figures")
        }
        XCTAssertThrowsError(try Period.parse("Week 3"))
        // Not weeks or pools: a month and a financial year still read.
        XCTAssertEqual(try Period.parse("2024-03"), .month(Month(year: 2024, month: 3)!))
        XCTAssertThrowsError(try Period.parse("2023 - 24")) { error in
            XCTAssertEqual((error as? PeriodParseError)?.message,
                           "'2023 - 24' could be the financial year 2023/24 or the calendar years 2023 and 2024 pooled")
        }
    }
}
