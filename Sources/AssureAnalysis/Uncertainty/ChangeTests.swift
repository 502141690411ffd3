import Foundation

/// Which test gave a p-value.
public enum SignificanceTestMethod: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Two counts of events: the exact conditional (binomial) test.
    case conditionalBinomial = "exact conditional test"
    /// Two proportions with a small expected cell: Fisher's exact test.
    case fisherExact = "Fisher's exact test"
    /// Two proportions with every expected cell at least 5: Pearson's chi-square test (the
    /// pooled two-proportion z-test), without a continuity correction.
    case chiSquare = "chi-square test"
}

/// The two-sided p-value of a comparison and the test that gave it.
public struct SignificanceTest: Equatable, Hashable, Sendable {
    /// The two-sided p-value, in [0, 1].
    public var pValue: Double
    /// The test used.
    public var method: SignificanceTestMethod

    /// A test result.
    public init(pValue: Double, method: SignificanceTestMethod) {
        self.pValue = pValue
        self.method = method
    }

    /// Whether the difference is significant at `level`: p < 1 − level (p < 0.05 at 95%).
    public func isSignificant(at level: ConfidenceLevel = .ninetyFive) -> Bool {
        pValue < level.significance
    }
}

/// The relative tolerance within which an outcome as probable as the observed one counts as
/// "as extreme" in the two-sided exact tests (scipy's `binomtest` and R's `binom.test` and
/// `fisher.test` use 1 + 10⁻⁷), so that outcomes of mathematically equal probability are not
/// split by rounding.
let relativeTieTolerance = 1 + 1e-7

// MARK: - Two counts

/// Compares two counts of events with possibly different exposures (periods of different
/// lengths, populations of different sizes): the exact conditional test.
///
/// Under the null hypothesis of equal rates, given the total n = x₁ + x₂, the first count is
/// Binomial(n, t₁ / (t₁ + t₂)) (Przyborowski and Wileński 1940; the "C-test" of Krishnamoorthy
/// and Thomson 2004). The two-sided p-value is the probability of every outcome no more
/// probable than the one observed (the "sum of small probabilities" method, as
/// `scipy.stats.binomtest(x1, x1 + x2, t1 / (t1 + t2)).pvalue`), with the relative tolerance
/// `relativeTieTolerance`. This is not scipy's `poisson_means_test`, which is the E-test of
/// Krishnamoorthy and Thomson, a different (unconditional) method.
///
/// With no events at all (x₁ = x₂ = 0) there is no evidence of a difference: p = 1.
/// `nil` for a negative count, an exposure that is not finite and positive, or more than
/// `largestExactCount` events in all.
public func conditionalPoissonTest(
    count1: Int, exposure1: Double = 1, count2: Int, exposure2: Double = 1
) -> SignificanceTest? {
    guard count1 >= 0, count2 >= 0, exposure1.isFinite, exposure2.isFinite, exposure1 > 0, exposure2 > 0 else {
        return nil
    }
    let (total, overflow) = count1.addingReportingOverflow(count2)
    guard !overflow, total <= largestExactCount else { return nil }
    if total == 0 { return SignificanceTest(pValue: 1, method: .conditionalBinomial) }
    let share = exposure1 / (exposure1 + exposure2)
    guard let p = binomialTestPValue(successes: count1, trials: total, probability: share) else { return nil }
    return SignificanceTest(pValue: p, method: .conditionalBinomial)
}

/// The two-sided exact binomial test of k successes in n trials against probability p, by
/// the method of `scipy.stats.binomtest` (sum of the probabilities of outcomes no more
/// probable than k, within the relative tolerance). `nil` unless n ≥ 1, 0 ≤ k ≤ n and
/// 0 ≤ p ≤ 1.
func binomialTestPValue(successes k: Int, trials n: Int, probability p: Double) -> Double? {
    guard n >= 1, k >= 0, k <= n, p.isFinite, p >= 0, p <= 1 else { return nil }
    if p == 0 { return k == 0 ? 1 : 0 }
    if p == 1 { return k == n ? 1 : 0 }
    let expected = p * Double(n)
    if Double(k) == expected { return 1 }
    let threshold = binomialPMF(k, trials: n, probability: p) * relativeTieTolerance
    let pmf = { (i: Int) in binomialPMF(i, trials: n, probability: p) }
    let pValue: Double
    if Double(k) < expected {
        // The probabilities fall from ⌈np⌉ to n: find the first one at or below the threshold.
        let first = firstIndex(in: Int(expected.rounded(.up))...n, where: { pmf($0) <= threshold })
        let atOrAbove = first.map { binomialTails($0 - 1, trials: n, probability: p).upper } ?? 0
        pValue = binomialTails(k, trials: n, probability: p).lower + atOrAbove
    } else {
        // The probabilities rise from 0 to ⌊np⌋: find the last one at or below the threshold.
        let last = lastIndex(in: 0...Int(expected.rounded(.down)), where: { pmf($0) <= threshold })
        let atOrBelow = last.map { binomialTails($0, trials: n, probability: p).lower } ?? 0
        pValue = atOrBelow + binomialTails(k - 1, trials: n, probability: p).upper
    }
    return min(max(pValue, 0), 1)
}

// MARK: - Two proportions

