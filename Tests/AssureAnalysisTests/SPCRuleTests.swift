import XCTest
@testable import AssureAnalysis

/// The four special-cause rules, the order that picks a label, and the runs that a rebase or
/// a gap breaks. Limits in the comments are worked as in `SPCLimitsTests`.
final class SPCRuleTests: XCTestCase {
    private func labels(_ result: SPCResult) -> [SpecialCause?] {
        result.points.map(\.specialCause)
    }

    private func indices(of rule: SpecialCauseRule, in result: SPCResult) -> [Int] {
        result.points.filter { $0.specialCause?.rule == rule }.map(\.index)
    }

    /// The spike series of `SPCLimitsTests`: mean 12.5, limits 7.18 to 17.82 after screening.
    /// The seven points before the spike are all below 12.5, so they are also a shift.
    func testPointBeyondTheUpperLimitIsOutsideLimits() throws {
        let result = try xmr([10, 12, 10, 12, 10, 12, 10, 30, 10, 12, 10, 12])
        XCTAssertEqual(indices(of: .outsideLimits, in: result), [7])
        XCTAssertEqual(result.points[7].specialCause?.side, .above)
        XCTAssertEqual(result.points[7].type, .specialCauseImprovement)
        XCTAssertTrue(result.points[7].isOutsideLimits)
        XCTAssertEqual(indices(of: .shift, in: result), Array(0...6))
        XCTAssertEqual(result.points[0].type, .specialCauseConcern)
        XCTAssertEqual((8...11).map { result.points[$0].type }, Array(repeating: .commonCause, count: 4))
    }

    /// 4, 20, 4, 20, then 10 … 16 rising, then 4, 20, 4: mean 167 / 14 ≈ 11.93, amr 108 / 13,
    /// limits −10.17 to 34.03, near limits −2.80 to 26.66: nothing outside or close, no shift.
    func testSevenRisingPointsAreATrend() throws {
        let result = try xmr([4, 20, 4, 20, 10, 11, 12, 13, 14, 15, 16, 4, 20, 4], options: SPCOptions(improvement: .decrease))
        XCTAssertEqual(indices(of: .trend, in: result), Array(4...10))
        XCTAssertEqual(Set((4...10).map { result.points[$0].specialCause?.side }), [.increasing])
        XCTAssertEqual(Set((4...10).map { result.points[$0].type }), [.specialCauseConcern])
        XCTAssertEqual(labels(result).compactMap { $0 }.count, 7)
    }

    /// 10, 11, 12, 13, 13, 14, 15, 16 rises through eight points but the equal pair breaks it
    /// into two runs of four. Mean 88 / 7, near limits 0.02 to 25.12: no other rule fires.
    func testEqualNeighboursBreakATrend() throws {
        let result = try xmr([4, 20, 4, 20, 10, 11, 12, 13, 13, 14, 15, 16, 4, 20])
        XCTAssertEqual(Set(result.points.map(\.type)), [.commonCause])
    }

    /// Sixteen alternating 10s and 12s, then 18, 12, 18, 10: mean 11.7, amr 56 / 19, near
    /// upper limit 16.93, upper limit 19.54. The two 18s are close to the limits and 18, 12, 18
    /// are all above the mean; the 12 between them is not flagged.
    func testTwoOfThreeCloseToTheLimitsOnOneSide() throws {
        let series: [Double?] = (0..<16).map { $0.isMultiple(of: 2) ? 10 : 12 } + [18, 12, 18, 10]
        let result = try xmr(series, options: SPCOptions(improvement: .neutral))
        XCTAssertEqual(indices(of: .twoInThree, in: result), [16, 18])
        XCTAssertEqual(result.points[16].specialCause?.side, .above)
        XCTAssertEqual(result.points[16].type, .specialCauseNeutralHigh)
        XCTAssertEqual(result.points[17].type, .commonCause)
        XCTAssertTrue(result.points[16].isCloseToLimits)
        XCTAssertFalse(result.points[17].isCloseToLimits)
    }

    /// The same but 18, 10, 18, 12: the point between the 18s is below the mean, so no window
    /// of three has all its points on one side.
    func testTwoCloseToTheLimitsAcrossTheMeanAreNotTwoInThree() throws {
        let series: [Double?] = (0..<16).map { $0.isMultiple(of: 2) ? 10 : 12 } + [18, 10, 18, 12]
        let result = try xmr(series)
        XCTAssertTrue(result.points[16].isCloseToLimits)
        XCTAssertTrue(result.points[18].isCloseToLimits)
        XCTAssertEqual(Set(result.points.map(\.type)), [.commonCause])
    }

    /// 4, 10, 4, then six points above, one at 12, six above: sum 192 over 16, so the mean is
    /// exactly 12. Screening drops the 9 (4 to 13): amr 25 / 14, limits 7.25 to 16.75, so the
    /// two 4s are outside and nothing else fires.
    func testPointExactlyOnTheMeanBreaksAShift() throws {
        let result = try xmr([4, 10, 4, 13, 14, 13, 14, 13, 14, 12, 13, 14, 13, 14, 13, 14])
        XCTAssertEqual(result.groups.first?.mean, 12)
        XCTAssertEqual(result.points[9].relativeToMean, 0)
        XCTAssertEqual(try XCTUnwrap(result.groups.first?.limits?.upper), 12 + 2.66 * 25 / 14, accuracy: 1e-12)
        XCTAssertEqual(indices(of: .outsideLimits, in: result), [0, 2])
        XCTAssertEqual(indices(of: .shift, in: result), [])
    }

