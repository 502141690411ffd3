import AssureTestSupport
import Foundation
import XCTest

/// `assure spc FILE --all`: every series of a long file charted in one call.
final class SPCEverySeriesTests: XCTestCase {
    /// Two areas of one indicator, each worked by hand:
    /// E1: 10, 12, 11, 13 — mean 46 / 4 = 11.5; moving ranges 2, 1, 2, mean 5 / 3; limits
    ///     11.5 ± 2.66 × 5 / 3 = 11.5 ± 4.4333…, so 7.0667 to 15.9333.
    /// E2: 20, 24, 22, 26 (twice E1) — mean 23; moving ranges 4, 2, 4, mean 10 / 3; limits
    ///     23 ± 2.66 × 10 / 3 = 23 ± 8.8667, so 14.1333 to 31.8667.
    /// Every point is inside its limits and no run is long enough: common cause throughout.
    private let file = """
        area,indicator,period,value
        E2,calls,2023-01,20
        E2,calls,2023-02,24
        E2,calls,2023-03,22
        E2,calls,2023-04,26
        E1,calls,2023-01,10
        E1,calls,2023-02,12
        E1,calls,2023-03,11
        E1,calls,2023-04,13

        """

    func testJSONGivesOneLineASeriesInIndicatorThenAreaOrder() throws {
        let outcome = assure(["spc", "-", "--all", "--format", "json"], input: file)
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        let charts = try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(charts.map { $0["area"] as? String }, ["E1", "E2"])
        XCTAssertEqual(charts.map { $0["indicator"] as? String }, ["calls", "calls"])
        XCTAssertEqual(charts.map { $0["variation"] as? String }, ["common_cause", "common_cause"])
        let expected: [(mean: Double, lower: Double, upper: Double)] = [(11.5, 7.0667, 15.9333), (23, 14.1333, 31.8667)]
        for (chart, limits) in zip(charts, expected) {
            let points = try XCTUnwrap(chart["points"] as? [[String: Any]])
            XCTAssertEqual(points.count, 4)
            XCTAssertEqual(points.first?["period"] as? String, "2023-01")
            XCTAssertEqual(try XCTUnwrap(points.first?["mean"] as? Double), limits.mean, accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(points.first?["lower_limit"] as? Double), limits.lower, accuracy: 0.0001)
            XCTAssertEqual(try XCTUnwrap(points.first?["upper_limit"] as? Double), limits.upper, accuracy: 0.0001)
        }
        XCTAssertTrue(outcome.errors.hasSuffix("charted 2 series: 2 common cause\n"), outcome.errors)
        XCTAssertTrue(outcome.errors.hasPrefix("warning: calls (E1): the series has 4 values, fewer than 12"), outcome.errors)
    }

    func testCSVIsOneTableWithIndicatorAndAreaColumns() {
        let outcome = assure(["spc", "-", "--all", "--format", "csv"], input: file)
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let rows = outcome.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(rows.first, "indicator,area,period,value,mean,lower_limit,upper_limit,point_type,rule")
        XCTAssertEqual(rows.count, 9)
        XCTAssertTrue(rows[1].hasPrefix("calls,E1,2023-01,10,11.5,"), rows[1])
        XCTAssertTrue(rows[5].hasPrefix("calls,E2,2023-01,20,23,"), rows[5])
        XCTAssertTrue(rows[8].hasPrefix("calls,E2,2023-04,26,23,"), rows[8])
    }

    func testTextGivesEachChartAsOneSeriesWouldBeCharted() {
        let outcome = assure(["spc", "-", "--all"], input: file)
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let headings = outcome.output.split(separator: "\n").filter { $0.hasPrefix("SPC chart of") }
        XCTAssertEqual(headings, ["SPC chart of 'calls (E1)' from <stdin>", "SPC chart of 'calls (E2)' from <stdin>"])
        // The one series of E1 alone, charted without --all, is the first chart word for word
        // but for its name.
        let alone = assure(["spc", "-"], input: "period,calls\n2023-01,10\n2023-02,12\n2023-03,11\n2023-04,13\n")
        XCTAssertEqual(alone.status, 0, alone.errors)
        let first = outcome.output.components(separatedBy: "\n\nSPC chart of")[0] + "\n"
        XCTAssertEqual(first.replacingOccurrences(of: "'calls (E1)'", with: "'calls'"), alone.output)
    }

    func testTheSameBytesEveryRun() {
        let first = assure(["spc", "-", "--all", "--format", "json"], input: file)
        let second = assure(["spc", "-", "--all", "--format", "json"], input: file)
        XCTAssertEqual(first.output, second.output)
    }

    func testASeriesThatCannotBeChartedIsAnErrorAndTheOthersAreStillCharted() {
        // E3's second figure is a slip of the year (2150 for 2023): 127 years apart.
        let outcome = assure(["spc", "-", "--all", "--format", "json"], input: file + "E3,calls,2023-01,5\nE3,calls,2150-02,6\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output.split(separator: "\n").count, 2)
        XCTAssertTrue(outcome.errors.contains("<stdin>:11:1: error: the series runs from January 2023 to February 2150"), outcome.errors)
        XCTAssertTrue(outcome.errors.hasSuffix("charted 2 series: 2 common cause\n"), outcome.errors)
    }

    func testAFileWithoutSeriesIsAnError() {
        let outcome = assure(["spc", "-", "--all"], input: "area,indicator,period,value\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.errors.contains("error: '<stdin>' has no values to chart"), outcome.errors)
    }

    func testWithoutAllSeveralSeriesAreRefusedWithAHintOfAll() {
        let outcome = assure(["spc", "-"], input: file)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("help: give --all to chart every series"), outcome.errors)
    }
}
