import XCTest
@testable import AssureAnalysis

/// Intervals, tests of change and comparisons with a benchmark. Every expected number was
/// computed once by an independent implementation — SciPy 1.17.1, statsmodels 0.15.0 and, where
/// SciPy is not accurate enough, mpmath 1.3.0 at 40 digits, under Python 3.11.7 — with
/// `Tests/AssureAnalysisTests/Fixtures/uncertainty_reference.py`; the comment beside each names
/// the call that gave it. Byar's limits were worked by hand from the formula in that script.
final class ProportionIntervalTests: XCTestCase {
    /// (k, n, level, Wilson low, Wilson high, exact low, exact high). Wilson from
    /// `stats.binomtest(k, n).proportion_ci(confidence_level=level, method='wilson')`; exact
    /// (Clopper–Pearson) from its definition, `stats.beta.ppf(α/2, k, n − k + 1)` and
    /// `stats.beta.ppf(1 − α/2, k + 1, n − k)`, except 1 in a million, from mpmath at 40 digits
    /// (SciPy's `binomtest(...).proportion_ci(method='exact')` solves with `brentq` to an
    /// absolute 2e-12 and is off by 3e-4 relative there: 1.00079e-9 for 1.00050e-9).
    let references: [(Int, Int, ConfidenceLevel, Double, Double, Double, Double)] = [
        (3, 5, .ninetyFive, 0.23072428127601297, 0.8823792257673521, 0.14663279963467318, 0.9472550494736831),
        (3, 5, .ninetyNinePointEight, 0.13208305938252513, 0.9366476561675179, 0.047551898175457685, 0.9898982121162623),
        (0, 10, .ninetyFive, 0.0, 0.27753279986288926, 0.0, 0.3084971078187607),
        (0, 10, .ninetyNinePointEight, 0.0, 0.4884789004534622, 0.0, 0.49881276637272765),
        (10, 10, .ninetyFive, 0.7224672001371109, 1.0, 0.6915028921812392, 1.0),
        (10, 10, .ninetyNinePointEight, 0.5115210995465378, 1.0, 0.5011872336272724, 1.0),
        (173, 389, .ninetyFive, 0.39612704898827267, 0.49441403562869846, 0.3946476624887643, 0.4956597663100598),
        (173, 389, .ninetyNinePointEight, 0.3691210328653104, 0.5229877361894074, 0.3670937630331396, 0.5242979327715094),
        (1, 1_000_000, .ninetyFive, 1.765245767453709e-07, 5.664911804311442e-06, 2.53178076637942e-08, 5.571630655172243e-06),
        (1, 1_000_000, .ninetyNinePointEight, 8.724258418884354e-08, 1.1462182830244017e-05, 1.000500333083034e-09, 9.233375465291697e-06),
        (500_000, 1_000_000, .ninetyFive, 0.4990200198900048, 0.5009799801099952, 0.49901951919531184, 0.5009804808046882),
        (500_000, 1_000_000, .ninetyNinePointEight, 0.4984548912244342, 0.5015451087755658, 0.4984543879253213, 0.5015456120746786),
    ]

    func testWilsonScoreInterval() throws {
        for (k, n, level, low, high, _, _) in references {
            let interval = try XCTUnwrap(wilsonInterval(successes: k, trials: n, level: level))
            assertClose(interval.lower, low, relative: 1e-12)
            assertClose(interval.upper, high, relative: 1e-12)
            XCTAssertEqual(interval.level, level)
        }
    }

    func testClopperPearsonInterval() throws {
        for (k, n, level, _, _, low, high) in references {
            let interval = try XCTUnwrap(clopperPearsonInterval(successes: k, trials: n, level: level))
            assertClose(interval.lower, low)
            assertClose(interval.upper, high)
        }
    }

    func testThreeOfFiveIsTwentyThreeToEightyEightPercent() throws {
        // The worked figure: 3 of 5 (60%) has a 95% Wilson interval of 23.1% to 88.2%.
        let interval = try XCTUnwrap(wilsonInterval(successes: 3, trials: 5))
        XCTAssertEqual(interval.lower * 100, 23.1, accuracy: 0.05)
        XCTAssertEqual(interval.upper * 100, 88.2, accuracy: 0.05)
    }

