import AssureAnalysis
import AssureData

/// What an analyst asks of `assure spc`: the XmR options, with rebases written as periods.
public struct SPCChartRequest: Equatable, Sendable {
    public var improvement: ImprovementDirection
    public var target: Double?
    /// Fix each group's limits on its first N values (N ≥ 12); nil uses every value.
    public var fixAfterPoints: Int?
    /// Periods at which limits are recalculated, as the user wrote them (`2023-10`).
    public var rebase: [String]
    public var screensMovingRanges: Bool

    public init(improvement: ImprovementDirection = .increase, target: Double? = nil, fixAfterPoints: Int? = nil,
                rebase: [String] = [], screensMovingRanges: Bool = true) {
        self.improvement = improvement
        self.target = target
        self.fixAfterPoints = fixAfterPoints
        self.rebase = rebase
        self.screensMovingRanges = screensMovingRanges
    }
}

/// Why a series cannot be charted as asked: a rebase period outside the series, or a group
/// with too little data for limits. Exit status 1: the problem is in the data or its options.
public struct SPCChartProblem: Error, Equatable, Sendable {
    public var diagnostic: Diagnostic
}

/// The XmR chart of one series, with the periods it was rebased at: what the text, JSON and
/// CSV renderers read.
public struct SPCChart: Sendable {
    public var series: SPCSeries
    public var request: SPCChartRequest
    /// The rebase periods, read and in order.
    public var rebasePeriods: [Period]
    public var result: SPCResult

    /// Charts `series` as `request` asks; a problem when a rebase period is not in the series
    /// or a group has no two consecutive values to compute limits from.
    public static func draw(_ series: SPCSeries, request: SPCChartRequest) throws(SPCChartProblem) -> SPCChart {
        let span = spanInWords(series)
        var rebasePeriods: [Period] = []
        var rebaseIndices: [Int] = []
        for text in request.rebase {
            let period: Period
            do {
                period = try Period.parse(text, expecting: series.frequency)
            } catch {
                throw SPCChartProblem(diagnostic: .error("cannot rebase at '\(text)': \(error.message)", at: nil, help: error.help))
            }
            guard let index = series.index(of: period) else {
                throw SPCChartProblem(diagnostic: .error(
                    "the rebase period \(period.code) is not in the series (\(span))", at: nil,
                    help: "rebase at a period from \(series.periods.first?.code ?? "") to \(series.periods.last?.code ?? "")"))
            }
            if !rebaseIndices.contains(index) {
                rebaseIndices.append(index)
                rebasePeriods.append(period)
            }
        }
        rebasePeriods.sort()
        rebaseIndices.sort()

        let options = SPCOptions(
            improvement: request.improvement, target: request.target, fixAfterPoints: request.fixAfterPoints,
            rebaseAt: rebaseIndices, screensMovingRanges: request.screensMovingRanges)
        let result: SPCResult
        do {
            result = try xmr(series.values, options: options)
        } catch {
            throw SPCChartProblem(diagnostic: describe(error, series: series))
        }
        if series.periods.isEmpty {
            throw SPCChartProblem(diagnostic: .error("the series has no periods to chart", at: nil))
        }
        for group in result.groups where group.limits == nil {
            throw SPCChartProblem(diagnostic: noLimits(group, in: result, series: series))
        }
        return SPCChart(series: series, request: request, rebasePeriods: rebasePeriods, result: result)
    }

    /// "April 2022 to March 2024".
    static func spanInWords(_ series: SPCSeries) -> String {
        guard let first = series.periods.first, let last = series.periods.last else { return "no periods" }
        return first == last ? first.name : "\(first.name) to \(last.name)"
    }

    private static func noLimits(_ group: SPCGroup, in result: SPCResult, series: SPCSeries) -> Diagnostic {
        let which: String
        if result.groups.count == 1 {
            which = "the series"
        } else {
            let start = series.periods.indices.contains(group.range.lowerBound) ? series.periods[group.range.lowerBound].name : "?"
            which = "the group from \(start)"
        }
        let help = "an XmR chart needs at least two values in consecutive periods in each group (and 12 or more for firm limits)"
        if group.baselineCount < 2 {
            let count = group.baselineCount == 1 ? "only one value" : "no values"
            return .error("too few points to compute limits: \(which) has \(count)", at: nil, help: help)
        }
        let hasMovingRange = result.points.contains { $0.movingRange != nil && group.range.contains($0.index) }
        if !hasMovingRange {
            return .error("too few points to compute limits: \(which) has no two values in consecutive periods", at: nil, help: help)
        }
        return .error("cannot compute limits: every value of \(which) is the same, so there is no variation to measure",
                      at: nil, help: "use --no-screening to chart it with limits on the mean")
    }

    private static func describe(_ error: SPCError, series: SPCSeries) -> Diagnostic {
        switch error {
        case .fixedBaselineTooShort(let points):
            return .error("limits cannot be fixed after \(points) points", at: nil, help: "fix limits after 12 or more points")
        case .rebaseOutOfRange(let index, _):
            return .error("rebase at position \(index + 1) is outside the series", at: nil)
        case .minimumPointsNotPositive(let points):
            return .error("the minimum number of points must be positive, not \(points)", at: nil)
        case .nonFiniteValue(let index):
            let period = series.periods.indices.contains(index) ? series.periods[index].code : "position \(index + 1)"
            return .error("the value for \(period) is not a finite number", at: nil)
        case .nonFiniteTarget:
            return .error("the target is not a finite number", at: nil)
        }
    }
}
