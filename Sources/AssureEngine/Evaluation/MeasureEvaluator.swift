import AssureAnalysis
import AssureData
import AssureLanguage

/// Judges one measure for a period (and area): resolves its value and comparisons, checks the
/// minimum base, then classifies it by statistical process control or by its rules, and looks
/// for the trends and records its notices ask about.
public struct MeasureEvaluator {
    public let indicators: [String: Indicator]
    public let data: SeriesLookup
    /// The confidence level of every interval and test (the report's, 95% by default).
    public let confidence: ConfidenceLevel

    public init(indicators: [String: Indicator], data: SeriesLookup, confidence: ConfidenceLevel = .ninetyFive) {
        self.indicators = indicators
        self.data = data
        self.confidence = confidence
    }

    /// The finding for `measure` as of the reporting period `asOf` (of kind `reportKind` when
    /// the measure does not say its own).
    public func evaluate(_ measure: Measure, asOf: Period, area: String? = nil) -> MeasureFinding {
        let kind = measure.over ?? AggregationPeriod(asOf)
        let period = ReportingCalendar.period(of: kind, asOf: asOf)
        // An area written by its name (`Salford`) is found in the data by its code (`E08000006`).
        let resolver = FormulaResolver(indicators: indicators, data: data, area: area.map { data.publishedAreas.code(of: $0) ?? $0 })
        let single = measure.value.singleIndicator.flatMap { indicators[$0] }
        let polarity = measure.polarity ?? single?.polarity ?? .neither
        let unit = measure.unit ?? single?.unit ?? .number

        let history = self.history(of: measure, through: period, resolver: resolver)
        let current: MeasureValue
        if let last = history.last, last.period == period {
            current = last
        } else {
            current = resolver.value(of: measure.value, for: period)
        }
        let isPercentage = unit == .percent
        // Plain loops rather than closures here: Swift 6.3's optimiser crashes (SIL
        // CopyPropagation) on the closure form of this function in release builds.
        let improvement = ImprovementDirection(polarity)
        let assessor = ChanceAssessor(unit: unit, value: measure.value, indicators: indicators, level: confidence, improvement: improvement)
        var comparisons: [ComparisonFinding] = []
        var standing: Standing? = nil
        for basis in measure.comparisons {
            var comparison: ComparisonFinding
            if case .comparator(let comparator) = basis {
                comparison = compare(current, with: comparator, formula: measure.value, area: area, isPercentage: isPercentage)
                if standing == nil {
                    standing = self.standing(of: current, formula: measure.value, area: area, polarity: polarity)
                }
            } else {
                comparison = compare(current, with: basis, formula: measure.value, history: history,
                                     resolver: resolver, isPercentage: isPercentage)
            }
            comparison.chance = assessor.chance(current, comparison)
            comparisons.append(comparison)
        }
        let base = self.base(current: current, comparison: comparisons.first, unit: unit)
        var spc: SPCFinding? = nil
        var chartProblem: SPCError? = nil
        if let judgement = measure.spc {
            do { spc = try self.spc(judgement, history: history, improvement: improvement) } catch { chartProblem = error }
        }
        var notices: [NoticeFinding] = []
        for plan in measure.notices {
            let found = notice(for: plan, history: history, asOf: asOf)
            // A period with no figure has nothing to notice: a trend or run "to" a missing
            // month is not news of that month.
            notices.append(current.value == nil ? NoticeFinding(notice: plan, applies: false, evidence: found.evidence) : found)
        }

        let judged = judge(measure, current: current, comparisons: comparisons, base: base, spc: spc, chartProblem: chartProblem, unit: unit)
        var finding = MeasureFinding(measure: measure, indicator: single, polarity: polarity, unit: unit, area: area,
                              period: period, current: current, comparisons: comparisons, base: base,
                              verdict: judged.verdict, decidingRule: judged.rule, rules: judged.traces,
                              spc: spc, notices: notices, history: history)
        finding.standing = standing
        return finding
    }

    // MARK: History

    /// The measure's figure for every period of its kind from the first month any of its
    /// indicators has data up to `period`.
    private func history(of measure: Measure, through period: Period, resolver: FormulaResolver) -> [MeasureValue] {
        let leaves = measure.value.recordedIndicators { indicators[$0] }
        let firstMonths = leaves.compactMap { data.series(of: $0, area: resolver.area)?.firstPeriod?.firstMonth }
        guard let earliest = firstMonths.min() else { return [resolver.value(of: measure.value, for: period)] }
        return ReportingCalendar.history(through: period, from: earliest).map { resolver.value(of: measure.value, for: $0) }
    }

    // MARK: Comparisons

    private func compare(_ current: MeasureValue, with basis: Comparison, formula: Formula, history: [MeasureValue],
                         resolver: FormulaResolver, isPercentage: Bool) -> ComparisonFinding {
        func figureFor(_ period: Period) -> MeasureValue {
            history.first(where: { $0.period == period }) ?? resolver.value(of: formula, for: period)
        }
        let comparison: MeasureValue?
        switch basis {
        case .target(let target):
            let change = current.value.map { Change(from: target, to: $0, isPercentage: isPercentage) }
            return ComparisonFinding(basis: basis, period: nil, value: nil, figure: target, change: change)
        case .previousPeriod: comparison = figureFor(current.period.previous)
        case .samePeriodLastYear:
            // Pooled years have no same period last year (the checker refuses the comparison):
            // no figure, never the overlapping pool.
            guard let lastYear = current.period.sameTimeLastYear else {
                return ComparisonFinding(basis: basis, period: nil, value: nil, figure: nil, change: nil)
            }
            comparison = figureFor(lastYear)
        case .baseline(let period): comparison = figureFor(period)
        case .previousAvailable:
            comparison = history.last(where: { $0.period < current.period && $0.value != nil })
        case .benchmark(let indicator, _):
            let benchmark = resolver.value(of: .indicator(indicator), for: current.period)
            // Never the area's own figures under another name: a benchmark made of the very
            // data points the value is made of has no figure.
            let own = current.operands.flatMap(\.value.points).map(\.origin)
            if !own.isEmpty, benchmark.operands.flatMap(\.value.points).map(\.origin) == own {
                var itself = ComparisonFinding(basis: basis, period: current.period, value: nil, figure: nil, change: nil)
                itself.isTheAreaItself = true
                return itself
            }
            comparison = benchmark
        case .comparator:
            comparison = nil
        }
        let figure = comparison?.value
        let change = figure.flatMap { base in current.value.map { Change(from: base, to: $0, isPercentage: isPercentage) } }
        return ComparisonFinding(basis: basis, period: comparison?.period, value: comparison, figure: figure, change: change)
    }
}
