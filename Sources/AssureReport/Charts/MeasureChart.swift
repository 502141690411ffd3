import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage

/// What the chart of a headline measure draws, worked out once from its finding so that the
/// HTML (SVG) and Word (PNG) charts and the text alternative all say the same: the periods on a
/// time scale, each value or gap, the mean and process limits when statistical process control
/// judged the measure (each point's Making Data Count type), the target, the benchmark, the
/// period compared with, and a value scale that does not exaggerate (`ValueScale`).
///
/// Positions on the time axis are in months (`Month.index`), a period at its middle, so that a
/// survey run in 2019, 2021 and 2023 is three waves two years apart, whatever the years between.
public struct MeasureChart: Hashable, Sendable {
    /// The measure's title.
    public let title: String
    /// How often the measure is judged, for the text alternative: "Monthly", "Annual".
    public let cadence: String
    public let style: NumberStyle
    /// The value axis's title: "Count", "Percentage", "Rate per 10,000".
    public let valueLabel: String
    /// The periods drawn, oldest first: each with a value or a gap. Periods of a year or more
    /// with no data at all (a survey year never run) are not among them.
    public let periods: [PlottedPeriod]
    /// Periods left out because nothing was collected in them (a survey not run that year).
    public let notCollected: [Period]
    /// The time axis, in months: from the first period's start to the last period's end.
    public let time: ClosedRange<Double>
    public let scale: ValueScale
    /// The indices of `periods` whose names label the time axis (thinned when there are many;
    /// the reporting period always).
    public let labelled: [Int]
    /// The mean and process limits of each group, when statistical process control judged it.
    public let processLines: [ProcessLines]
    /// Which chart judged the measure: nil without statistical process control.
    public let control: ControlChart?
    /// The type of the latest point (the variation icon) and the assurance against the target
    /// (the assurance icon), when statistical process control judged the measure.
    public let variation: PointType?
    public let assurance: Assurance?
    /// The special-cause rule that flags the latest point, when one does.
    public let latestRule: SpecialCauseRule?
    /// The confidence level of the intervals drawn ("95%"), when there are any.
    public let intervalLevel: String?
    public let target: Double?
    public let benchmark: ReferenceValue?
    /// The index in `periods` of the period the value is compared with, when it is charted.
    public let comparisonIndex: Int?
    /// The index in `periods` of the reporting period, when it is charted.
    public let reportingIndex: Int?

    /// The chart that judged a measure by statistical process control.
    public enum ControlChart: String, Hashable, Sendable {
        /// An XmR chart (individuals and moving range), Making Data Count's chart.
        case xmr
        /// A Poisson chart with exact probability limits, for counts of rare events.
        case poisson
    }

    /// At most this many period names on the time axis.
    static let mostLabels = 6
}

/// One period on a chart: where it sits in time, and its value or why there is none.
public struct PlottedPeriod: Hashable, Sendable {
    public let period: Period
    /// The middle of the period, in months.
    public let position: Double
    public let figure: Figure
    /// The value's confidence interval, when the test of chance gave one (the reporting period
    /// and the period compared with).
    public let interval: ClosedRange<Double>?

    /// A value with its Making Data Count point type (nil without statistical process
    /// control), or a gap: a missing or suppressed figure, in words.
    public enum Figure: Hashable, Sendable {
        case value(Double, PointType?)
        case gap(String)
    }

    public var value: Double? {
        if case .value(let value, _) = figure { return value }
        return nil
    }

    /// A value's Making Data Count point type, when statistical process control judged it.
    public var pointType: PointType? {
        if case .value(_, let type) = figure { return type }
        return nil
    }
}

/// The mean and process limits of one statistical process control group, from the start of its
/// first period to the end of its last (in months).
public struct ProcessLines: Hashable, Sendable {
    public let from: Double
    public let to: Double
    public let mean: Double?
    public let lower: Double?
    public let upper: Double?
}

/// A benchmark drawn as a line: its name ("England"), the period of its figure and the figure.
public struct ReferenceValue: Hashable, Sendable {
    public let name: String
    public let period: Period?
    public let value: Double
}