/// The smallest expected cell count at which the chi-square test is used rather than
/// Fisher's exact test (Cochran 1954: for a 2 × 2 table every expected count at least 5).
let smallestExpectedCountForChiSquare = 5.0

/// Compares two independent proportions k₁/n₁ and k₂/n₂ (two periods, two areas).
///
/// The rule, Cochran's (1954) for 2 × 2 tables and the textbook one: when every expected
/// cell count (row total × column total / grand total) is at least 5, Pearson's chi-square
/// test without continuity correction (`scipy.stats.chi2_contingency(table,
/// correction=False)`, the same p-value as the pooled two-proportion z-test); when any is
/// below 5, Fisher's exact test, two-sided (`scipy.stats.fisher_exact`). Fisher's test is
/// conservative, which errs on the side of "no change" where the counts are small.
///
/// `nil` unless both proportions are valid (0 ≤ k ≤ n, n > 0).
public func twoProportionTest(successes1 k1: Int, trials1 n1: Int, successes2 k2: Int, trials2 n2: Int) -> SignificanceTest? {
    guard n1 > 0, n2 > 0, k1 >= 0, k2 >= 0, k1 <= n1, k2 <= n2 else { return nil }
    let total = Double(n1) + Double(n2)
    let successes = Double(k1) + Double(k2)
    let failures = total - successes
    let smallestExpected = min(Double(n1), Double(n2)) * min(successes, failures) / total
    if smallestExpected < smallestExpectedCountForChiSquare {
        guard let p = fisherExactPValue(successes1: k1, trials1: n1, successes2: k2, trials2: n2) else { return nil }
        return SignificanceTest(pValue: p, method: .fisherExact)
    }
    guard let p = chiSquarePValue(successes1: k1, trials1: n1, successes2: k2, trials2: n2) else { return nil }
    return SignificanceTest(pValue: p, method: .chiSquare)
}

/// Pearson's chi-square test of a 2 × 2 table without continuity correction: z² with
/// z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p = 2(1 − Φ(|z|)). 1 when every outcome is a
/// success or every one a failure (nothing to compare). `nil` for invalid proportions.
func chiSquarePValue(successes1 k1: Int, trials1 n1: Int, successes2 k2: Int, trials2 n2: Int) -> Double? {
    guard n1 > 0, n2 > 0, k1 >= 0, k2 >= 0, k1 <= n1, k2 <= n2 else { return nil }
    let nn1 = Double(n1), nn2 = Double(n2)
    let pooled = (Double(k1) + Double(k2)) / (nn1 + nn2)
    guard pooled > 0, pooled < 1 else { return 1 }
    let z = (Double(k1) / nn1 - Double(k2) / nn2) / (pooled * (1 - pooled) * (1 / nn1 + 1 / nn2)).squareRoot()
    return erfc(abs(z) / 2.0.squareRoot())
}

/// Fisher's exact test of a 2 × 2 table, two-sided, as `scipy.stats.fisher_exact`: the sum
/// of the hypergeometric probabilities of every table with the same margins that is no more
/// probable than the observed one (within `relativeTieTolerance`; scipy uses 1 + 10⁻¹⁴, R's
/// `fisher.test` 1 + 10⁻⁷ — they differ only for tables of almost exactly equal probability).
/// 1 when a row or column is empty. `nil` for invalid proportions.
///
/// Each tail is summed outwards from where it starts and stops once the terms no longer
/// change the sum, so even tables of millions cost only thousands of terms.
func fisherExactPValue(successes1 k1: Int, trials1 n1: Int, successes2 k2: Int, trials2 n2: Int) -> Double? {
    guard n1 > 0, n2 > 0, k1 >= 0, k2 >= 0, k1 <= n1, k2 <= n2 else { return nil }
    let population = n1 + n2, draws = k1 + k2
    if draws == 0 || draws == population { return 1 }
    let pmf = { (i: Int) in hypergeometricPMF(i, population: population, marked: n1, draws: draws) }
    let lowest = max(0, draws - n2), highest = min(draws, n1)
    let mode = Int((Double(draws) + 1) * (Double(n1) + 1) / (Double(population) + 2))
    let clampedMode = min(max(mode, lowest), highest)
    let threshold = pmf(k1) * relativeTieTolerance
    if pmf(clampedMode) <= threshold { return 1 }

    var pValue = 0.0
    // Below the mode the probabilities rise; above it they fall.
    if let last = lastIndex(in: lowest...clampedMode, where: { pmf($0) <= threshold }) {
        pValue += tailSum(from: last, step: -1, to: lowest, pmf: pmf)
    }
    if let first = firstIndex(in: clampedMode...highest, where: { pmf($0) <= threshold }) {
        pValue += tailSum(from: first, step: 1, to: highest, pmf: pmf)
    }
    return min(max(pValue, 0), 1)
}

/// Σ pmf(i) from `start` to `end` stepping by `step` (±1) over terms that shrink as i moves
/// away from the mode; stops when a term no longer changes the sum.
private func tailSum(from start: Int, step: Int, to end: Int, pmf: (Int) -> Double) -> Double {
    var sum = 0.0
    var i = start
    while true {
        let term = pmf(i)
        let next = sum + term
        // The terms only shrink from here: once one no longer counts, none will.
        if term == 0 || next == sum { break }
        sum = next
        if i == end { break }
        i += step
    }
    return sum
}