    func testNewcombeHybridScoreIntervalForADifference() throws {
        // confint_proportions_2indep(k1, n1, k2, n2, method='newcomb', compare='diff', alpha=…)
        let references: [(Int, Int, Int, Int, ConfidenceLevel, Double, Double)] = [
            (173, 389, 192, 400, .ninetyFive, -0.10422741382795124, 0.03418723387508349),
            (173, 389, 192, 400, .ninetyNinePointEight, -0.14301166351736802, 0.07369569890562154),
            (243, 243, 217, 219, .ninetyFive, -0.00778126135211352, 0.032680487548726656),
            (243, 243, 217, 219, .ninetyNinePointEight, -0.029466608511346498, 0.05790476313362103),
            (0, 10, 3, 12, .ninetyFive, -0.5323053349335657, 0.0708804156994084),
            (0, 10, 3, 12, .ninetyNinePointEight, -0.6695947130609672, 0.27709082614097647),
            (56, 70, 48, 80, .ninetyFive, 0.05243147240236498, 0.333872654036906),
            (56, 70, 48, 80, .ninetyNinePointEight, -0.03348725364244223, 0.4018117646026352),
        ]
        for (k1, n1, k2, n2, level, low, high) in references {
            let interval = try XCTUnwrap(newcombeDifferenceInterval(successes1: k1, trials1: n1, successes2: k2, trials2: n2, level: level))
            assertClose(interval.lower, low, relative: 1e-11)
            assertClose(interval.upper, high, relative: 1e-11)
        }
    }

    func testABillionTrialsAndNoMore() throws {
        // stats.beta.ppf(0.025, 333333333, 666666668) and stats.beta.ppf(0.975, 333333334, 666666667)
        let interval = try XCTUnwrap(clopperPearsonInterval(successes: largestExactCount / 3, trials: largestExactCount))
        assertClose(interval.lower, 0.3333041155644163, relative: 1e-12)
        assertClose(interval.upper, 0.3333625514003742, relative: 1e-12)
        XCTAssertNil(clopperPearsonInterval(successes: 1, trials: largestExactCount + 1))
        XCTAssertNil(clopperPearsonInterval(successes: 5, trials: .max))
        // Wilson's closed form has no limit.
        XCTAssertNotNil(wilsonInterval(successes: .max / 2, trials: .max))
    }

    func testInvalidProportionsHaveNoInterval() {
        XCTAssertNil(wilsonInterval(successes: 0, trials: 0))
        XCTAssertNil(wilsonInterval(successes: 6, trials: 5))
        XCTAssertNil(wilsonInterval(successes: -1, trials: 5))
        XCTAssertNil(clopperPearsonInterval(successes: 0, trials: 0))
        XCTAssertNil(clopperPearsonInterval(successes: 3, trials: -2))
        XCTAssertNil(newcombeDifferenceInterval(successes1: 1, trials1: 0, successes2: 1, trials2: 2))
    }
}

final class CountIntervalTests: XCTestCase {
    /// (count, level, Byar low, Byar high, exact low, exact high). Byar's by hand from the
    /// formula (`byar` in the script); exact from `stats.chi2.ppf(α/2, 2O) / 2` and
    /// `stats.chi2.ppf(1 − α/2, 2O + 2) / 2`.
    let references: [(Int, ConfidenceLevel, Double?, Double, Double, Double)] = [
        (0, .ninetyFive, 0.0, 3.6680118321737507, 0.0, 3.6888794541139354),
        (0, .ninetyNinePointEight, 0.0, 7.066462526829025, 0.0, 6.907755278982137),
        (1, .ninetyFive, 0.013072132901504331, 5.5637555824752605, 0.025317807984289897, 5.571643390938898),
        (1, .ninetyNinePointEight, nil, 9.362180217908362, 0.0010005003335835346, 9.233413476451585),  // Byar's lower: −0.0028
        (5, .ninetyFive, 1.6113477157471932, 11.668164123398595, 1.623486390118421, 11.66833207932267),
        (5, .ninetyNinePointEight, 0.6913957975012981, 16.534973387770673, 0.7393717319178327, 16.454745203680105),
        (9, .ninetyFive, 4.106885024013133, 17.085780688536683, 4.115373097378334, 17.084803451419166),
        (9, .ninetyNinePointEight, 2.4071167127010376, 22.720014767065095, 2.452424404363775, 22.65737330906293),
        (10, .ninetyFive, 4.787449913967563, 18.391458605756473, 4.7953886961324335, 18.39035604201778),
        (10, .ninetyNinePointEight, 2.916318374695686, 24.19372492788055, 2.96052037274376, 24.13397114541759),
        (43, .ninetyFive, 31.116170809025824, 57.92215152524413, 31.11931321196719, 57.92071781038363),
        (43, .ninetyNinePointEight, 25.51638354261258, 67.40230608569352, 25.542301102586453, 67.37274051257116),
        (49, .ninetyFive, 36.24757065275727, 64.78199480541164, 36.25046974882914, 64.7805985929183),
        (49, .ninetyNinePointEight, 30.1536086047645, 74.7523149547515, 30.178086902737885, 74.72462638951943),
        (1_000_000, .ninetyFive, 998040.9833249864, 1001961.9119606657, 998040.9833402939, 1001961.9119454322),
        (1_000_000, .ninetyNinePointEight, 996912.6171324957, 1003094.0841024572, 996912.6173198152, 1003094.0839149702),
    ]

