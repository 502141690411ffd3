/// The Making Data Count verdict on one point of an XmR chart.
///
/// The five judged cases are NHSRplotthedots' `point_type` values; `missing` marks a period
/// with no value, which the package cannot represent and Assure reports as a gap.
public enum PointType: String, Equatable, Hashable, Sendable, CaseIterable {
    case missing
    case commonCause = "common_cause"
    case specialCauseImprovement = "special_cause_improvement"
    case specialCauseConcern = "special_cause_concern"
    case specialCauseNeutralHigh = "special_cause_neutral_high"
    case specialCauseNeutralLow = "special_cause_neutral_low"
}

/// The special-cause rules, in the order that picks a point's label when several fire.
public enum SpecialCauseRule: Int, Equatable, Hashable, Comparable, Sendable, CaseIterable {
    /// A point beyond a process limit.
    case outsideLimits
    /// Seven points each strictly higher (or each strictly lower) than the one before.
    case trend
    /// Two of three consecutive points beyond a near limit, all three on one side.
    case twoInThree
    /// Seven consecutive points on one side of the centre line.
    case shift

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a special-cause point lies: above or below the centre line for outside limits, two
/// in three and shift; increasing or decreasing for a trend.
public enum SpecialCauseSide: Equatable, Hashable, Sendable, CaseIterable {
    case above
    case below
    case increasing
    case decreasing

    /// Whether the side counts as "high" (above the mean or increasing).
    public var isHigh: Bool {
        switch self {
        case .above, .increasing: true
        case .below, .decreasing: false
        }
    }
}

/// The rule that labels a point and the side it lies on: the package's `special_cause_type`
/// ("Above UCL", "7 Point Trend (Increasing)", "2 in 3 Below CL", "7 Points Above CL").
public struct SpecialCause: Equatable, Hashable, Sendable {
    public var rule: SpecialCauseRule
    public var side: SpecialCauseSide

    public init(rule: SpecialCauseRule, side: SpecialCauseSide) {
        self.rule = rule
        self.side = side
    }
}

/// How reliably the latest process meets a target (the package's `assurance_type`).
public enum Assurance: String, Equatable, Hashable, Sendable, CaseIterable {
    /// The whole process range is on the good side of the target.
    case consistentPass = "consistent_pass"
    /// The whole process range is on the bad side of the target.
    case consistentFail = "consistent_fail"
    /// The target lies within the process limits: hit and miss.
    case inconsistent
}

/// The horizontal lines of one group's chart, all derived from its centre line and average
/// moving range.
public struct SPCLimits: Equatable, Sendable {
    /// The average moving range after screening, the chart's measure of spread.
    public var averageMovingRange: Double
    /// `mean − 2.66 × amr` and `mean + 2.66 × amr`: the process limits ("3σ").
    public var lower: Double
    public var upper: Double
    /// `mean ∓ (2 × 2.66 / 3) × amr`: the near limits ("2σ") used by the two-in-three rule.
    public var nearLower: Double
    public var nearUpper: Double
    /// `mean ∓ (2.66 / 3) × amr`: the 1σ lines, drawn but used by no rule.
    public var oneSigmaLower: Double
    public var oneSigmaUpper: Double
}

/// One group of points (the whole series, or a segment between rebases) with its own centre
/// line and limits.
public struct SPCGroup: Equatable, Sendable {
    /// The indices of the series that the group covers.
    public var range: Range<Int>
    /// How many values of the group are present.
    public var observedCount: Int
    /// How many values fed the centre line and moving ranges (all, or the fixed baseline).
    public var baselineCount: Int
    /// The centre line; `nil` when the baseline has no value at all.
    public var mean: Double?
    /// The limits; `nil` when there is no moving range to average (fewer than two adjacent
    /// values in the baseline, or every moving range screened out because all are equal).
    public var limits: SPCLimits?
    /// Indices whose moving range was dropped by screening.
    public var screenedMovingRanges: [Int]
    /// The group has fewer observed values than `minimumPoints`: its limits are trial limits.
    public var hasTrialLimits: Bool
}

/// One point of an XmR chart: its value, its place relative to the lines, and its verdict.
public struct SPCPoint: Equatable, Sendable {
    /// Position in the series.
    public var index: Int
    /// Position in `SPCResult.groups`.
    public var group: Int
    /// The value; `nil` for a missing period (a gap).
    public var value: Double?
    /// `|value − previous value|` within the group and baseline; `nil` for the first point of a
    /// group, a point after a gap, a missing point, or a point past a fixed baseline.
    public var movingRange: Double?
    /// +1 above the centre line, −1 below, 0 exactly on it; `nil` for a missing point.
    public var relativeToMean: Int?
    /// Strictly beyond a process limit.
    public var isOutsideLimits: Bool
    /// Not outside the limits but strictly beyond a near limit.
    public var isCloseToLimits: Bool
    /// The rule that flags the point and its side; `nil` when no rule fires.
    public var specialCause: SpecialCause?
    /// The verdict, given the improvement direction.
    public var type: PointType
}

/// The XmR chart of a series: groups with their lines, every point's verdict, the latest
/// point's verdict and the assurance against a target.
public struct SPCResult: Equatable, Sendable {
    /// The options the chart was drawn with.
    public var options: SPCOptions
    public var groups: [SPCGroup]
    public var points: [SPCPoint]
    /// Indices of missing values (gaps), in order.
    public var gaps: [Int]
    /// The point type of the latest point (`missing` if the latest period has no value);
    /// `nil` only for an empty series.
    public var variation: PointType?
    /// Consistent pass or fail, or hit and miss, from the latest group's limits; `nil` without
    /// a target, with a neutral direction, or for an empty series.
    public var assurance: Assurance?

    /// The latest point that has a value.
    public var latestObserved: SPCPoint? {
        points.last { $0.value != nil }
    }

    /// Whether any group has trial limits (the package's short-group warning).
    public var hasTrialLimits: Bool {
        groups.contains { $0.hasTrialLimits }
    }
}
