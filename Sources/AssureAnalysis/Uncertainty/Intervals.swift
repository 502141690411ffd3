import Foundation

/// A two-sided confidence interval: the range of true values the data are consistent with at
/// `level`.
public struct ConfidenceInterval: Equatable, Hashable, Sendable {
    /// The lower limit.
    public var lower: Double
    /// The upper limit.
    public var upper: Double
    /// The confidence level it was computed at.
    public var level: ConfidenceLevel

    /// An interval from its limits.
    public init(lower: Double, upper: Double, level: ConfidenceLevel) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Whether `value` lies in the interval, limits included.
    public func contains(_ value: Double) -> Bool {
        value >= lower && value <= upper
    }

    /// Both limits multiplied by `factor` (a count interval to a rate, a fraction to a
    /// percentage).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor, level: level)
    }
}

// MARK: - Proportions

/// The Wilson score interval for a proportion k / n, as a fraction in [0, 1], without a
/// continuity correction (Wilson 1927; Newcombe 1998 method 3): the interval Fingertips and
/// PHEindicatormethods (`wilson_lower`, `wilson_upper`) use for proportions.
///
/// (2k + z² ∓ z √(z² + 4k(1 − k/n))) / (2(n + z²)). `nil` unless 0 ≤ k ≤ n and n > 0.
public func wilsonInterval(successes k: Int, trials n: Int, level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
    guard n > 0, k >= 0, k <= n else { return nil }
    let z = level.z, kk = Double(k), nn = Double(n)
    let centre = 2 * kk + z * z
    let spread = z * (z * z + 4 * kk * (1 - kk / nn)).squareRoot()
    let denominator = 2 * (nn + z * z)
    let lower = k == 0 ? 0 : max(0, (centre - spread) / denominator)
    let upper = k == n ? 1 : min(1, (centre + spread) / denominator)
    return ConfidenceInterval(lower: lower, upper: upper, level: level)
}

/// The exact (Clopper–Pearson 1934) interval for a proportion k / n, as a fraction: the
/// α/2 quantile of Beta(k, n − k + 1) and the 1 − α/2 quantile of Beta(k + 1, n − k), with
/// 0 and 1 at the ends. Conservative: it covers at least `level` for every true proportion.
///
/// `nil` unless 0 ≤ k ≤ n, 0 < n ≤ `largestExactCount`.
public func clopperPearsonInterval(successes k: Int, trials n: Int, level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
    guard n > 0, n <= largestExactCount, k >= 0, k <= n else { return nil }
    let tail = level.tailProbability
    let lower = k == 0 ? 0 : betaQuantile(lowerTail: tail, upperTail: 1 - tail, a: Double(k), b: Double(n - k + 1))
    let upper = k == n ? 1 : betaQuantile(lowerTail: 1 - tail, upperTail: tail, a: Double(k + 1), b: Double(n - k))
    guard lower.isFinite, upper.isFinite else { return nil }
    return ConfidenceInterval(lower: lower, upper: upper, level: level)
}

/// Newcombe's hybrid score interval for the difference of two independent proportions
/// k₁/n₁ − k₂/n₂ (Newcombe 1998, method 10; `statsmodels`
/// `confint_proportions_2indep(method='newcomb')`), as a fraction in [−1, 1].
///
/// From the Wilson intervals (l₁, u₁) and (l₂, u₂) of each proportion:
/// lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
/// `nil` unless both proportions are valid (0 ≤ k ≤ n, n > 0).
public func newcombeDifferenceInterval(
    successes1 k1: Int, trials1 n1: Int, successes2 k2: Int, trials2 n2: Int,
    level: ConfidenceLevel = .ninetyFive
) -> ConfidenceInterval? {
    guard let first = wilsonInterval(successes: k1, trials: n1, level: level),
          let second = wilsonInterval(successes: k2, trials: n2, level: level) else { return nil }
    let p1 = Double(k1) / Double(n1), p2 = Double(k2) / Double(n2)
    let difference = p1 - p2
    let below = ((p1 - first.lower) * (p1 - first.lower) + (second.upper - p2) * (second.upper - p2)).squareRoot()
    let above = ((first.upper - p1) * (first.upper - p1) + (p2 - second.lower) * (p2 - second.lower)).squareRoot()
    return ConfidenceInterval(lower: difference - below, upper: difference + above, level: level)
}