    func testByarsApproximation() throws {
        for (count, level, low, high, _, _) in references {
            guard let low else {
                XCTAssertNil(byarInterval(count: count, level: level), "Byar's lower limit is negative for \(count)")
                continue
            }
            let interval = try XCTUnwrap(byarInterval(count: count, level: level))
            assertClose(interval.lower, low, relative: 1e-12)
            assertClose(interval.upper, high, relative: 1e-12)
        }
    }

    func testExactGarwoodInterval() throws {
        for (count, level, _, _, low, high) in references {
            let interval = try XCTUnwrap(exactPoissonInterval(count: count, level: level))
            assertClose(interval.lower, low)
            assertClose(interval.upper, high)
        }
    }

    func testSeriousIncidentsFiveAndNine() throws {
        // The worked figures: Byar's 95% intervals of 5 and 9 are about 1.6–11.7 and 4.1–17.1.
        let five = try XCTUnwrap(byarInterval(count: 5))
        let nine = try XCTUnwrap(byarInterval(count: 9))
        XCTAssertEqual(five.lower, 1.6, accuracy: 0.05)
        XCTAssertEqual(five.upper, 11.7, accuracy: 0.05)
        XCTAssertEqual(nine.lower, 4.1, accuracy: 0.05)
        XCTAssertEqual(nine.upper, 17.1, accuracy: 0.05)
    }

    func testFingertipsUsesExactBelowTenAndByarFromTen() throws {
        XCTAssertEqual(poissonInterval(count: 9), exactPoissonInterval(count: 9))
        XCTAssertEqual(poissonInterval(count: 10), byarInterval(count: 10))
        XCTAssertEqual(poissonInterval(count: 1, level: .ninetyNinePointEight), exactPoissonInterval(count: 1, level: .ninetyNinePointEight))
        XCTAssertEqual(poissonInterval(count: 5, method: .byar), byarInterval(count: 5))
        XCTAssertEqual(poissonInterval(count: 50, method: .exact), exactPoissonInterval(count: 50))
    }

    func testRateIsTheCountIntervalScaled() throws {
        // 49 events in a population of 35,000, per 10,000: Byar's 36.25–64.78 × 10,000 / 35,000.
        let rate = try XCTUnwrap(rateInterval(count: 49, population: 35_000, per: 10_000))
        assertClose(rate.lower, 36.24757065275727 * 10_000 / 35_000, relative: 1e-12)
        assertClose(rate.upper, 64.78199480541164 * 10_000 / 35_000, relative: 1e-12)
    }

    func testABillionEventsAndNoMore() throws {
        // stats.chi2.ppf(0.025, 2000000000) / 2 and stats.chi2.ppf(0.975, 2000000002) / 2
        let interval = try XCTUnwrap(exactPoissonInterval(count: largestExactCount))
        assertClose(interval.lower, 999938021.4439279, relative: 1e-12)
        assertClose(interval.upper, 1000061981.4504089, relative: 1e-12)
        XCTAssertNil(exactPoissonInterval(count: largestExactCount + 1))
        XCTAssertNil(exactPoissonInterval(count: .max))
        // Byar's closed form, and so Fingertips' choice from 10 events, has no limit.
        XCTAssertNotNil(poissonInterval(count: .max / 2))
    }