    /// With 13 instead of the 12 the mean is 193 / 16 = 12.0625 and thirteen points in a row
    /// are above it.
    func testSevenPointsOnOneSideAreAShift() throws {
        let result = try xmr([4, 10, 4, 13, 14, 13, 14, 13, 14, 13, 13, 14, 13, 14, 13, 14])
        XCTAssertEqual(result.groups.first?.mean, 12.0625)
        XCTAssertEqual(indices(of: .shift, in: result), Array(3...15))
        XCTAssertEqual(result.points[3].specialCause?.side, .above)
        XCTAssertEqual(result.variation, .specialCauseImprovement)
    }

    /// Five alternating pairs, then 10, 11, 12, 13, 14, 15, 25: mean 210 / 17 ≈ 12.35. The jump
    /// to 25 is screened (amr 5 / 3), so the upper limit is 16.79 and 25 is outside. Every point
    /// up to the 12 at index 12 is below the mean (a shift); 10 … 25 rise (a trend).
    func testLabelOrderIsOutsideThenTrendThenShift() throws {
        let series: [Double?] = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 11, 12, 13, 14, 15, 25]
        let result = try xmr(series)
        XCTAssertEqual(result.groups.first?.screenedMovingRanges, [16])
        XCTAssertEqual(indices(of: .shift, in: result), Array(0...9))
        XCTAssertEqual(indices(of: .trend, in: result), Array(10...15))
        XCTAssertEqual(indices(of: .outsideLimits, in: result), [16])
        XCTAssertEqual(result.points[5].specialCause?.side, .below)
        XCTAssertEqual(result.points[12].specialCause, SpecialCause(rule: .trend, side: .increasing))
    }

    /// 20, 6, 20, 6, then 10 … 16 … 10 up and down through a shared peak (no screening: mean
    /// 218 / 17, limits 3.18 to 22.47). The rise starts at the second 6; the peak ends the
    /// rising trend and starts the falling one, and takes the direction of the step to its right.
    func testSharedPeakOfTwoTrendsFollowsTheRightHandTrend() throws {
        let series: [Double?] = [20, 6, 20, 6, 10, 11, 12, 13, 14, 15, 16, 15, 14, 13, 12, 11, 10]
        let result = try xmr(series, options: SPCOptions(screensMovingRanges: false))
        XCTAssertEqual(indices(of: .trend, in: result), Array(3...16))
        XCTAssertEqual(Set((3...9).map { result.points[$0].specialCause?.side }), [.increasing])
        XCTAssertEqual(Set((10...16).map { result.points[$0].specialCause?.side }), [.decreasing])
    }

    /// The package's own quirk, confirmed by running it: a rising trend that ends at an equal
    /// pair followed by a falling trend gives its last point the step to its right, 0, which it
    /// reads as "Decreasing" (case 1 of the reference fixture).
    func testTrendEndingAtAnEqualPairTakesTheEqualStepAsDecreasing() throws {
        let series: [Double?] = [20, 6, 20, 6, 10, 11, 12, 13, 14, 15, 16, 16, 15, 14, 13, 12, 11, 10]
        let result = try xmr(series, options: SPCOptions(screensMovingRanges: false))
        XCTAssertEqual(result.points[9].specialCause?.side, .increasing)
        XCTAssertEqual(result.points[10].specialCause, SpecialCause(rule: .trend, side: .decreasing))
    }

    /// The rebase series of `SPCLimitsTests`: 11, 12, 13, 14 end the first group and 15, 16, 17
    /// start the second. Seven rising points as one series; no trend once rebased.
    func testNoTrendRunsAcrossARebase() throws {
        let series: [Double?] = [10, 14, 10, 14, 10, 14, 10, 14, 11, 12, 13, 14,
                                 15, 16, 17, 10, 14, 10, 14, 10, 14, 10, 14, 10]
        XCTAssertEqual(indices(of: .trend, in: try xmr(series)), Array(8...14))
        let rebased = try xmr(series, options: SPCOptions(rebaseAt: [12]))
        XCTAssertEqual(Set(rebased.points.map(\.type)), [.commonCause])
    }

    /// 1, 9, 1, 9, 1, 9, then seven 6s: the last 9 and the 6s are above the mean (72 / 13), a
    /// shift of eight as one unbroken series, but not when a missing month splits them four
    /// and four.
    func testGapEndsAShift() throws {
        let joined: [Double?] = [1, 9, 1, 9, 1, 9, 6, 6, 6, 6, 6, 6, 6]
        XCTAssertEqual(indices(of: .shift, in: try xmr(joined)), Array(5...12))
        let split: [Double?] = [1, 9, 1, 9, 1, 9, 6, 6, 6, nil, 6, 6, 6, 6]
        let result = try xmr(split)
        XCTAssertEqual(labels(result).compactMap { $0 }, [])
        XCTAssertEqual(result.points[9].type, .missing)
    }

    func testGapEndsATrend() throws {
        let joined: [Double?] = [4, 20, 4, 20, 10, 11, 12, 13, 14, 15, 16, 4, 20, 4]
        let split: [Double?] = [4, 20, 4, 20, 10, 11, 12, nil, 13, 14, 15, 16, 4, 20, 4]
        XCTAssertEqual(indices(of: .trend, in: try xmr(joined)), Array(4...10))
        XCTAssertEqual(indices(of: .trend, in: try xmr(split)), [])
    }
}