// MARK: - Counts and rates

/// How to put an interval round a count of events (a Poisson count).
public enum PoissonIntervalMethod: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Byar's approximation (Breslow and Day 1987), as in the Public Health England / OHID
    /// "Technical Guide: Confidence Intervals" and PHEindicatormethods `byars_lower`/`byars_upper`.
    case byar
    /// The exact (Garwood 1936) interval from the chi-square distribution.
    case exact
    /// Fingertips practice (PHEindicatormethods `phe_rate`): exact for counts below 10,
    /// Byar's from 10, where Byar's is already within a few hundredths of the exact limits.
    case fingertips
}

/// Byar's approximation to the exact Poisson interval for an observed count O:
/// lower = O (1 − 1/(9O) − z/(3√O))³, upper = (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³,
/// and lower = 0 for O = 0 (PHE/OHID Technical Guide: Confidence Intervals).
///
/// `nil` for a negative count, and where the approximation breaks down: the bracket of the
/// lower limit is negative (a count of 1 or 2 at 99.8%), which PHEindicatormethods also
/// reports as missing. Use `.exact` or `.fingertips` there.
public func byarInterval(count: Int, level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
    guard count >= 0 else { return nil }
    let z = level.z, o = Double(count), next = o + 1
    let upperRoot = 1 - 1 / (9 * next) + z / (3 * next.squareRoot())
    let upper = next * upperRoot * upperRoot * upperRoot
    if count == 0 {
        return ConfidenceInterval(lower: 0, upper: upper, level: level)
    }
    let lowerRoot = 1 - 1 / (9 * o) - z / (3 * o.squareRoot())
    guard lowerRoot >= 0 else { return nil }
    return ConfidenceInterval(lower: o * lowerRoot * lowerRoot * lowerRoot, upper: upper, level: level)
}

/// The exact (Garwood 1936) interval for an observed count O: lower = χ²(α/2; 2O) / 2,
/// upper = χ²(1 − α/2; 2O + 2) / 2, lower = 0 for O = 0 — equivalently the gamma quantiles
/// with shapes O and O + 1. `nil` for a negative count or one above `largestExactCount`.
public func exactPoissonInterval(count: Int, level: ConfidenceLevel = .ninetyFive) -> ConfidenceInterval? {
    guard count >= 0, count <= largestExactCount else { return nil }
    let tail = level.tailProbability
    let lower = count == 0 ? 0 : gammaQuantile(lowerTail: tail, upperTail: 1 - tail, shape: Double(count))
    let upper = gammaQuantile(lowerTail: 1 - tail, upperTail: tail, shape: Double(count) + 1)
    guard lower.isFinite, upper.isFinite else { return nil }
    return ConfidenceInterval(lower: lower, upper: upper, level: level)
}

/// The interval round an observed count of events by `method` (Fingertips practice by
/// default: exact below 10, Byar's from 10). `nil` for a negative count.
public func poissonInterval(
    count: Int, method: PoissonIntervalMethod = .fingertips, level: ConfidenceLevel = .ninetyFive
) -> ConfidenceInterval? {
    switch method {
    case .byar: return byarInterval(count: count, level: level)
    case .exact: return exactPoissonInterval(count: count, level: level)
    case .fingertips:
        return count < 10 ? exactPoissonInterval(count: count, level: level) : byarInterval(count: count, level: level)
    }
}

/// The interval round a rate: `count` events in a population (or exposure) of `population`,
/// expressed per `per` (e.g. per 10,000 children): the count's interval × per / population.
/// `nil` for a negative count, or a population or multiplier that is not finite and positive.
public func rateInterval(
    count: Int, population: Double, per: Double = 1, method: PoissonIntervalMethod = .fingertips,
    level: ConfidenceLevel = .ninetyFive
) -> ConfidenceInterval? {
    guard population.isFinite, population > 0, per.isFinite, per > 0,
          let interval = poissonInterval(count: count, method: method, level: level) else { return nil }
    return interval.scaled(by: per / population)
}
