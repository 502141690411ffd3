import AssureAnalysis
import AssureData

extension PointType {
    /// The point type in words, for tables: "common cause", "special cause improvement".
    public var words: String {
        switch self {
        case .missing: return "missing"
        case .commonCause: return "common cause"
        case .specialCauseImprovement: return "special cause improvement"
        case .specialCauseConcern: return "special cause concern"
        case .specialCauseNeutralHigh: return "special cause neutral high"
        case .specialCauseNeutralLow: return "special cause neutral low"
        }
    }

    /// How a report classifies a measure whose latest point is of this type (`spc.md`).
    public var classification: String {
        switch self {
        case .missing: return "area to note: no value for the latest period"
        case .commonCause: return "area to note: no significant change"
        case .specialCauseImprovement: return "what we are doing well"
        case .specialCauseConcern: return "area for further exploration"
        case .specialCauseNeutralHigh, .specialCauseNeutralLow: return "area to note: a significant change, no direction judged"
        }
    }
}

extension SpecialCauseRule {
    /// The rule's name in the JSON and CSV interface: `outside_limits`, `trend`, `two_in_three`, `shift`.
    public var code: String {
        switch self {
        case .outsideLimits: return "outside_limits"
        case .trend: return "trend"
        case .twoInThree: return "two_in_three"
        case .shift: return "shift"
        }
    }

    /// The rule described, for explanations: "a point outside the process limits".
    public var description: String {
        switch self {
        case .outsideLimits: return "a point outside the process limits"
        case .trend: return "a trend of seven points"
        case .twoInThree: return "two of three points near a limit"
        case .shift: return "a shift of seven points on one side of the mean"
        }
    }

    /// The rule in words, for tables: "outside limits", "two in three".
    public var words: String {
        switch self {
        case .outsideLimits: return "outside limits"
        case .trend: return "trend"
        case .twoInThree: return "two in three"
        case .shift: return "shift"
        }
    }
}

/// The sentences that read a chart aloud: the latest point's verdict and the assurance.
struct SPCVerdictWords {
    let chart: SPCChart
    let values: ReadableNumber
    let lines: ReadableNumber

    private var result: SPCResult { chart.result }

    /// "The latest point, March 2024 (180), shows special cause improvement: it is above the
    /// upper process limit (99.2)." and the report's classification; for a latest period with
    /// no value, says so and reads the latest value instead.
    var variation: String {
        guard let latest = result.points.last, chart.series.periods.indices.contains(latest.index) else {
            return "The series has no points, so there is no verdict."
        }
        let period = chart.series.periods[latest.index]
        guard latest.value == nil else {
            return "The latest point, " + verdict(on: latest) + "\nIn a report: \(latest.type.classification)."
        }
        let reason = chart.series.gap(at: latest.index)?.reasonInWords ?? "missing"
        var text = "The latest period, \(period.name), has no value (\(reason)), so it has no verdict."
        if let observed = result.latestObserved {
            text += "\nThe latest value, " + verdict(on: observed)
        }
        return text + "\nIn a report: \(PointType.missing.classification)."
    }

    /// "March 2024 (180), shows …: ….": the point's period, value, type and the reason.
    private func verdict(on point: SPCPoint) -> String {
        let period = chart.series.periods.indices.contains(point.index) ? chart.series.periods[point.index].name : "?"
        let value = point.value.map(values.format) ?? "–"
        let group = result.groups.indices.contains(point.group) ? result.groups[point.group] : nil
        let opening = "\(period) (\(value)), shows "
        guard let cause = point.specialCause else {
            let range = group?.limits.map { "(\(lines.format($0.lower)) to \(lines.format($0.upper)))" } ?? ""
            return opening + "common cause variation: no special-cause rule fires, and it lies within the process limits \(range)."
        }
        return opening + point.type.words + ": " + reason(cause, group: group) + "."
    }

    private func reason(_ cause: SpecialCause, group: SPCGroup?) -> String {
        let mean = group?.mean.map(lines.format) ?? "–"
        let limits = group?.limits
        switch (cause.rule, cause.side.isHigh) {
        case (.outsideLimits, true):
            return "it is above the upper process limit (\(limits.map { lines.format($0.upper) } ?? "–"))"
        case (.outsideLimits, false):
            return "it is below the lower process limit (\(limits.map { lines.format($0.lower) } ?? "–"))"
        case (.trend, true):
            return "it is part of a trend of seven or more points, each higher than the one before"
        case (.trend, false):
            return "it is part of a trend of seven or more points, each lower than the one before"
        case (.twoInThree, true):
            return "two of three consecutive points, all above the mean (\(mean)), are beyond the upper near limit (\(limits.map { lines.format($0.nearUpper) } ?? "–"))"
        case (.twoInThree, false):
            return "two of three consecutive points, all below the mean (\(mean)), are beyond the lower near limit (\(limits.map { lines.format($0.nearLower) } ?? "–"))"
        case (.shift, true):
            return "it is part of a run of seven or more points above the mean (\(mean))"
        case (.shift, false):
            return "it is part of a run of seven or more points below the mean (\(mean))"
        }
    }

    /// The assurance against the target in words, from the latest group's limits.
    var assurance: String {
        guard let target = chart.request.target else {
            return "Assurance: no target given, so none is judged."
        }
        let targetText = ReadableNumber.forValues([target]).format(target)
        guard let assurance = result.assurance, let limits = result.groups.last?.limits else {
            return "Assurance: none, because the improvement direction is neutral: neither side of the target (\(targetText)) is better."
        }
        let lower = lines.format(limits.lower)
        let upper = lines.format(limits.upper)
        switch assurance {
        case .inconsistent:
            return "Assurance: hit and miss. The target (\(targetText)) lies within the process limits (\(lower) to \(upper)), so the process will sometimes meet it and sometimes not."
        case .consistentPass, .consistentFail:
            let side = target > limits.upper ? "above the upper process limit (\(upper))" : "below the lower process limit (\(lower))"
            let verdict = assurance == .consistentPass ? "consistently passes" : "consistently fails"
            return "Assurance: the process \(verdict) the target. The target (\(targetText)) is \(side)."
        }
    }
}
