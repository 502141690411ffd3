import Foundation

/// How confident an interval is, or how sure a comparison must be: a two-sided level strictly
/// between 0 and 1, with its normal deviate.
///
/// Public health practice uses 95% and 99.8% (Fingertips shows both; 99.8% is roughly "three
/// standard errors", the SPC convention). Any level in (0, 1) is allowed.
public struct ConfidenceLevel: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The level as a fraction, e.g. 0.95.
    public let level: Double
    /// The two-sided normal deviate z = Φ⁻¹(1 − (1 − level) / 2), e.g. 1.959964 for 95%.
    public let z: Double

    /// A confidence level; `nil` unless 0 < `level` < 1 (so never for NaN or infinity).
    public init?(_ level: Double) {
        guard level > 0, level < 1 else { return nil }
        self.init(checked: level)
    }

    private init(checked level: Double) {
        self.level = level
        // From the small tail, −Φ⁻¹(α/2), so that levels near 1 keep their precision.
        self.z = -normalQuantile((1 - level) / 2)
    }

    /// 95%: the default everywhere.
    public static let ninetyFive = ConfidenceLevel(checked: 0.95)
    /// 99.8%: the level Fingertips pairs with 95%, about three standard errors.
    public static let ninetyNinePointEight = ConfidenceLevel(checked: 0.998)

    /// The probability left in each tail, (1 − level) / 2: 0.025 at 95%.
    public var tailProbability: Double { (1 - level) / 2 }

    /// The two-sided significance level that goes with it, 1 − level: 0.05 at 95%.
    public var significance: Double { 1 - level }

    /// "95%", "99.8%".
    public var description: String {
        let percent = (level * 100 * 1e6).rounded() / 1e6
        return percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
    }
}
