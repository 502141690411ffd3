import Foundation

/// The verdict of a trend test at a chosen significance level.
public enum TrendDirection: String, Equatable, Hashable, Sendable, CaseIterable {
    case increasing
    case decreasing
    case noTrend = "no trend"
}

/// The Mann–Kendall test for a monotonic trend, with Sen's slope: the figures the original
/// test in `pymannkendall` reports, computed on the present values in time order.
public struct MannKendallResult: Equatable, Sendable {
    /// How many present values were tested.
    public var count: Int
    /// S = Σ over pairs i < j of sign(xⱼ − xᵢ).
    public var s: Int
    /// Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, summing over groups of t tied values.
    public var variance: Double
    /// (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, 0 for S = 0 (continuity
    /// correction).
    public var z: Double
    /// Two-sided p-value from the standard normal distribution: 2 × (1 − Φ(|z|)).
    public var pValue: Double
    /// Kendall's tau as `pymannkendall` gives it: S / (n(n−1)/2).
    public var tau: Double
    /// Sen's slope, per step of the series.
    public var slope: Double
    /// The significance level the direction was judged at.
    public var significance: Double
    /// Increasing or decreasing when the p-value is below `significance`; otherwise no trend.
    public var direction: TrendDirection
}

/// Runs the Mann–Kendall test on a series (`nil` is missing and is left out, as is a value that
/// is not finite; time is the index). `nil` when fewer than two values are present.
public func mannKendall(_ series: [Double?], significance: Double = 0.05) -> MannKendallResult? {
    let present = series.compactMap { $0 }.filter(\.isFinite)
    let count = present.count
    guard count >= 2, let slope = sensSlope(series) else { return nil }

    var s = 0
    for i in 0..<(count - 1) {
        for j in (i + 1)..<count {
            s += sign(present[j] - present[i])
        }
    }

    let n = Double(count)
    var tieCorrection = 0.0
    for tied in Dictionary(grouping: present, by: { $0 }).values where tied.count > 1 {
        let t = Double(tied.count)
        tieCorrection += t * (t - 1) * (2 * t + 5)
    }
    let variance = (n * (n - 1) * (2 * n + 5) - tieCorrection) / 18

    let z: Double
    if s > 0 {
        z = Double(s - 1) / variance.squareRoot()
    } else if s < 0 {
        z = Double(s + 1) / variance.squareRoot()
    } else {
        z = 0
    }
    // 2 × (1 − Φ(|z|)) = erfc(|z| / √2), without the cancellation of 1 − Φ in the tail.
    let pValue = erfc(abs(z) / 2.0.squareRoot())

    let direction: TrendDirection
    if pValue < significance {
        direction = z > 0 ? .increasing : .decreasing
    } else {
        direction = .noTrend
    }
    return MannKendallResult(
        count: count,
        s: s,
        variance: variance,
        z: z,
        pValue: pValue,
        tau: Double(s) / (n * (n - 1) / 2),
        slope: slope,
        significance: significance,
        direction: direction
    )
}