    func testInvalidCountsAndPopulationsHaveNoInterval() {
        XCTAssertNil(byarInterval(count: -1))
        XCTAssertNil(exactPoissonInterval(count: -1))
        XCTAssertNil(rateInterval(count: 5, population: 0))
        XCTAssertNil(rateInterval(count: 5, population: -10))
        XCTAssertNil(rateInterval(count: 5, population: .nan))
        XCTAssertNil(rateInterval(count: 5, population: .infinity))
        XCTAssertNil(rateInterval(count: 5, population: 100, per: .nan))
    }
}

final class ChangeTestTests: XCTestCase {
    func testSeriousIncidentsFiveAgainstNine() throws {
        // The figure, p = 0.42: stats.binomtest(5, 14, 0.5).pvalue = 0.4239501953125.
        let test = try XCTUnwrap(conditionalPoissonTest(count1: 5, count2: 9))
        assertClose(test.pValue, 0.4239501953125, relative: 1e-12)
        XCTAssertEqual(test.method, .conditionalBinomial)
        XCTAssertFalse(test.isSignificant())
    }

    func testSelfReferralsFortyNineAgainstFortyThree() throws {
        // The figure, p ≈ 0.60: stats.binomtest(49, 92, 0.5).pvalue = 0.6024122776961507.
        let test = try XCTUnwrap(conditionalPoissonTest(count1: 49, count2: 43))
        assertClose(test.pValue, 0.6024122776961507, relative: 1e-12)
    }

    func testConditionalTestWithUnequalExposures() throws {
        // stats.binomtest(x1, x1 + x2, t1 / (t1 + t2)).pvalue
        assertClose(conditionalPoissonTest(count1: 12, exposure1: 3, count2: 2, exposure2: 1)?.pValue, 0.5395930223166943, relative: 1e-12)
        assertClose(conditionalPoissonTest(count1: 30, exposure1: 12, count2: 9, exposure2: 6)?.pValue, 0.233692983918128, relative: 1e-12)
        assertClose(conditionalPoissonTest(count1: 0, count2: 4)?.pValue, 0.125, relative: 1e-12)     // binomtest(0, 4, 1/2)
        assertClose(conditionalPoissonTest(count1: 7, count2: 0)?.pValue, 0.015625, relative: 1e-12)  // binomtest(7, 7, 1/2)
        XCTAssertEqual(conditionalPoissonTest(count1: 10, count2: 10)?.pValue, 1)                    // binomtest(10, 20, 1/2)
        // Huge counts: binomtest(500800, 1000000, 1/2).pvalue
        assertClose(conditionalPoissonTest(count1: 500_800, count2: 499_200)?.pValue, 0.1098205565061435, relative: 1e-9)
    }

    func testABillionEventsInAllAndNoMore() {
        // stats.binomtest(500050000, 1000000000, 0.5).pvalue = 0.0015655722610772485
        assertClose(conditionalPoissonTest(count1: 500_050_000, count2: 499_950_000)?.pValue, 0.0015655722610772485, relative: 1e-9)
        XCTAssertNil(conditionalPoissonTest(count1: 500_050_000, count2: 499_950_001))
    }

    func testNoEventsAtAllIsNoEvidence() {
        // SciPy refuses binomtest(0, 0); Assure answers p = 1.
        XCTAssertEqual(conditionalPoissonTest(count1: 0, count2: 0)?.pValue, 1)
    }

    func testInvalidCountsOrExposuresHaveNoTest() {
        XCTAssertNil(conditionalPoissonTest(count1: -1, count2: 3))
        XCTAssertNil(conditionalPoissonTest(count1: 1, exposure1: 0, count2: 3))
        XCTAssertNil(conditionalPoissonTest(count1: 1, exposure1: .nan, count2: 3))
        XCTAssertNil(conditionalPoissonTest(count1: 1, count2: 3, exposure2: .infinity))
        XCTAssertNil(conditionalPoissonTest(count1: .max, count2: 3))
    }

    func testNeglectShareUsesTheChiSquareTest() throws {
        // The figure, p ≈ 0.32: 173/389 vs 192/400, every expected cell about 180 or more.
        // chi2_contingency([[173, 216], [192, 208]], correction=False).pvalue = 0.3205214220652173
        let test = try XCTUnwrap(twoProportionTest(successes1: 173, trials1: 389, successes2: 192, trials2: 400))
        XCTAssertEqual(test.method, .chiSquare)
        assertClose(test.pValue, 0.3205214220652173, relative: 1e-12)
    }

