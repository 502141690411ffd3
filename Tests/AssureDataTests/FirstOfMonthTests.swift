import XCTest
@testable import AssureData

/// NHS files date a month's figure by its first day: read as months when every period of the
/// file is a first day, refused at each first day otherwise.
final class FirstOfMonthTests: XCTestCase {
    private func load(_ text: String, name: String = "nhs.csv") -> IndicatorLoadResult {
        IndicatorLoader.load([.bytes(Array(text.utf8), name: name)])
    }

    func testEveryDateAFirstDayIsMonthly() throws {
        let result = load("indicator,period,value\nadmissions,2017-03-01,12\nadmissions,2017-04-01,15\nadmissions,01/05/2017,9\n")
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let series = try XCTUnwrap(result.data?.series(indicator: "admissions"))
        XCTAssertEqual(series.frequency, .monthly)
        XCTAssertEqual(series.periods, [.month(try XCTUnwrap(Month(year: 2017, month: 3))),
                                        .month(try XCTUnwrap(Month(year: 2017, month: 4))),
                                        .month(try XCTUnwrap(Month(year: 2017, month: 5)))])
    }

    func testAFirstDayAmongMonthEndsIsAnError() throws {
        let result = load("indicator,period,value\nadmissions,2017-03-31,12\nadmissions,2017-04-01,15\n")
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message),
                       ["'2017-04-01' is the first day of April 2017, but the file's other periods are not first days"])
        // "admissions," is 11 characters: the period starts at column 12 of line 3.
        XCTAssertEqual(result.diagnostics.first?.range?.start, SourcePosition(line: 3, column: 12))
        XCTAssertEqual(result.diagnostics.first?.help,
                       "date every monthly figure one way: by its month (2017-04), its first day (2017-04-01) or its last day (2017-04-30)")
    }

    func testAnotherDayIsStillRefused() throws {
        let result = load("indicator,period,value\nadmissions,2017-03-02,12\n")
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["'2017-03-02' is a day within March 2017, not the end of a month"])
    }
}
