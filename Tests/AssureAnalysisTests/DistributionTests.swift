import XCTest
@testable import AssureAnalysis

/// Asserts that `actual` is within `relative` of `expected` (relative to |expected|, or
/// absolutely when `expected` is 0).
func assertClose(
    _ actual: Double?, _ expected: Double, relative: Double = 1e-10,
    file: StaticString = #filePath, line: UInt = #line
) {
    guard let actual else {
        XCTFail("nil, expected \(expected)", file: file, line: line)
        return
    }
    let tolerance = expected == 0 ? relative : abs(expected) * relative
    XCTAssertEqual(actual, expected, accuracy: tolerance, file: file, line: line)
}

/// The distributions under the intervals and tests. Every expected number was computed once by
/// an independent implementation — SciPy 1.17.1 and, where SciPy is not accurate enough,
/// mpmath 1.3.0 at 40 digits, under Python 3.11.7 — with
/// `Tests/AssureAnalysisTests/Fixtures/uncertainty_reference.py`; the comment beside each names
/// the call that gave it.
final class DistributionTests: XCTestCase {
    func testNormalDistributionFunction() {
        assertClose(normalCDF(-10), 7.61985302416047e-24, relative: 1e-12)       // stats.norm.cdf(-10.0)
        assertClose(normalCDF(-3), 0.0013498980316300933, relative: 1e-14)      // stats.norm.cdf(-3.0)
        assertClose(normalCDF(-1.959963984540054), 0.025, relative: 1e-14)      // stats.norm.cdf(-1.959963984540054)
        assertClose(normalCDF(-0.5), 0.3085375387259869, relative: 1e-14)       // stats.norm.cdf(-0.5)
        assertClose(normalCDF(0), 0.5, relative: 1e-15)                         // stats.norm.cdf(0.0)
        assertClose(normalCDF(1), 0.8413447460685429, relative: 1e-14)         // stats.norm.cdf(1.0)
        assertClose(normalCDF(3), 0.9986501019683699, relative: 1e-14)         // stats.norm.cdf(3.0)
        assertClose(normalCDF(8), 0.9999999999999993, relative: 1e-15)         // stats.norm.cdf(8.0)
        XCTAssertEqual(normalCDF(-40), 0)                                       // stats.norm.cdf(-40.0) = 0.0
        XCTAssertEqual(normalCDF(-.infinity), 0)
        XCTAssertEqual(normalCDF(.infinity), 1)
        XCTAssertTrue(normalCDF(.nan).isNaN)
    }

    func testNormalQuantileIsWichurasAS241() {
        assertClose(normalQuantile(1e-300), -37.0470962993612, relative: 1e-13)       // stats.norm.ppf(1e-300)
        assertClose(normalQuantile(1e-10), -6.361340902404056, relative: 1e-13)        // stats.norm.ppf(1e-10)
        assertClose(normalQuantile(0.00135), -2.9999769927033935, relative: 1e-13)     // stats.norm.ppf(0.00135)
        assertClose(normalQuantile(0.025), -1.9599639845400545, relative: 1e-14)       // stats.norm.ppf(0.025)
        assertClose(normalQuantile(0.3), -0.5244005127080409, relative: 1e-14)         // stats.norm.ppf(0.3)
        XCTAssertEqual(normalQuantile(0.5), 0)                                         // stats.norm.ppf(0.5)
        assertClose(normalQuantile(0.975), 1.959963984540054, relative: 1e-14)         // stats.norm.ppf(0.975)
        assertClose(normalQuantile(0.999), 3.090232306167813, relative: 1e-14)         // stats.norm.ppf(0.999)
        assertClose(normalQuantile(1 - 1e-12), 7.0344869100478356, relative: 1e-6)     // stats.norm.ppf(0.999999999999)
        XCTAssertEqual(normalQuantile(0), -.infinity)
        XCTAssertEqual(normalQuantile(1), .infinity)
        XCTAssertTrue(normalQuantile(-0.1).isNaN)
        XCTAssertTrue(normalQuantile(1.1).isNaN)
        XCTAssertTrue(normalQuantile(.nan).isNaN)
    }

