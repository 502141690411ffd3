/// A confidence interval the publisher gives beside a figure: OHID Fingertips exports carry
/// `Lower CI 95.0 limit`, `Upper CI 95.0 limit`, `Lower CI 99.8 limit` and `Upper CI 99.8 limit`,
/// worked out by Fingertips' own method for the indicator (which may not be the one Assure
/// would work from the count, as for a standardised rate).
public struct PublishedInterval: Hashable, Sendable {
    /// The confidence level as a fraction: 0.95 or 0.998.
    public let level: Double
    /// The limits, in the figure's own unit.
    public let lower: Double
    public let upper: Double

    public init(level: Double, lower: Double, upper: Double) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// The published limits of one point at 95% and 99.8%, NaN where the row has none, as stored
/// beside each point of a series read from a file that has them.
struct IntervalLimits: Sendable {
    var lower95 = Double.nan
    var upper95 = Double.nan
    var lower998 = Double.nan
    var upper998 = Double.nan

    static let none = IntervalLimits()

    /// The intervals whose two limits are both given, the 95% first.
    var intervals: [PublishedInterval] {
        var result: [PublishedInterval] = []
        if lower95.isFinite, upper95.isFinite { result.append(PublishedInterval(level: 0.95, lower: lower95, upper: upper95)) }
        if lower998.isFinite, upper998.isFinite { result.append(PublishedInterval(level: 0.998, lower: lower998, upper: upper998)) }
        return result
    }

    /// Whether two points' limits are the same (both absent counts as the same).
    func isSame(as other: IntervalLimits) -> Bool {
        func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }
        return same(lower95, other.lower95) && same(upper95, other.upper95)
            && same(lower998, other.lower998) && same(upper998, other.upper998)
    }
}