    func testSurveyOfAbout243Respondents() throws {
        // The figures, p ≈ 0.22 (100% vs 99%) and 0.76 (98% vs 97%). The reference script
        // searched surveys of 180–319 respondents (`--survey-search`): the nearest sizes to 243
        // that give both figures are 243 then 219 respondents (or 244 then 220, …), all by
        // Fisher's exact test: 243/243 vs 217/219 and 238/243 vs 213/219. For these tables
        // chi-square gives 0.14 and 0.63, Yates's correction 0.43 and 0.86.
        // fisher_exact([[243, 0], [217, 2]]).pvalue = 0.22415978815111137
        assertClose(fisherExactPValue(successes1: 243, trials1: 243, successes2: 217, trials2: 219), 0.22415978815111137, relative: 1e-11)
        // fisher_exact([[238, 5], [213, 6]]).pvalue = 0.7631052230336761
        assertClose(fisherExactPValue(successes1: 238, trials1: 243, successes2: 213, trials2: 219), 0.7631052230336761, relative: 1e-11)

        // Under Cochran's rule the first table (smallest expected cell 0.95) goes to Fisher's
        // test, but the second (smallest expected cell 5.21) to the chi-square test:
        // chi2_contingency([[238, 5], [213, 6]], correction=False).pvalue = 0.6310886070941948
        let first = try XCTUnwrap(twoProportionTest(successes1: 243, trials1: 243, successes2: 217, trials2: 219))
        XCTAssertEqual(first.method, .fisherExact)
        assertClose(first.pValue, 0.22415978815111137, relative: 1e-11)
        let second = try XCTUnwrap(twoProportionTest(successes1: 238, trials1: 243, successes2: 213, trials2: 219))
        XCTAssertEqual(second.method, .chiSquare)
        assertClose(second.pValue, 0.6310886070941948, relative: 1e-12)
        // Both are far from significant, which is what the figures were for.
        XCTAssertFalse(first.isSignificant())
        XCTAssertFalse(second.isSignificant())
    }

    func testFisherExactTest() {
        // fisher_exact([[k1, n1 − k1], [k2, n2 − k2]]).pvalue
        let references: [(Int, Int, Int, Int, Double)] = [
            (173, 389, 192, 400, 0.3532624283354229),
            (243, 243, 241, 243, 0.4989690721649485),
            (3, 5, 1, 6, 0.24242424242424238),
            (0, 10, 0, 12, 1.0),
            (10, 10, 0, 10, 1.082508822446903e-05),
            (1, 20, 8, 25, 0.030459047475496718),
            (30, 40, 18, 35, 0.0530773218809557),
            (500_000, 1_000_000, 501_000, 1_000_000, 0.1577145048697666),
            (3, 1_000_000, 12, 1_000_000, 0.03515558350245735),
        ]
        for (k1, n1, k2, n2, p) in references {
            assertClose(fisherExactPValue(successes1: k1, trials1: n1, successes2: k2, trials2: n2), p, relative: 1e-9)
        }
    }

    func testChiSquareTest() {
        // chi2_contingency([[k1, n1 − k1], [k2, n2 − k2]], correction=False).pvalue
        let references: [(Int, Int, Int, Int, Double)] = [
            (243, 243, 217, 219, 0.13545667757886048),
            (3, 5, 1, 6, 0.13684386604293008),
            (10, 10, 0, 10, 7.744216431044088e-06),
            (30, 40, 18, 35, 0.033865370332825204),
            (500_000, 1_000_000, 501_000, 1_000_000, 0.15729899949648024),
            (3, 1_000_000, 12, 1_000_000, 0.020136284276844645),
        ]
        for (k1, n1, k2, n2, p) in references {
            assertClose(chiSquarePValue(successes1: k1, trials1: n1, successes2: k2, trials2: n2), p, relative: 1e-9)
        }
        XCTAssertEqual(chiSquarePValue(successes1: 0, trials1: 10, successes2: 0, trials2: 12), 1)
    }