    func testRegularizedIncompleteBeta() {
        let cases: [(a: Double, b: Double, x: Double, lower: Double, upper: Double)] = [
            (0.5, 0.5, 0.3, 0.36901011956554536, 0.6309898804344546),   // special.betainc / betaincc(0.5, 0.5, 0.3)
            (2, 3, 0.4, 0.5247999999999999, 0.47519999999999996),       // special.betainc / betaincc(2, 3, 0.4)
            (5, 10, 0.9, 0.99999993159585, 6.840414999999985e-08),      // special.betainc / betaincc(5, 10, 0.9)
            (100, 200, 0.3, 0.10884306564490986, 0.8911569343550902),   // special.betainc / betaincc(100, 200, 0.3)
            (1e5, 1e5, 0.501, 0.8144532554424423, 0.18554674455755676), // special.betainc / betaincc(1e5, 1e5, 0.501)
            (1e6, 2e6, 0.333, 0.11032283951662562, 0.8896771604833503), // special.betainc / betaincc(1e6, 2e6, 0.333)
        ]
        for c in cases {
            let tails = regularizedBeta(a: c.a, b: c.b, x: c.x)
            assertClose(tails.lower, c.lower)
            assertClose(tails.upper, c.upper, relative: 1e-9)
        }
        XCTAssertEqual(regularizedBeta(a: 2, b: 3, x: 0), Tails(lower: 0, upper: 1))
        XCTAssertEqual(regularizedBeta(a: 2, b: 3, x: 1), Tails(lower: 1, upper: 0))
        for bad in [
            regularizedBeta(a: .nan, b: 1, x: 0.5), regularizedBeta(a: 1, b: .infinity, x: 0.5),
            regularizedBeta(a: 1, b: 1, x: .nan), regularizedBeta(a: 0, b: 1, x: 0.5), regularizedBeta(a: 1, b: 1, x: 1.5),
        ] {
            XCTAssertTrue(bad.lower.isNaN && bad.upper.isNaN)
        }
    }

    func testRegularizedIncompleteGamma() {
        let cases: [(a: Double, x: Double, lower: Double, upper: Double)] = [
            (0.5, 0.1, 0.34527915398142317, 0.6547208460185768),     // special.gammainc / gammaincc(0.5, 0.1)
            (1, 1, 0.6321205588285577, 0.36787944117144245),         // special.gammainc / gammaincc(1, 1)
            (3, 10, 0.9972306042844884, 0.0027693957155115775),      // special.gammainc / gammaincc(3, 10)
            (10, 3, 0.0011024881301154815, 0.9988975118698845),      // special.gammainc / gammaincc(10, 3)
            (100, 90, 0.15822098918643007, 0.84177901081357),        // special.gammainc / gammaincc(100, 90)
            (1e6, 1e6 + 2000, 0.9771959041012303, 0.022804095898769836),  // special.gammainc / gammaincc(1e6, 1002000)
        ]
        for c in cases {
            let tails = regularizedGamma(a: c.a, x: c.x)
            assertClose(tails.lower, c.lower)
            assertClose(tails.upper, c.upper)
        }
        for bad in [
            regularizedGamma(a: .nan, x: 1), regularizedGamma(a: 1, x: .nan), regularizedGamma(a: 1, x: .infinity),
            regularizedGamma(a: -1, x: 1), regularizedGamma(a: 1, x: -1),
        ] {
            XCTAssertTrue(bad.lower.isNaN && bad.upper.isNaN)
        }
    }

    func testBinomialProbabilities() {
        let cases: [(k: Int, n: Int, p: Double, pmf: Double, cdf: Double, sf: Double)] = [
            // stats.binom.pmf / cdf / sf(k, n, p)
            (5, 14, 0.5, 0.12219238281249986, 0.21197509765625, 0.78802490234375),
            (0, 10, 0.3, 0.0282475249, 0.028247524900000005, 0.9717524751),
            (3, 5, 0.4, 0.23039999999999994, 0.91296, 0.08704000000000002),
            (490_000, 1_000_000, 0.5, 1.089780239299614e-90, 2.772181643854259e-89, 1.0),
            (10, 1000, 0.001, 9.782838349942024e-08, 0.9999999904000448, 9.599955185228224e-09),
        ]
        for c in cases {
            assertClose(binomialPMF(c.k, trials: c.n, probability: c.p), c.pmf)
            let tails = binomialTails(c.k, trials: c.n, probability: c.p)
            assertClose(tails.lower, c.cdf)
            assertClose(tails.upper, c.sf)
        }
        XCTAssertTrue(binomialPMF(1, trials: 3, probability: .nan).isNaN)
        XCTAssertEqual(binomialPMF(4, trials: 3, probability: 0.5), 0)
    }

    func testPoissonProbabilities() {
        let cases: [(k: Int, mean: Double, pmf: Double, cdf: Double, sf: Double)] = [
            // stats.poisson.pmf / cdf / sf(k, mean)
            (0, 1.5, 0.22313016014842982, 0.22313016014842982, 0.7768698398515702),
            (6, 1.5, 0.003529988861723204, 0.9990740080864754, 0.0009259919135246427),
            (7, 1.5, 0.0007564261846549723, 0.9998304342711303, 0.0001695657288696701),
            (20, 3.0, 7.135378768777153e-11, 0.9999999999882095, 1.1790448194145643e-11),
            // The density here from mpmath at 40 digits: SciPy's 0.0002420514151253467 (from
            // exp of log-gamma differences) is 3e-10 off.
            (999_000, 1_000_000, 0.000242051415050649, 0.15877629981172567, 0.8412237001882743),
        ]
        for c in cases {
            assertClose(poissonPMF(c.k, mean: c.mean), c.pmf)
            let tails = poissonTails(c.k, mean: c.mean)
            assertClose(tails.lower, c.cdf)
            assertClose(tails.upper, c.sf)
        }
        XCTAssertTrue(poissonTails(1, mean: .infinity).lower.isNaN)
        XCTAssertTrue(poissonPMF(1, mean: -1).isNaN)
    }

