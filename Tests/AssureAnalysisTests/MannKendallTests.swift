import XCTest
@testable import AssureAnalysis

/// Mann–Kendall and Sen's slope against a hand-worked example and against `pymannkendall`
/// 1.4.3 (`original_test`, an independent implementation) on a published series.
final class MannKendallTests: XCTestCase {
    /// 1, 3, 2, 3, 5 by hand. Signs of later minus earlier: from 1: + + + + (4); from 3: − 0 +
    /// (0); from 2: + + (2); from 3: + (1). S = 7. One pair of tied 3s: Var(S) =
    /// (5·4·15 − 2·1·9) / 18 = 282 / 18. z = (7 − 1) / √(282 / 18) ≈ 1.51587; p = 2(1 − Φ(z)) ≈
    /// 0.129551 (scipy's norm.cdf). The ten pairwise slopes sorted: −1, 0, ½, ⅔, ⅔, 1, 1, 1½, 2,
    /// 2: median (⅔ + 1) / 2 = ⅚. pymannkendall agrees on all of these.
    func testHandWorkedExampleWithATie() throws {
        let result = try XCTUnwrap(mannKendall([1, 3, 2, 3, 5]))
        XCTAssertEqual(result.count, 5)
        XCTAssertEqual(result.s, 7)
        XCTAssertEqual(result.variance, 282.0 / 18, accuracy: 1e-12)
        XCTAssertEqual(result.z, 6 / (282.0 / 18).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(result.z, 1.5158734579197342, accuracy: 1e-12)
        XCTAssertEqual(result.pValue, 0.12955135290440878, accuracy: 1e-12)
        XCTAssertEqual(result.tau, 0.7, accuracy: 1e-12)
        XCTAssertEqual(result.slope, 5.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(result.direction, .noTrend)
    }

    /// Annual flow of the Nile at Aswan, 1871–1970 (R's `datasets::Nile`; Cobb 1978). 100
    /// values, 85 distinct. pymannkendall 1.4.3 `original_test`: s = −1387,
    /// var_s = 112728.33333333333, z = −4.128066522844101, p = 3.658262921657496e-05,
    /// Tau = −0.2802020202020202, slope = −2.6, trend "decreasing".
    let nile: [Double?] = [
        1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140,
        995, 935, 1110, 994, 1020, 960, 1180, 799, 958, 1140,
        1100, 1210, 1150, 1250, 1260, 1220, 1030, 1100, 774, 840,
        874, 694, 940, 833, 701, 916, 692, 1020, 1050, 969,
        831, 726, 456, 824, 702, 1120, 1100, 832, 764, 821,
        768, 845, 864, 862, 698, 845, 744, 796, 1040, 759,
        781, 865, 845, 944, 984, 897, 822, 1010, 771, 676,
        649, 846, 812, 742, 801, 1040, 860, 874, 848, 890,
        744, 749, 838, 1050, 918, 986, 797, 923, 975, 815,
        1020, 906, 901, 1170, 912, 746, 919, 718, 714, 740,
    ]

    func testNileFlowAgreesWithPymannkendall() throws {
        let result = try XCTUnwrap(mannKendall(nile))
        XCTAssertEqual(result.count, 100)
        XCTAssertEqual(result.s, -1387)
        XCTAssertEqual(result.variance, 112728.33333333333, accuracy: 1e-8)
        XCTAssertEqual(result.z, -4.128066522844101, accuracy: 1e-12)
        XCTAssertEqual(result.pValue, 3.658262921657496e-05, accuracy: 1e-15)
        XCTAssertEqual(result.tau, -0.2802020202020202, accuracy: 1e-12)
        XCTAssertEqual(result.slope, -2.6, accuracy: 1e-12)
        XCTAssertEqual(result.direction, .decreasing)
    }

    /// 5, —, 7, 6, 8, —, 9, 7: six values. S = 8 (by hand: from 5: +5; from 7: −, +, +, 0 → 1;
    /// from 6: +, +, + → 3; from 8: +, − → 0; from 9: − → −1). Tied 7s: Var(S) =
    /// (6·5·17 − 18) / 18 = 492 / 18. The slopes keep each value's place in time, so the median
    /// slope is ½. pymannkendall with NaN for the gaps: s = 8, var_s = 27.333…,
    /// p = 0.1805996164939243, slope = 0.5.
    func testMissingValuesAreLeftOutButKeepTheirPlaceInTime() throws {
        let result = try XCTUnwrap(mannKendall([5, nil, 7, 6, 8, nil, 9, 7]))
        XCTAssertEqual(result.count, 6)
        XCTAssertEqual(result.s, 8)
        XCTAssertEqual(result.variance, 492.0 / 18, accuracy: 1e-12)
        XCTAssertEqual(result.pValue, 0.1805996164939243, accuracy: 1e-12)
        XCTAssertEqual(result.slope, 0.5, accuracy: 1e-12)
    }

    func testStrictlyRisingSeriesIsAnIncreasingTrend() throws {
        // S = 45 for ten rising values; Var = 10·9·25 / 18 = 125; z = 44 / √125 ≈ 3.94.
        let result = try XCTUnwrap(mannKendall((1...10).map { Double($0) }))
        XCTAssertEqual(result.s, 45)
        XCTAssertEqual(result.variance, 125)
        XCTAssertEqual(result.z, 44 / 125.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(result.slope, 1)
        XCTAssertEqual(result.direction, .increasing)
    }

    func testConstantSeriesHasNoTrend() throws {
        // Every pair tied: S = 0, and the tie term cancels the variance: (4·3·13 − 4·3·13) / 18.
        let result = try XCTUnwrap(mannKendall([2, 2, 2, 2]))
        XCTAssertEqual(result.s, 0)
        XCTAssertEqual(result.variance, 0)
        XCTAssertEqual(result.z, 0)
        XCTAssertEqual(result.pValue, 1)
        XCTAssertEqual(result.slope, 0)
        XCTAssertEqual(result.direction, .noTrend)
    }

    func testTooFewValuesGiveNoTest() {
        XCTAssertNil(mannKendall([]))
        XCTAssertNil(mannKendall([3, nil]))
        XCTAssertNil(sensSlope([nil, 4]))
    }

    func testSignificanceLevelDecidesTheDirection() {
        // p ≈ 0.1296 for the hand-worked example: a trend at 20 %, none at 5 %.
        XCTAssertEqual(mannKendall([1, 3, 2, 3, 5], significance: 0.2)?.direction, .increasing)
        XCTAssertEqual(mannKendall([1, 3, 2, 3, 5], significance: 0.05)?.direction, .noTrend)
    }

    func testSensSlopeIsTheMedianPairwiseSlopePerStep() throws {
        // Pairs of 2, 4, —, 9: (4 − 2) / 1 = 2, (9 − 2) / 3 = 7/3, (9 − 4) / 2 = 5/2; median 7/3.
        XCTAssertEqual(try XCTUnwrap(sensSlope([2, 4, nil, 9])), 7.0 / 3, accuracy: 1e-12)
    }
}
