import AssureAnalysis
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

    /// Evaluates every measure and outcome statement as of `period` (by default the latest
    /// period of the report's type that the measures' data covers, `latestCompletePeriod`),
    /// whatever comes of it; nil only when there is no default period. `assess` refuses a
    /// period or area in which nothing could be judged.
    public static func evaluate(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, period: Period? = nil,
                                area: String? = nil) -> Assessment? {
        let area = area ?? plan.report.area
        guard let asOf = period ?? latestCompletePeriod(plan, data: data, area: area) else { return nil }
        let evaluator = MeasureEvaluator(indicators: plan.indicators, data: data,
                                         confidence: ConfidenceLevel(plan.report.confidence) ?? .ninetyFive)
        let measures = plan.measures.map { evaluator.evaluate($0, asOf: asOf, area: area) }
        let byName = Dictionary(measures.map { ($0.measure.name, $0) }, uniquingKeysWith: { first, _ in first })
        let outcomes = plan.outcomes.map { OutcomeEvaluator.evaluate($0, findings: byName) }
        return Assessment(ruleSet: plan, period: asOf, area: area, measures: measures, outcomes: outcomes)
    }

    /// Evaluates as `evaluate` does, but never gives an assessment in which nothing is judged:
    /// a rule set without measures, data without figures for them, a period for which no
    /// measure has a figure, or an `area` the data does not hold (other than the report's own)
    /// is an `AssessmentProblem` that says what there is instead.
    public static func assess(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, period: Period? = nil,
                              area: String? = nil) throws(AssessmentProblem) -> Assessment {
        guard !plan.measures.isEmpty else { throw .noMeasures }
        // An area of the published files may be written by its name (Salford) or its code.
        if let area, area != plan.report.area, !data.areas.contains(area), data.publishedAreas.code(of: area) == nil {
            throw .unknownArea(area, areas: data.areas.sorted())
        }
        guard let assessment = evaluate(plan, data: data, period: period, area: area) else { throw .noFigures }
        guard assessment.measures.contains(where: { $0.current.value != nil }) else {
            let area = area ?? plan.report.area
            guard let first = firstCompletePeriod(plan, data: data, area: area),
                  let last = latestCompletePeriod(plan, data: data, area: area) else { throw .noFigures }
            throw .nothingJudged(period: assessment.period, first: first, last: last)
        }
        return assessment
    }

    /// The latest period of the report's type that the measures' data covers completely.
    ///
    /// What counts is the recorded indicators each measure's value uses (looking through
    /// derived indicators), never a comparison's benchmark nor a series no measure uses. An
    /// indicator *paces* the report when its periods tile the report's (monthly or quarterly
    /// data for a quarterly report); one recorded less often (a yearly population or survey in
    /// a quarterly report) holds for the periods inside its own and paces nothing. A measure
    /// reaches as far as the earliest last figure of its pacing indicators (a rate's count and
    /// population both); the data reaches as far as the measure that reaches furthest, and the
    /// report is for the latest period of its type ended by then. Only when no measure has a
    /// pacing indicator does every indicator count. With monthly counts to March 2024 and a
    /// population for 2024/25, a financial-year report is for 2023/24, a quarterly one for
    /// 2023/24 Q4; with counts to February 2024, the quarterly one is for 2023/24 Q3.
    public static func latestCompletePeriod(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, area: String?) -> Period? {
        guard let reach = Coverage(plan, data: data, area: area)?.lastMonth else { return nil }
        return ReportingCalendar.period(of: plan.report.period, asOf: .month(reach))
    }

    /// The earliest period of the report's type that the measures' data covers completely
    /// (from the first month of the pacing indicators that start earliest).
    public static func firstCompletePeriod(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, area: String?) -> Period? {
        guard let start = Coverage(plan, data: data, area: area)?.firstMonth else { return nil }
        guard let frequency = plan.report.period.frequency else { return .rolling12Months(endingIn: start.advanced(by: 11)) }
        let containing = Period.containing(start, frequency: frequency)
        return containing.firstMonth < start ? containing.advancedInSeries(by: 1) : containing
    }
}

