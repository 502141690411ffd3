import AssureData
@testable import AssureReport
import XCTest

/// A chart covers every period from the series' first to its last, so a mistyped year must be
/// refused, not charted. Found by fuzzing (docs/fuzzing.md): the `fuzz-indicators` harness
/// turned the last row of its `period,value` seed from 2023-12 into 4046-12, and `assure spc`
/// then built 24,288 monthly rows (24,276 of them missing; 1.5 MB of text) from 130 bytes —
/// over 10 seconds under AddressSanitizer; 9999-12 after 1000-01 gave 6.9 MB.
final class SPCSeriesSpanTests: XCTestCase {
    private func read(_ rows: [String]) -> SPCSeriesReadResult {
        SPCSeriesReader.read(bytes: Array((["period,value"] + rows).joined(separator: "\n").utf8))
    }

    func testAMistypedYearAtTheEndIsRefusedAtItsRow() throws {
        // The fuzzer's input, minimised by hand: eleven months of 2023, then 4046-12 on line 13.
        let result = read(["2023-01,5", "2023-02,7", "2023-03,6", "2023-04,9", "2023-05,4", "2023-06,8",
                           "2023-07,6", "2023-08,7", "2023-09,30", "2023-10,6", "2023-11,5", "4046-12,7"])
        XCTAssertNil(result.series)
        let problem = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(problem.severity, .error)
        XCTAssertEqual(problem.message, "the series runs from January 2023 to December 4046, more than the 100 years a chart spans")
        XCTAssertEqual(problem.range?.description, "<stdin>:13:1")
        XCTAssertEqual(problem.help, "check the years: 4046-12 comes after 2023-11 on line 12")
    }

    func testAMistypedYearAtTheStartNamesBothRowsOfTheWidestStep() throws {
        let result = read(["1023-01,5", "2023-02,6", "2023-03,7"])
        XCTAssertNil(result.series)
        let problem = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(problem.message, "the series runs from January 1023 to March 2023, more than the 100 years a chart spans")
        XCTAssertEqual(problem.range?.description, "<stdin>:3:1")
        XCTAssertEqual(problem.help, "check the years: 2023-02 comes after 1023-01 on line 2")
    }

    func testExactlyAHundredYearsIsCharted() throws {
        // January 1924 to December 2023: 100 years of 12 months, 1,200 periods, two with a value.
        let series = try XCTUnwrap(read(["1924-01,5", "2023-12,6"]).series)
        XCTAssertEqual(series.periods.count, 1_200)
        XCTAssertEqual(series.values.compactMap { $0 }, [5, 6])
    }

    func testOneMonthMoreThanAHundredYearsIsRefused() {
        let result = read(["1924-01,5", "2024-01,6"])
        XCTAssertNil(result.series)
        XCTAssertEqual(result.diagnostics.map(\.message), ["the series runs from January 1924 to January 2024, more than the 100 years a chart spans"])
    }
}