    func testHypergeometricProbabilities() {
        // stats.hypergeom.pmf(k, M, n, N): N drawn from M of which n are marked.
        assertClose(hypergeometricPMF(243, population: 462, marked: 243, draws: 460), 0.22415978815111137)
        assertClose(hypergeometricPMF(5, population: 20, marked: 7, draws: 12), 0.2860681114551084)
        // mpmath at 40 digits, C(1e6, 500)² / C(2e6, 1000); SciPy's 0.025231326806612882 is 4e-10 off.
        assertClose(hypergeometricPMF(500, population: 2_000_000, marked: 1_000_000, draws: 1000), 0.025231326797158882)
        XCTAssertEqual(hypergeometricPMF(8, population: 20, marked: 7, draws: 12), 0)
    }

    func testQuantilesForTheExactIntervals() {
        assertClose(betaQuantile(lowerTail: 0.025, upperTail: 0.975, a: 1, b: 10), 0.0025285785444617848)   // stats.beta.ppf(0.025, 1, 10)
        assertClose(betaQuantile(lowerTail: 0.975, upperTail: 0.025, a: 4, b: 2), 0.9472550494736831)       // stats.beta.ppf(0.975, 4, 2)
        assertClose(betaQuantile(lowerTail: 0.001, upperTail: 0.999, a: 1, b: 1_000_000), 1.000500333083033e-09)  // stats.beta.ppf(0.001, 1, 1000000)
        assertClose(betaQuantile(lowerTail: 0.999, upperTail: 0.001, a: 5e5, b: 5e5), 0.5015451128505818)   // stats.beta.ppf(0.999, 5e5, 5e5)
        // The chi-square quantile with ν degrees of freedom is twice the gamma quantile of shape ν/2.
        assertClose(2 * gammaQuantile(lowerTail: 0.025, upperTail: 0.975, shape: 5), 3.2469727802368413)    // stats.chi2.ppf(0.025, 10)
        assertClose(2 * gammaQuantile(lowerTail: 0.975, upperTail: 0.025, shape: 6), 23.33666415864534)     // stats.chi2.ppf(0.975, 12)
        assertClose(2 * gammaQuantile(lowerTail: 0.001, upperTail: 0.999, shape: 1), 0.002001000667167068) // stats.chi2.ppf(0.001, 2)
        assertClose(2 * gammaQuantile(lowerTail: 0.999, upperTail: 0.001, shape: 1_000_001), 2006188.1678299403)  // stats.chi2.ppf(0.999, 2000002)
        XCTAssertTrue(betaQuantile(lowerTail: .nan, upperTail: .nan, a: 1, b: 1).isNaN)
        XCTAssertTrue(gammaQuantile(lowerTail: 0.5, upperTail: 0.5, shape: .infinity).isNaN)
        XCTAssertTrue(gammaQuantile(lowerTail: 0.5, upperTail: 0.5, shape: .nan).isNaN)
    }
}

final class ConfidenceLevelTests: XCTestCase {
    func testStandardLevels() {
        XCTAssertEqual(ConfidenceLevel.ninetyFive.level, 0.95)
        assertClose(ConfidenceLevel.ninetyFive.z, 1.959963984540054, relative: 1e-14)            // stats.norm.ppf(0.975)
        assertClose(ConfidenceLevel.ninetyNinePointEight.z, 3.090232306167813, relative: 1e-13)  // stats.norm.ppf(0.999)
        XCTAssertEqual(ConfidenceLevel.ninetyFive.description, "95%")
        XCTAssertEqual(ConfidenceLevel.ninetyNinePointEight.description, "99.8%")
        XCTAssertEqual(ConfidenceLevel(0.95), .ninetyFive)
    }

    func testOnlyLevelsStrictlyBetweenZeroAndOne() {
        for bad in [0, 1, -0.5, 1.5, .nan, .infinity, -.infinity] {
            XCTAssertNil(ConfidenceLevel(bad), "\(bad)")
        }
        XCTAssertNotNil(ConfidenceLevel(0.5))
        XCTAssertNotNil(ConfidenceLevel(0.999_999))
    }
}
