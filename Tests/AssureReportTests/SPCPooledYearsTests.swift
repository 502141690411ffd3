import AssureData
@testable import AssureReport
import XCTest

/// `assure spc` on pooled years: Fingertips publishes a pool each year, and pools a year apart
/// share years, so they are not separate points of an XmR chart. Pools every three years (which
/// share none) are charted; overlapping or misaligned ones are refused at their row.
final class SPCPooledYearsTests: XCTestCase {
    private func read(_ rows: [String]) -> SPCSeriesReadResult {
        SPCSeriesReader.read(bytes: Array((["period,value"] + rows).joined(separator: "\n").utf8))
    }

    func testPoolsThatShareNoYearAreCharted() throws {
        let series = try XCTUnwrap(read(["2011 - 13,4", "2014 - 16,5", "2017 - 19,6"]).series)
        XCTAssertEqual(series.periods.map(\.code), ["2011 - 13", "2014 - 16", "2017 - 19"])
        XCTAssertEqual(series.values, [4, 5, 6])
    }

    /// The chart's header names pooled periods as pools: "3 pooled periods of 3 calendar
    /// years", not "3 3 calendar years pooled periods".
    func testTheHeaderCountsPooledPeriodsInWords() throws {
        let series = try XCTUnwrap(read(["2011 - 13,4", "2014 - 16,5", "2017 - 19,6"]).series)
        let text = try SPCChart.draw(series, request: SPCChartRequest()).renderText()
        XCTAssertTrue(text.contains("\n3 pooled periods of 3 calendar years, "), text)
    }

    func testOverlappingPoolsAreRefusedAtTheSecond() throws {
        let result = read(["2011 - 13,4", "2012 - 14,5", "2013 - 15,6"])
        XCTAssertNil(result.series)
        XCTAssertEqual(result.diagnostics.map(\.message), ["'2012 - 14' overlaps '2011 - 13': pooled years that share years are not separate points of a chart"])
        XCTAssertEqual(result.diagnostics.first?.range?.description, "<stdin>:3:1")
        XCTAssertEqual(result.diagnostics.first?.help, "chart pools that share no year, every 3 years from the first (2011 - 13, 2014 - 16, …)")
    }

    func testPoolsOutOfStepAreRefused() throws {
        let result = read(["2011 - 13,4", "2015 - 17,5"])
        XCTAssertEqual(result.diagnostics.map(\.message), ["'2015 - 17' does not follow on from '2011 - 13' in whole pools of 3 years"])
    }
}
