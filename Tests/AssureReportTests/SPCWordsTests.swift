import AssureAnalysis
import AssureData
@testable import AssureReport
import XCTest

/// The verdict and assurance sentences, and numbers rounded for reading.
final class SPCWordsTests: XCTestCase {
    /// Twelve values 10 12 10 12 …: mean 11, every moving range 2, limits 11 ± 5.32 = 5.68 and
    /// 16.32; near limits 11 ± 3.5466… = 7.4533… and 14.5466….
    private let zigzag = (1...12).map { "2023-\($0 < 10 ? "0" : "")\($0),\($0 % 2 == 1 ? 10 : 12)" }

    private func chart(_ rows: [String], _ request: SPCChartRequest = SPCChartRequest()) throws -> SPCChart {
        let read = SPCSeriesReader.read(bytes: Array((["period,value"] + rows).joined(separator: "\n").utf8))
        return try SPCChart.draw(try XCTUnwrap(read.series), request: request)
    }

    private func verdict(_ chart: SPCChart) -> String {
        let text = chart.renderText()
        return text.components(separatedBy: "\n\n").last ?? ""
    }

    func testCommonCauseSaysTheLimits() throws {
        XCTAssertEqual(verdict(try chart(zigzag)), """
            The latest point, December 2023 (12), shows common cause variation: no special-cause rule fires, and it lies within the process limits (5.7 to 16.3).
            In a report: area to note: no significant change.
            Assurance: no target given, so none is judged.

            """)
    }

    func testHitAndMissWhenTheTargetIsWithinTheLimits() throws {
        XCTAssertTrue(verdict(try chart(zigzag, SPCChartRequest(target: 11.5))).contains(
            "Assurance: hit and miss. The target (11.5) lies within the process limits (5.7 to 16.3), so the process will sometimes meet it and sometimes not."))
    }

    func testADecreasingMeasureConsistentlyPassesATargetAboveTheUpperLimit() throws {
        let text = verdict(try chart(zigzag, SPCChartRequest(improvement: .decrease, target: 20)))
        XCTAssertTrue(text.contains("Assurance: the process consistently passes the target. The target (20) is above the upper process limit (16.3)."), text)
    }

    func testNeutralDirectionJudgesNoAssurance() throws {
        let text = verdict(try chart(zigzag + ["2024-01,30"], SPCChartRequest(improvement: .neutral, target: 20)))
        XCTAssertTrue(text.contains("shows special cause neutral high: it is above the upper process limit"), text)
        XCTAssertTrue(text.contains("In a report: area to note: a significant change, no direction judged."), text)
        XCTAssertTrue(text.contains("Assurance: none, because the improvement direction is neutral"), text)
    }

    func testALowPointIsAConcernWhenHigherIsBetter() throws {
        // 0 is below the limits of the zigzag with 0 added: mean 132/13 ≈ 10.15, and the
        // screened average moving range stays 2, so the lower limit is about 4.8.
        let text = verdict(try chart(zigzag + ["2024-01,0"]))
        XCTAssertTrue(text.hasPrefix("The latest point, January 2024 (0), shows special cause concern: it is below the lower process limit (4.8)."), text)
        XCTAssertTrue(text.contains("In a report: area for further exploration."), text)
    }

    func testAShiftIsExplainedByTheMean() throws {
        // Seven values of 13 after the zigzag: all above the mean of 13 × 7 + 132 over 19.
        let rows = zigzag + (1...7).map { "2024-0\($0),13" }
        let text = verdict(try chart(rows))
        XCTAssertTrue(text.contains("shows special cause improvement: it is part of a run of seven or more points above the mean (11.7)."), text)
    }

    func testALatestPeriodWithoutAValueIsSaidAndTheLatestValueRead() throws {
        let text = verdict(try chart(zigzag + ["2024-01,"]))
        XCTAssertTrue(text.hasPrefix("""
            The latest period, January 2024, has no value (blank), so it has no verdict.
            The latest value, December 2023 (12), shows common cause variation
            """), text)
        XCTAssertTrue(text.contains("In a report: area to note: no value for the latest period."), text)
    }

    func testReadableNumbersRoundHalfAwayFromZeroAndNeverShowMinusZero() {
        XCTAssertEqual(ReadableNumber(decimals: 1).format(8.566666), "8.6")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(-0.04), "0.0")
        XCTAssertEqual(ReadableNumber(decimals: 2).format(-1.005), "-1.00")  // -1.005 is stored just above -1.005
        XCTAssertEqual(ReadableNumber(decimals: 0).format(179.5), "180")
        XCTAssertEqual(ReadableNumber(decimals: 3).format(0.05), "0.050")
    }

    func testValuesKeepTheirOwnDecimalsAndLinesOneMore() {
        let values = ReadableNumber.forValues([12, 12.5, 3.25])
        XCTAssertEqual(values, ReadableNumber(decimals: 2))
        XCTAssertEqual(ReadableNumber.forLines(given: values), ReadableNumber(decimals: 3))
        XCTAssertEqual(ReadableNumber.forLines(given: ReadableNumber.forValues([180, 12])), ReadableNumber(decimals: 1))
        XCTAssertEqual(ReadableNumber.forValues([1.0 / 3.0]), ReadableNumber(decimals: 4))
    }
}
