import AssureAnalysis
import AssureData
@testable import AssureReport
import XCTest
import AssureTestSupport

/// The hand-worked series in `Golden/hand-worked.csv`, January 2023 to March 2024:
///
///     10 12 11 13 (blank) 12 14 11 12 13 (no row for 2023-11) 12 11 13 25
///
/// Worked by hand: 13 values summing to 169, so the mean is 13. Moving ranges, none across a
/// gap: 2 1 2 | 2 3 1 1 | 1 2 12, ten of them summing to 27, average 2.7. Screening drops
/// ranges of at least 3.267 × 2.7 = 8.8209, so the 12; the other nine sum to 15, average 5/3.
/// Limits 13 ± 2.66 × 5/3 = 13 ± 4.4333…: 8.5666… and 17.4333…. March 2024's 25 is above the
/// upper limit: special cause improvement (increase is better). A target of 20 is above the
/// upper limit: the process consistently fails it.
final class SPCHandWorkedTests: XCTestCase {
    private func chart(_ request: SPCChartRequest = SPCChartRequest(target: 20)) throws -> SPCChart {
        let read = SPCSeriesReader.read(bytes: try Golden.bytes("hand-worked.csv"), source: "hand-worked.csv")
        XCTAssertEqual(read.diagnostics, [])
        let series = try XCTUnwrap(read.series)
        return try SPCChart.draw(series, request: request)
    }

    func testSeriesKeepsEveryPeriodAndSaysWhyAGapHasNoValue() throws {
        let series = try chart().series
        XCTAssertEqual(series.indicator, "value")
        XCTAssertEqual(series.frequency, .monthly)
        XCTAssertEqual(series.periods.map(\.code), [
            "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
            "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03",
        ])
        XCTAssertEqual(series.values, [10, 12, 11, 13, nil, 12, 14, 11, 12, 13, nil, 12, 11, 13, 25])
        XCTAssertEqual(series.gaps.map(\.index), [4, 10])
        XCTAssertEqual(series.gaps.map(\.reason), [.blank, .noRow])
    }

    func testLimitsAreTheHandWorkedOnes() throws {
        let result = try chart().result
        let group = try XCTUnwrap(result.groups.first)
        let limits = try XCTUnwrap(group.limits)
        XCTAssertEqual(try XCTUnwrap(group.mean), 13, accuracy: 1e-12)
        XCTAssertEqual(limits.averageMovingRange, 5.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(limits.lower, 13 - 2.66 * 5 / 3, accuracy: 1e-12)
        XCTAssertEqual(limits.upper, 13 + 2.66 * 5 / 3, accuracy: 1e-12)
        XCTAssertEqual(result.variation, .specialCauseImprovement)
        XCTAssertEqual(result.points.last?.specialCause?.rule, .outsideLimits)
        XCTAssertEqual(result.assurance, .consistentFail)
    }

    func testTextOutput() throws {
        Golden.assertMatches(try chart().renderText(), "hand-worked.txt")
    }

    func testJSONOutput() throws {
        Golden.assertMatches(try chart().renderJSON(), "hand-worked.json")
    }

    func testCSVOutput() throws {
        Golden.assertMatches(try chart().renderCSV(), "hand-worked.csv.out")
    }

    func testRebasedTextMarksTheNewGroupAndWarnsOfTrialLimits() throws {
        let rebased = try chart(SPCChartRequest(improvement: .decrease, rebase: ["2023-10"]))
        XCTAssertEqual(rebased.rebasePeriods.map(\.code), ["2023-10"])
        Golden.assertMatches(rebased.renderText(), "hand-worked-rebased.txt")
    }

    func testJSONLinesOfTheFirstPointAreFullPrecision() throws {
        let json = try chart().renderJSON()
        // 13 − 2.66 × 5/3 and 13 + 2.66 × 5/3 in Swift's shortest round-trip form.
        XCTAssertTrue(json.contains(#"{"period": "2023-01", "value": 10, "mean": 13, "lower_limit": \#(13 - 2.66 * (15.0 / 9.0)), "upper_limit": \#(13 + 2.66 * (15.0 / 9.0)), "point_type": "common_cause", "rule": null}"#), json)
        XCTAssertTrue(json.contains(#"{"period": "2023-11", "value": null, "#))
        XCTAssertTrue(json.hasSuffix("  \"variation\": \"special_cause_improvement\",\n  \"assurance\": \"consistent_fail\"\n}\n"))
    }
}
