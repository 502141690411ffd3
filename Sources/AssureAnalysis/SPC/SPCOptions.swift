/// Which way a measure should move for things to be getting better ("polarity").
///
/// Decides whether a special cause is an improvement or a concern, and which side of the
/// limits a target must sit for assurance. `neutral` judges change without a direction.
public enum ImprovementDirection: String, Equatable, Hashable, Sendable, CaseIterable {
    case increase
    case decrease
    case neutral
}

/// How to draw and read an XmR chart: the choices `ptd_spc` offers in NHSRplotthedots 0.2.2,
/// plus Assure's own rule for short groups.
public struct SPCOptions: Equatable, Sendable {
    /// Which way is better; `increase` by default, as in the package.
    public var improvement: ImprovementDirection
    /// An optional target for assurance (consistently passing, failing, or hit and miss).
    public var target: Double?
    /// Fix the centre line and limits on the first N observed values of each group (N ≥ 12);
    /// `nil` uses every value.
    public var fixAfterPoints: Int?
    /// Indices at which a new group starts: limits are recalculated from there and no rule
    /// looks across the boundary. A rebase at index 0 changes nothing, as in the package.
    public var rebaseAt: [Int]
    /// Drop moving ranges not below 3.267 × the average moving range, then average again.
    public var screensMovingRanges: Bool
    /// A group with fewer observed values than this has trial limits.
    public var minimumPoints: Int

    /// The smallest baseline the package accepts for `fix_after_n_points`.
    public static let smallestFixedBaseline = 12

    public init(
        improvement: ImprovementDirection = .increase,
        target: Double? = nil,
        fixAfterPoints: Int? = nil,
        rebaseAt: [Int] = [],
        screensMovingRanges: Bool = true,
        minimumPoints: Int = 12
    ) {
        self.improvement = improvement
        self.target = target
        self.fixAfterPoints = fixAfterPoints
        self.rebaseAt = rebaseAt
        self.screensMovingRanges = screensMovingRanges
        self.minimumPoints = minimumPoints
    }
}

/// Why a series and its options cannot be charted. Each case names the offending value so a
/// diagnostic can point at it.
public enum SPCError: Error, Hashable, Sendable {
    /// `fixAfterPoints` is below 12, which the method (and the package) does not allow.
    case fixedBaselineTooShort(points: Int)
    /// A rebase index is negative or past the end of the series.
    case rebaseOutOfRange(index: Int, count: Int)
    /// `minimumPoints` is below 1.
    case minimumPointsNotPositive(Int)
    /// A value is infinite or not a number; only finite values or `nil` (missing) are charted.
    case nonFiniteValue(index: Int)
    /// The target is infinite or not a number.
    case nonFiniteTarget
}

extension SPCOptions {
    /// Checks the options against a series of `count` values.
    func validate(count: Int) throws(SPCError) {
        if let points = fixAfterPoints, points < Self.smallestFixedBaseline {
            throw .fixedBaselineTooShort(points: points)
        }
        if minimumPoints < 1 {
            throw .minimumPointsNotPositive(minimumPoints)
        }
        if let target, !target.isFinite {
            throw .nonFiniteTarget
        }
        for index in rebaseAt where index < 0 || index >= count {
            // A rebase at 0 is allowed even for an empty series; anything else must be a point.
            if index == 0 && count == 0 { continue }
            throw .rebaseOutOfRange(index: index, count: count)
        }
    }
}
