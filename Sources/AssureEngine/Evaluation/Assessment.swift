import AssureData
import AssureLanguage

/// The monthly batch's result: every measure's finding and every outcome statement's rating
/// for one reporting period and area.
public struct Assessment: Sendable {
    public let ruleSet: RuleSet
    /// The reporting period (of the report's period type).
    public let period: Period
    public let area: String?
    /// Findings in the order the measures were written.
    public let measures: [MeasureFinding]
    public let outcomes: [OutcomeFinding]

    /// Evaluates every measure and outcome statement as of `period` (the latest complete
    /// period of the report's type when nil).
    public static func evaluate(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, period: Period? = nil,
                                area: String? = nil) -> Assessment? {
        guard let asOf = period ?? latestCompletePeriod(plan, data: data, area: area ?? plan.report.area) else { return nil }
        let area = area ?? plan.report.area
        let evaluator = MeasureEvaluator(indicators: plan.indicators, data: data)
        let measures = plan.measures.map { evaluator.evaluate($0, asOf: asOf, area: area) }
        let byName = Dictionary(measures.map { ($0.measure.name, $0) }, uniquingKeysWith: { first, _ in first })
        let outcomes = plan.outcomes.map { OutcomeEvaluator.evaluate($0, findings: byName) }
        return Assessment(ruleSet: plan, period: asOf, area: area, measures: measures, outcomes: outcomes)
    }

    /// The latest period of the report's type that has ended by the last month any recorded
    /// indicator has a figure for: with data to March 2024, a financial-year report is for
    /// 2023/24 and a quarterly one for 2023/24 Q4; with data to April 2024, still those.
    public static func latestCompletePeriod(_ plan: RuleSet, data: LatestMonthSource, area: String?) -> Period? {
        guard let last = data.latestMonth(area: area) else { return nil }
        return ReportingCalendar.period(of: plan.report.period, asOf: .month(last))
    }
}

/// Says how far the data reaches, to choose the default reporting period.
public protocol LatestMonthSource {
    /// The last month any series (of `area`, or of the one partnership) has a figure for.
    func latestMonth(area: String?) -> Month?
}

extension IndicatorData: LatestMonthSource {
    public func latestMonth(area: String?) -> Month? {
        // Periods and observations only: building every point (with its file and note) for a
        // large extract just to find its last figure would be wasted work.
        allSeries.filter { area == nil || $0.area == nil || $0.area == area }
            .compactMap { series in
                let periods = series.periods
                return series.observations.lastIndex(where: { $0.value != nil }).map { periods[$0].lastMonth }
            }
            .max()
    }
}
