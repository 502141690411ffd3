import XCTest
@testable import AssureAnalysis

/// Point types by improvement direction, the latest point's verdict, assurance against a
/// target, and the options the method refuses.
final class SPCVerdictTests: XCTestCase {
    func testPointTypeFollowsTheImprovementDirection() {
        let above = SpecialCause(rule: .outsideLimits, side: .above)
        let falling = SpecialCause(rule: .trend, side: .decreasing)
        XCTAssertEqual(PointType(specialCause: above, improvement: .increase), .specialCauseImprovement)
        XCTAssertEqual(PointType(specialCause: above, improvement: .decrease), .specialCauseConcern)
        XCTAssertEqual(PointType(specialCause: above, improvement: .neutral), .specialCauseNeutralHigh)
        XCTAssertEqual(PointType(specialCause: falling, improvement: .increase), .specialCauseConcern)
        XCTAssertEqual(PointType(specialCause: falling, improvement: .decrease), .specialCauseImprovement)
        XCTAssertEqual(PointType(specialCause: falling, improvement: .neutral), .specialCauseNeutralLow)
        XCTAssertEqual(PointType(specialCause: nil, improvement: .decrease), .commonCause)
    }

    /// Limits 5.68 to 16.32 (mean 11, amr 2).
    let limits = SPCLimits(
        averageMovingRange: 2, lower: 5.68, upper: 16.32,
        nearLower: 11 - 10.64 / 3, nearUpper: 11 + 10.64 / 3,
        oneSigmaLower: 11 - 5.32 / 3, oneSigmaUpper: 11 + 5.32 / 3
    )

    func testTargetBelowTheLowerLimitIsAConsistentPassWhenHigherIsBetter() {
        XCTAssertEqual(Assurance(target: 5, limits: limits, improvement: .increase), .consistentPass)
        XCTAssertEqual(Assurance(target: 5, limits: limits, improvement: .decrease), .consistentFail)
    }

    func testTargetAboveTheUpperLimitIsAConsistentFailWhenHigherIsBetter() {
        XCTAssertEqual(Assurance(target: 17, limits: limits, improvement: .increase), .consistentFail)
        XCTAssertEqual(Assurance(target: 17, limits: limits, improvement: .decrease), .consistentPass)
    }

    func testTargetWithinTheLimitsIsHitAndMiss() {
        XCTAssertEqual(Assurance(target: 11, limits: limits, improvement: .increase), .inconsistent)
        // On a limit is not beyond it.
        XCTAssertEqual(Assurance(target: 16.32, limits: limits, improvement: .increase), .inconsistent)
    }

    func testNoAssuranceWithANeutralDirectionOrWithoutATarget() throws {
        XCTAssertNil(Assurance(target: 5, limits: limits, improvement: .neutral))
        let series: [Double?] = (0..<12).map { $0.isMultiple(of: 2) ? 10 : 12 }
        XCTAssertNil(try xmr(series).assurance)
        XCTAssertNil(try xmr(series, options: SPCOptions(improvement: .neutral, target: 5)).assurance)
        XCTAssertEqual(try xmr(series, options: SPCOptions(target: 5)).assurance, .consistentPass)
    }

    /// Twelve alternating points, then a rebase and twelve more 10 higher: the latest group's
    /// limits (15.68 to 26.32) decide, not the first group's.
    func testAssuranceUsesTheLatestGroup() throws {
        let first: [Double?] = (0..<12).map { $0.isMultiple(of: 2) ? 10 : 12 }
        let second = first.map { $0.map { $0 + 10 } }
        let result = try xmr(first + second, options: SPCOptions(target: 14, rebaseAt: [12]))
        XCTAssertEqual(result.assurance, .consistentPass)
    }

    func testVariationIsTheLatestPointsType() throws {
        let spike: [Double?] = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30]
        XCTAssertEqual(try xmr(spike, options: SPCOptions(improvement: .decrease)).variation, .specialCauseConcern)
        let missingLast = try xmr(spike + [nil])
        XCTAssertEqual(missingLast.variation, .missing)
        XCTAssertEqual(missingLast.latestObserved?.index, 11)
        XCTAssertEqual(missingLast.gaps, [12])
    }

    func testEmptySeriesHasNoVerdict() throws {
        let result = try xmr([], options: SPCOptions(target: 3))
        XCTAssertEqual(result.groups, [])
        XCTAssertNil(result.variation)
        XCTAssertNil(result.assurance)
    }

    func testAllMissingSeriesHasNoLines() throws {
        let result = try xmr([nil, nil, nil])
        XCTAssertNil(result.groups.first?.mean)
        XCTAssertNil(result.groups.first?.limits)
        XCTAssertEqual(result.gaps, [0, 1, 2])
        XCTAssertEqual(result.variation, .missing)
    }

    func testOptionsTheMethodRefuses() {
        let series: [Double?] = Array(repeating: 1, count: 20)
        XCTAssertThrowsError(try xmr(series, options: SPCOptions(fixAfterPoints: 11))) { error in
            XCTAssertEqual(error as? SPCError, .fixedBaselineTooShort(points: 11))
        }
        XCTAssertThrowsError(try xmr(series, options: SPCOptions(rebaseAt: [20]))) { error in
            XCTAssertEqual(error as? SPCError, .rebaseOutOfRange(index: 20, count: 20))
        }
        XCTAssertThrowsError(try xmr(series, options: SPCOptions(rebaseAt: [-1]))) { error in
            XCTAssertEqual(error as? SPCError, .rebaseOutOfRange(index: -1, count: 20))
        }
        XCTAssertThrowsError(try xmr(series, options: SPCOptions(minimumPoints: 0))) { error in
            XCTAssertEqual(error as? SPCError, .minimumPointsNotPositive(0))
        }
        XCTAssertThrowsError(try xmr(series, options: SPCOptions(target: .nan))) { error in
            XCTAssertEqual(error as? SPCError, .nonFiniteTarget)
        }
        XCTAssertThrowsError(try xmr([1, .infinity, 2])) { error in
            XCTAssertEqual(error as? SPCError, .nonFiniteValue(index: 1))
        }
        XCTAssertNoThrow(try xmr(series, options: SPCOptions(fixAfterPoints: 12)))
    }
}