/// Why `Assessment.assess` gives no assessment: nothing in it could have been judged.
public enum AssessmentProblem: Error, Hashable, Sendable {
    /// The rules declare no measure.
    case noMeasures
    /// No measure's indicators have any figure (for the area).
    case noFigures
    /// No measure has a figure for `period`; the measures' data covers `first` to `last`.
    case nothingJudged(period: Period, first: Period, last: Period)
    /// The area is not in the data; `areas` are the areas it holds (none: no area column).
    case unknownArea(String, areas: [String])
}

/// How far the figures of the measures' indicators reach: the first month and the last month
/// the measures' pacing indicators cover (see `Assessment.latestCompletePeriod`).
private struct Coverage {
    var firstMonth: Month
    var lastMonth: Month

    init?(_ plan: RuleSet, data: SeriesLookup & LatestMonthSource, area: String?) {
        // An area written by its name (Salford) is found in the published data by its code.
        let area = area.map { data.publishedAreas.code(of: $0) ?? $0 }
        guard let horizon = data.latestMonth(area: area) else { return nil }
        let sample = ReportingCalendar.period(of: plan.report.period, asOf: .month(horizon))
        var pacedReach: [Month] = []
        var anyReach: [Month] = []
        var pacedStarts: [Month] = []
        var anyStarts: [Month] = []
        for measure in plan.measures {
            var paced: [(first: Month, last: Month?)] = []
            var all: [(first: Month, last: Month?)] = []
            for name in measure.value.recordedIndicators({ plan.indicators[$0] }) {
                guard let source = data.series(of: name, area: area), let first = source.firstPeriod else {
                    all.append((horizon, nil))
                    continue
                }
                let span = (first: first.firstMonth, last: Coverage.lastFigure(of: source, from: horizon)?.lastMonth)
                all.append(span)
                if Aggregator.subPeriods(of: sample, frequency: source.frequency) != nil { paced.append(span) }
            }
            // A measure needs every indicator it uses: it reaches as far as the shortest.
            if !paced.isEmpty, let reach = Coverage.shortest(paced) {
                pacedReach.append(reach)
                pacedStarts.append(contentsOf: paced.map(\.first))
            }
            if !all.isEmpty, let reach = Coverage.shortest(all) {
                anyReach.append(reach)
                anyStarts.append(contentsOf: all.map(\.first))
            }
        }
        let reach = pacedReach.isEmpty ? anyReach : pacedReach
        let starts = pacedReach.isEmpty ? anyStarts : pacedStarts
        guard let last = reach.max(), let first = starts.min() else { return nil }
        firstMonth = first
        lastMonth = last
    }

    /// The earliest last month of `spans`; nil when any has no figure at all.
    private static func shortest(_ spans: [(first: Month, last: Month?)]) -> Month? {
        var result: Month?
        for span in spans {
            guard let last = span.last else { return nil }
            result = min(result ?? last, last)
        }
        return result
    }

    /// The latest period of `source` with a figure, looking back from the one holding
    /// `horizon` (the last month any series reaches) to its first period.
    private static func lastFigure(of source: PointSource, from horizon: Month) -> Period? {
        guard let first = source.firstPeriod, let frequency = first.frequency else { return nil }
        var period = Period.containing(horizon, frequency: frequency)
        while period >= first {
            if source.point(at: period)?.observation.value != nil { return period }
            period = period.advancedInSeries(by: -1)
        }
        return nil
    }
}

/// Says how far the data reaches, to choose the default reporting period, and which areas it
/// holds, to refuse one it does not.
public protocol LatestMonthSource {
    /// The last month any series (of `area`, or of the one partnership) has a figure for.
    func latestMonth(area: String?) -> Month?
    /// The areas the data holds figures for, from files with an `area` column; none when every
    /// figure is the one partnership's (the default).
    var areas: [String] { get }
}

extension LatestMonthSource {
    public var areas: [String] { [] }
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
    // `areas` is IndicatorData's own (AssureData): one definition, not two.
}