    func testCochransRuleChoosesTheTest() {
        // Smallest expected cell: 1.82 (Fisher), 4.0 (Fisher), 5.0 (chi-square), 7.5 (chi-square),
        // 12.6 (chi-square), from stats.contingency.expected_freq.
        XCTAssertEqual(twoProportionTest(successes1: 3, trials1: 5, successes2: 1, trials2: 6)?.method, .fisherExact)
        XCTAssertEqual(twoProportionTest(successes1: 1, trials1: 20, successes2: 8, trials2: 25)?.method, .fisherExact)
        XCTAssertEqual(twoProportionTest(successes1: 10, trials1: 10, successes2: 0, trials2: 10)?.method, .chiSquare)
        XCTAssertEqual(twoProportionTest(successes1: 3, trials1: 1_000_000, successes2: 12, trials2: 1_000_000)?.method, .chiSquare)
        XCTAssertEqual(twoProportionTest(successes1: 30, trials1: 40, successes2: 18, trials2: 35)?.method, .chiSquare)
        // All zeros: nothing to compare.
        XCTAssertEqual(twoProportionTest(successes1: 0, trials1: 10, successes2: 0, trials2: 12)?.pValue, 1)
        XCTAssertEqual(twoProportionTest(successes1: 10, trials1: 10, successes2: 12, trials2: 12)?.pValue, 1)
    }

    func testInvalidProportionsHaveNoTest() {
        XCTAssertNil(twoProportionTest(successes1: 1, trials1: 0, successes2: 1, trials2: 2))
        XCTAssertNil(twoProportionTest(successes1: 3, trials1: 2, successes2: 1, trials2: 2))
        XCTAssertNil(twoProportionTest(successes1: -1, trials1: 2, successes2: 1, trials2: 2))
    }
}

final class BenchmarkComparisonTests: XCTestCase {
    func testThreeOfFiveAgainstEnglandsFortyPercentIsSimilar() {
        // The figure: 3 of 5 (60%) vs England 40%; Wilson 23.1%–88.2% holds 40%.
        for improvement in ImprovementDirection.allCases {
            XCTAssertEqual(compareProportionWithBenchmark(successes: 3, trials: 5, benchmark: 0.4, improvement: improvement), .similar)
        }
    }

    func testPolarityNamesTheDirection() throws {
        // 173/389 = 44.5%, Wilson 39.6%–49.4% (binomtest(173, 389).proportion_ci(method='wilson')).
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.3, improvement: .increase), .better)
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.3, improvement: .decrease), .worse)
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.3, improvement: .neutral), .higher)
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.6, improvement: .increase), .worse)
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.6, improvement: .decrease), .better)
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.6, improvement: .neutral), .lower)
        // At 99.8% (36.9%–52.3%) a benchmark of 0.38 is inside; at 95% it is not.
        XCTAssertEqual(compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.38, improvement: .increase), .better)
        XCTAssertEqual(
            compareProportionWithBenchmark(successes: 173, trials: 389, benchmark: 0.38, improvement: .increase, level: .ninetyNinePointEight),
            .similar
        )
        XCTAssertTrue(BenchmarkComparison.better.isSignificant)
        XCTAssertFalse(BenchmarkComparison.similar.isSignificant)
    }

    func testALimitOnTheBenchmarkIsSimilar() {
        let interval = ConfidenceInterval(lower: 0.2, upper: 0.5, level: .ninetyFive)
        XCTAssertEqual(compareWithBenchmark(interval, benchmark: 0.2, improvement: .increase), .similar)
        XCTAssertEqual(compareWithBenchmark(interval, benchmark: 0.5, improvement: .increase), .similar)
    }

    func testRatesAgainstABenchmarkRate() {
        // 49 events in 35,000 per 10,000 = 14.0, Byar's 10.36–18.51; against 20 per 10,000.
        XCTAssertEqual(compareRateWithBenchmark(count: 49, population: 35_000, per: 10_000, benchmark: 20, improvement: .decrease), .better)
        XCTAssertEqual(compareRateWithBenchmark(count: 49, population: 35_000, per: 10_000, benchmark: 15, improvement: .decrease), .similar)
    }

    func testNonFiniteInputHasNoComparison() {
        XCTAssertNil(compareProportionWithBenchmark(successes: 3, trials: 5, benchmark: .nan, improvement: .increase))
        XCTAssertNil(compareProportionWithBenchmark(successes: 3, trials: 5, benchmark: .infinity, improvement: .increase))
        XCTAssertNil(compareProportionWithBenchmark(successes: 3, trials: 0, benchmark: 0.4, improvement: .increase))
        let broken = ConfidenceInterval(lower: .nan, upper: 1, level: .ninetyFive)
        XCTAssertNil(compareWithBenchmark(broken, benchmark: 0.4, improvement: .increase))
        XCTAssertNil(compareRateWithBenchmark(count: 4, population: .nan, benchmark: 1, improvement: .decrease))
    }
}
