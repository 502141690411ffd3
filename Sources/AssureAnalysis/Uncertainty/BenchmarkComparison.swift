import Foundation

/// How a local value compares with a benchmark (England, the region, statistical neighbours),
/// the public-health way: by whether the benchmark lies inside the local value's confidence
/// interval (Fingertips' "compared with benchmark").
///
/// With a direction of improvement the answer is `better`, `similar` or `worse`; without one
/// (a neutral measure) it is `higher`, `similar` or `lower`, which says a difference is real
/// without calling it good or bad.
public enum BenchmarkComparison: String, Equatable, Hashable, Sendable, CaseIterable {
    /// Significantly better: the whole interval is on the good side of the benchmark.
    case better
    /// Not significantly different: the benchmark is inside the interval (limits included).
    case similar
    /// Significantly worse: the whole interval is on the bad side of the benchmark.
    case worse
    /// Significantly higher, for a measure with no better direction.
    case higher
    /// Significantly lower, for a measure with no better direction.
    case lower

    /// Whether the difference from the benchmark is significant (anything but `similar`).
    public var isSignificant: Bool { self != .similar }
}

/// Compares a local value's confidence interval with a benchmark value: `similar` when the
/// benchmark lies in the interval, limits included; otherwise `better`/`worse` by
/// `improvement` (`higher`/`lower` when it is `neutral`).
///
/// The interval and the benchmark must be on the same scale (both fractions, or both rates
/// per the same N). `nil` when the benchmark or a limit is not finite.
public func compareWithBenchmark(
    _ interval: ConfidenceInterval, benchmark: Double, improvement: ImprovementDirection
) -> BenchmarkComparison? {
    guard benchmark.isFinite, interval.lower.isFinite, interval.upper.isFinite else { return nil }
    if interval.contains(benchmark) { return .similar }
    let isHigher = interval.lower > benchmark
    switch improvement {
    case .increase: return isHigher ? .better : .worse
    case .decrease: return isHigher ? .worse : .better
    case .neutral: return isHigher ? .higher : .lower
    }
}

/// Compares a proportion k / n with a benchmark proportion (a fraction, 0.4 for 40%) by the
/// proportion's Wilson score interval, as Fingertips does. For example 3 of 5 (60%) against
/// England's 40%: the 95% interval is 23.1% to 88.2%, which holds 40%, so `similar`.
/// `nil` for an invalid proportion or a benchmark that is not finite.
public func compareProportionWithBenchmark(
    successes k: Int, trials n: Int, benchmark: Double, improvement: ImprovementDirection,
    level: ConfidenceLevel = .ninetyFive
) -> BenchmarkComparison? {
    guard let interval = wilsonInterval(successes: k, trials: n, level: level) else { return nil }
    return compareWithBenchmark(interval, benchmark: benchmark, improvement: improvement)
}

/// Compares a rate (`count` events in `population`, per `per`) with a benchmark rate on the
/// same scale, by the count's interval (Fingertips practice by default: exact below 10
/// events, Byar's from 10). `nil` for invalid input.
public func compareRateWithBenchmark(
    count: Int, population: Double, per: Double = 1, benchmark: Double, improvement: ImprovementDirection,
    method: PoissonIntervalMethod = .fingertips, level: ConfidenceLevel = .ninetyFive
) -> BenchmarkComparison? {
    guard let interval = rateInterval(count: count, population: population, per: per, method: method, level: level) else {
        return nil
    }
    return compareWithBenchmark(interval, benchmark: benchmark, improvement: improvement)
}