extension MeasureChart {
    /// The chart of `finding`: its statistical process control chart's own points when it has
    /// one, otherwise its history from the first figure to the reporting period.
    public init(_ finding: MeasureFinding) {
        let style = NumberStyle(finding.unit)
        let byPeriod = Dictionary(finding.history.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        var candidates: [(Period, Double?, PointType?)] = []
        var lines: [ProcessLines] = []
        var control: ControlChart?
        if let spc = finding.spc {
            let periodAt = { (index: Int) in spc.periods.indices.contains(index) ? spc.periods[index] : finding.period }
            if case .chart(let poisson)? = spc.rareEvents, let start = spc.rareEventsStart {
                control = .poisson
                candidates = spc.result.points.map { point in
                    let type = point.value == nil || point.index < start ? nil : spc.type(of: poisson.points[point.index - start].signal)
                    return (periodAt(point.index), point.value, type)
                }
                if start < spc.result.points.count {
                    lines = [ProcessLines(from: Double(periodAt(start).firstMonth.index),
                                          to: Double(periodAt(spc.result.points.count - 1).lastMonth.index + 1),
                                          mean: poisson.mean, lower: poisson.lowerLimit.map(Double.init), upper: Double(poisson.upperLimit))]
                }
            } else {
                control = .xmr
                candidates = spc.result.points.map { (periodAt($0.index), $0.value, $0.value == nil ? nil : $0.type) }
                lines = spc.result.groups.compactMap { group in
                    guard let last = group.range.last else { return nil }
                    return ProcessLines(from: Double(periodAt(group.range.lowerBound).firstMonth.index), to: Double(periodAt(last).lastMonth.index + 1),
                                        mean: group.mean, lower: group.limits?.lower, upper: group.limits?.upper)
                }
            }
        } else {
            let first = finding.history.firstIndex { $0.value != nil } ?? finding.history.endIndex
            candidates = finding.history[first...].map { ($0.period, $0.value, nil) }
        }

        // Intervals from the test of chance: round the value, and round the figure compared with.
        var intervals: [Period: ClosedRange<Double>] = [:]
        var level: String?
        for comparison in finding.comparisons {
            guard let test = comparison.chance.test else { continue }
            level = level ?? test.level.description
            intervals[finding.period] = test.interval.lower...test.interval.upper
            if let period = comparison.period, let other = test.comparisonInterval { intervals[period] = other.lower...other.upper }
        }

        var periods: [PlottedPeriod] = []
        var notCollected: [Period] = []
        for (period, value, type) in candidates {
            if let value {
                periods.append(PlottedPeriod(period: period, position: MeasureChart.middle(period), figure: .value(value, type),
                                             interval: intervals[period]))
                continue
            }
            let result = byPeriod[period]?.result
            if case .unavailable(let gap)? = result, MeasureChart.nothingCollected(gap), period.months.count >= 12, period != finding.period {
                notCollected.append(period)
            } else {
                let words: String
                if case .unavailable(let gap)? = result { words = MeasureChart.gapWords(gap) } else { words = "missing" }
                periods.append(PlottedPeriod(period: period, position: MeasureChart.middle(period), figure: .gap(words), interval: nil))
            }
        }

        let target = finding.comparisons.first { if case .target = $0.basis { return true }; return false }?.figure
            ?? finding.spc?.result.options.target
        var benchmark: ReferenceValue?
        if let found = finding.comparisons.first(where: { if case .benchmark = $0.basis { return true }; return false }),
           case .benchmark(let indicator, let label) = found.basis, let figure = found.figure {
            benchmark = ReferenceValue(name: label ?? indicator, period: found.period, value: figure)
        }
        let compared = finding.comparisons.first { $0.basis.isOverTime }?.period

        self.init(title: finding.measure.title, cadence: MeasureChart.cadence(finding.period), style: style,
                  valueLabel: MeasureChart.valueLabel(finding.unit),
                  periods: periods, notCollected: notCollected.filter { missing in periods.contains { $0.period < missing } && periods.contains { $0.period > missing } },
                  processLines: lines, control: control,
                  variation: control == nil ? nil : finding.spc?.latestType,
                  assurance: control == .xmr ? finding.spc?.result.assurance : nil,
                  latestRule: control == .poisson ? (finding.spc?.latestType?.isSpecialCause == true ? .outsideLimits : nil)
                      : finding.spc?.result.latestObserved?.specialCause?.rule,
                  intervalLevel: level,
                  target: target, benchmark: benchmark,
                  comparisonIndex: compared.flatMap { period in periods.firstIndex { $0.period == period } },
                  reportingIndex: periods.lastIndex { $0.period == finding.period })
    }

    /// A chart from its parts; the time axis, the value scale and the labelled periods follow
    /// from them.
    init(title: String, cadence: String, style: NumberStyle, valueLabel: String, periods: [PlottedPeriod], notCollected: [Period],
         processLines: [ProcessLines], control: ControlChart?, variation: PointType?, assurance: Assurance?,
         latestRule: SpecialCauseRule?, intervalLevel: String?, target: Double?, benchmark: ReferenceValue?, comparisonIndex: Int?, reportingIndex: Int?) {
        self.title = title
        self.cadence = cadence
        self.style = style
        self.valueLabel = valueLabel
        self.periods = periods
        self.notCollected = notCollected
        self.processLines = processLines
        self.control = control
        self.variation = variation
        self.assurance = assurance
        self.latestRule = latestRule
        self.intervalLevel = intervalLevel
        self.target = target
        self.benchmark = benchmark
        self.comparisonIndex = comparisonIndex
        self.reportingIndex = reportingIndex
                if let first = periods.first, let last = periods.last {
            time = Double(first.period.firstMonth.index)...Double(last.period.lastMonth.index + 1)
        } else {
            time = 0...1
        }
        var figures = periods.compactMap(\.value)
        figures += periods.compactMap(\.interval).flatMap { [$0.lowerBound, $0.upperBound] }
        figures += processLines.flatMap { [$0.mean, $0.lower, $0.upper].compactMap { $0 } }
        figures += [target, benchmark?.value].compactMap { $0 }
        scale = ValueScale(figures: figures, style: style, controlled: control != nil)
        labelled = MeasureChart.labelled(count: periods.count, keeping: reportingIndex, steps: MeasureChart.labelSteps(periods.last?.period))
    }

    /// Whether a period has no figure because the data has nothing at all for it (no row: a
    /// survey not run that year), for the measure or an indicator it is made from.
    static func nothingCollected(_ gap: ValueGap) -> Bool {
        switch gap {
        case .noData: return true
        case .operandUnavailable(_, let inner): return nothingCollected(inner)
        default: return false
        }
    }

    /// Why a period is a gap, in a word or two: "missing", "confidential", or the reason.
    static func gapWords(_ gap: ValueGap) -> String {
        switch gap {
        case .noData, .incomplete: return "missing"
        case .symbols(let figures): return Set(figures.map(\.symbol)).sorted().map(\.name).joined(separator: ", ")
        case .operandUnavailable(_, let inner): return gapWords(inner)
        default: return ReasonText.gap(gap)
        }
    }

    /// The middle of a period, in months.
    static func middle(_ period: Period) -> Double {
        Double(period.firstMonth.index + period.lastMonth.index + 1) / 2
    }

    static func cadence(_ period: Period) -> String {
        switch period {
        case .month: return "Monthly"
        case .quarter: return "Quarterly"
        case .financialYear, .calendarYear, .academicYear: return "Annual"
        case .rolling12Months: return "Rolling 12-month"
        case .pooled(let pool): return "\(pool.years)-year pooled"
        }
    }

    /// The value axis's title, from the measure's unit: "Count", "Percentage", "Rate per 10,000".
    static func valueLabel(_ unit: Unit) -> String {
        switch unit {
        case .count: return "Count"
        case .number: return "Number"
        case .percent: return "Percentage"
        case .rate(let per): return "Rate per " + NumberText.grouped(per)
        }
    }

    /// Every period when there are at most `mostLabels`; otherwise every nth, n a step that
    /// suits the calendar (months by 2, 3, 6 or 12; quarters by 2 or 4), counted back from the
    /// reporting period (or the last) so that it is always named.
    static func labelled(count: Int, keeping kept: Int?, steps: [Int] = [1, 2, 3, 4, 6, 12, 24, 36, 48, 60]) -> [Int] {
        guard count > mostLabels else { return Array(0..<count) }
        let needed = (count + mostLabels - 1) / mostLabels
        let every = steps.first { $0 >= needed } ?? needed
        let anchor = kept ?? count - 1
        return (0..<count).filter { ($0 - anchor) % every == 0 }
    }

    /// The steps between named periods that suit the calendar of `period`'s kind.
    static func labelSteps(_ period: Period?) -> [Int] {
        switch period {
        case .month?: return [1, 2, 3, 6, 12, 24, 36, 48, 60]
        case .quarter?: return [1, 2, 4, 8, 12, 16, 20]
        default: return [1, 2, 5, 10, 20, 50]
        }
    }

    /// A period's name on the time axis, short: "Mar 2024", "Q4 23/24", "2023/24", "2021",
    /// "AY 2023/24".
    static func axisName(_ period: Period) -> String {
        switch period {
        case .month(let month): return String(month.monthName.prefix(3)) + " " + String(month.year)
        case .quarter(let quarter): return "Q\(quarter.quarter) " + String(quarter.financialYear.code.dropFirst(2))
        case .financialYear, .calendarYear, .pooled: return period.code
        case .academicYear(let start): return "AY " + String(FinancialYear(startYear: start).code)
        case .rolling12Months(let end): return "12m to " + String(end.monthName.prefix(3)) + " " + String(end.year)
        }
    }
}

extension PointType {
    /// Whether a special-cause rule flags the point.
    var isSpecialCause: Bool {
        switch self {
        case .specialCauseImprovement, .specialCauseConcern, .specialCauseNeutralHigh, .specialCauseNeutralLow: return true
        case .commonCause, .missing: return false
        }
    }
}
