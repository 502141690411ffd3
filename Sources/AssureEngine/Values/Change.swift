/// Which way a figure moved from its comparison.
public enum ChangeDirection: String, Hashable, Sendable {
    case increase, decrease, none
}

/// The change from a comparison value (`base`) to the current value, as absolute difference,
/// percent of the base and, for percentages, percentage points.
///
/// A zero base makes the percent change undefined (`percent` is nil, and the finding says so);
/// no change is ever `-0`, `inf` or `nan`.
public struct Change: Hashable, Sendable {
    /// The comparison value the change is measured from.
    public let base: Double
    /// The current value.
    public let current: Double
    /// Whether the figures are percentages, so that points are the honest change.
    public let isPercentage: Bool

    public init(from base: Double, to current: Double, isPercentage: Bool) {
        self.base = base
        self.current = current
        self.isPercentage = isPercentage
    }

    /// `current − base`, in the figure's own unit.
    public var absolute: Double { Change.clean(current - base) }

    /// `(current − base) ÷ |base| × 100`; nil when the base is zero.
    public var percent: Double? {
        guard base != 0, base.isFinite, current.isFinite else { return nil }
        return Change.clean((current - base) / abs(base) * 100)
    }

    /// The difference of two percentages in percentage points; nil unless the figures are
    /// percentages.
    public var points: Double? { isPercentage ? absolute : nil }

    public var direction: ChangeDirection {
        absolute > 0 ? .increase : absolute < 0 ? .decrease : .none
    }

    /// Negative zero and non-finite values never leave the engine.
    static func clean(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return value == 0 ? 0 : value
    }
}
