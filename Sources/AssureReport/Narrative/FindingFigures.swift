import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage

/// Reads a placeholder's figure from a finding: `value`, `comparison.period`, `record.value`…
/// A figure the finding does not have is a reason in words, never a made-up number.
struct FindingFigures {
    let finding: MeasureFinding
    /// The notice whose sentence is being written (its trend or record comes first).
    let notice: NoticeFinding?

    enum Lookup {
        case figure(NarrativeValue)
        case unavailable(String)
    }

    private var style: NumberStyle { NumberStyle(finding.unit) }

    /// Decimals for the value, the figure it is compared with and the change, so that the
    /// sentence never shows two different figures as equal or a change its figures contradict.
    /// Every figure the value is compared with (the previous period, a target, a benchmark)
    /// counts, so that the value is written the same way beside each of them.
    private var honest: Int {
        guard let value = finding.current.value else { return 0 }
        return finding.comparisons.map { NarrativeNumber.honestDecimals(value, comparedWith: $0.figure) }.max() ?? 0
    }

    func figure(_ name: String) -> Lookup {
        guard let placeholder = PlaceholderName(rawValue: name) else { return .unavailable("`\(name)` is not a placeholder") }
        return figure(placeholder)
    }

    /// The figure of a placeholder: every placeholder of the vocabulary has a case here.
    func figure(_ name: PlaceholderName) -> Lookup {
        switch name {
        case .title: return .figure(.text(finding.measure.title))
        case .value:
            guard let value = finding.current.value else {
                return .unavailable("there is no value for \(finding.period.name): \(gapWords(finding.current.result))")
            }
            return number(value, style, honestPlaces: honest)
        case .period: return .figure(.period(finding.period))
        case .area:
            guard let area = finding.area else { return .unavailable("the report is not for an area") }
            return .figure(.text(area))
        case .base:
            guard let base = finding.base else { return .unavailable("the measure has no base figure") }
            return number(base, .plain)
        case .classification: return .figure(.text(ReasonText.classification(finding.verdict.classification)))
        case .reason:
            guard case .toNote(let reason) = finding.verdict else { return .unavailable("only an area to note has a reason") }
            return .figure(.text(ReasonText.reason(reason, period: finding.period)))
        case .comparisonValue:
            guard let comparison = finding.primaryComparison else { return .unavailable(noComparison) }
            guard let figure = comparison.figure else { return .unavailable(comparisonMissing(comparison)) }
            return number(figure, style, honestPlaces: honest)
        case .comparisonPeriod:
            guard let comparison = finding.primaryComparison else { return .unavailable(noComparison) }
            guard let period = comparison.period else { return .unavailable("the comparison is a target, which has no period") }
            return .figure(.period(period))
        case .change, .changeAbsolute, .changePercent, .changePoints, .changeDirection:
            return change(name)
        case .target:
            let compared = finding.comparisons.first(where: { if case .target = $0.basis { return true }; return false })?.figure
            guard let target = compared ?? finding.spc?.result.options.target else {
                return .unavailable("the measure has no target")
            }
            return number(target, style, decimals: honest)   // as many places as the value, zeros dropped
        case .benchmarkValue, .benchmarkName:
            guard let benchmark = finding.comparisons.first(where: { if case .benchmark = $0.basis { return true }; return false }),
                  case .benchmark(let indicator, let label) = benchmark.basis else {
                return .unavailable("the measure is not compared with a benchmark")
            }
            if name == .benchmarkName { return .figure(.text(label ?? indicator)) }
            guard let figure = benchmark.figure else { return .unavailable(comparisonMissing(benchmark)) }
            return number(figure, style, decimals: honest)
        case .englandValue, .regionValue, .regionName, .neighboursValue, .neighboursCount: return comparator(name)
        case .rank, .rankOf, .quartile:
            guard let standing = finding.standing else {
                return .unavailable("the area has no rank among local authorities: it is not a local authority of the published data, or has no figure")
            }
            let number = name == .rank ? standing.rank : name == .rankOf ? standing.outOf : standing.quartile
            return self.number(Double(number), .plain)
        case .recordValue, .recordPeriod, .recordKind: return record(name)
        case .trendSince, .trendThrough, .trendDirection, .trendSlope, .trendP: return trend(name)
        case .runLength, .runDirection: return run(name)
        case .spcSignal, .spcVerdict, .spcRule, .spcMean, .spcUpper, .spcLower: return spc(name)
        }
    }

    /// England's, the region's or the neighbours' figure, the region's name, or how many
    /// neighbours had a figure.
    private func comparator(_ name: PlaceholderName) -> Lookup {
        let kind: ComparatorKind = name == .englandValue ? .england : (name == .regionValue || name == .regionName) ? .region : .statisticalNeighbours
        guard let comparison = finding.comparisons.first(where: { $0.comparator?.kind == kind }), let found = comparison.comparator else {
            return .unavailable("the measure is not compared with " + (kind == .statisticalNeighbours ? "statistical neighbours" : kind.written))
        }
        switch name {
        case .regionName:
            guard let region = found.area else { return .unavailable(found.problem.map { ReasonText.comparator(kind, $0) } ?? "the region is not known") }
            return .figure(.text(region.name))
        case .neighboursCount:
            return number(Double(found.neighboursWithFigure), .plain)
        default:
            guard let figure = comparison.figure else {
                return .unavailable(found.problem.map { ReasonText.comparator(kind, $0) } ?? comparisonMissing(comparison))
            }
            return number(figure, style, decimals: honest)
        }
    }

    private func number(_ value: Double, _ style: NumberStyle, decimals: Int = 0) -> Lookup {
        .figure(.number(NarrativeNumber(value: value, style: style, decimals: decimals)))
    }

    /// A figure written beside others at the places that keep them honest (see `honest`).
    private func number(_ value: Double, _ style: NumberStyle, honestPlaces: Int) -> Lookup {
        .figure(.number(NarrativeNumber(value: value, style: style, decimals: honestPlaces, fixedPlaces: honestPlaces > 0)))
    }

    private var noComparison: String { "the measure has nothing to compare with" }

    private func comparisonMissing(_ comparison: ComparisonFinding) -> String {
        let when = comparison.period.map { " for \($0.name)" } ?? ""
        let why = comparison.value.map { ": " + gapWords($0.result) } ?? ""
        return "there is no comparison figure\(when)\(why)"
    }

    private func gapWords(_ result: PeriodValue.Result) -> String {
        if case .unavailable(let gap) = result { return ReasonText.gap(gap) }
        return "no data"
    }

    // MARK: Change

    private func change(_ name: PlaceholderName) -> Lookup {
        guard let comparison = finding.primaryComparison else { return .unavailable(noComparison) }
        guard let change = comparison.change else {
            if finding.current.value == nil {
                return .unavailable("there is no value for \(finding.period.name): \(gapWords(finding.current.result))")
            }
            return .unavailable(comparisonMissing(comparison))
        }
        let isPercentage = finding.unit == .percent
        switch name {
        case .changeDirection: return .figure(.direction(change.direction))
        case .changeAbsolute: return number(change.absolute, isPercentage ? .points : style, honestPlaces: honest)
        case .changePoints:
            guard let points = change.points else { return .unavailable("percentage points need a measure whose unit is percent") }
            return number(points, .points)
        case .changePercent: return percent(change)
        default:
            switch finding.measure.changeKind ?? (isPercentage ? .points : .percent) {
            case .absolute: return number(change.absolute, isPercentage ? .points : style, honestPlaces: honest)
            case .points: return number(change.points ?? change.absolute, isPercentage ? .points : style, honestPlaces: honest)
            case .percent: return percent(change)
            }
        }
    }

    private func percent(_ change: Change) -> Lookup {
        guard let percent = change.percent else {
            return .unavailable("the comparison figure is zero, so a percentage change has no meaning")
        }
        return number(percent, .percent)
    }

    // MARK: Notices

    private var evidence: [NoticeFinding.Evidence] {
        let own = notice.flatMap(\.evidence).map { [$0] } ?? []
        return own + finding.notices.compactMap(\.evidence)
    }

    private func record(_ name: PlaceholderName) -> Lookup {
        for case .record(let record, let periods, _) in evidence {
            switch name {
            case .recordValue: return number(record.value, style)
            case .recordKind: return .figure(.text(record.kind == .highest ? "highest" : "lowest"))
            default:
                guard let period = periods.last else { return .unavailable("the record has no period") }
                return .figure(.period(period))
            }
        }
        return .unavailable("the measure has no record notice with figures")
    }

    private func trend(_ name: PlaceholderName) -> Lookup {
        for case .trend(let result, let since, let through) in evidence {
            switch name {
            case .trendSince: return .figure(.period(since))
            case .trendThrough: return .figure(.period(through))
            case .trendSlope: return number(result.slope, style)
            case .trendP: return number(result.pValue, .plain, decimals: 3)
            default:
                let direction: ChangeDirection = result.direction == .increasing ? .increase
                    : result.direction == .decreasing ? .decrease : .none
                return .figure(.direction(direction))
            }
        }
        return .unavailable("the measure has no trend notice with figures")
    }

    private func run(_ name: PlaceholderName) -> Lookup {
        for case .run(let run, _) in evidence {
            if name == .runLength { return number(Double(run.points), .plain) }
            return .figure(.direction(run.direction == .rising ? .increase : .decrease))
        }
        return .unavailable("the measure has no run notice with figures")
    }

    // MARK: Statistical process control

    private func spc(_ name: PlaceholderName) -> Lookup {
        guard let spc = finding.spc else { return .unavailable("the measure is not judged by statistical process control") }
        let result = spc.result
        let group = result.groups.last
        switch name {
        case .spcSignal, .spcVerdict:
            guard let variation = spc.latestType else { return .unavailable("the chart has no points") }
            return .figure(.text(variation.words))
        case .spcRule where spc.rareEvents != nil:
            guard case .chart(let chart)? = spc.rareEvents, chart.latestSignal != nil else {
                return .unavailable("no special-cause rule flags the latest point")
            }
            return .figure(.text("beyond the Poisson limits"))
        case .spcMean where spc.rareEvents != nil, .spcUpper where spc.rareEvents != nil, .spcLower where spc.rareEvents != nil:
            guard case .chart(let chart)? = spc.rareEvents else { return .unavailable("the events are too rare to chart") }
            if name == .spcMean { return number(chart.mean, style) }
            if name == .spcUpper { return number(Double(chart.upperLimit), style) }
            guard let lower = chart.lowerLimit else { return .unavailable("the events are too rare for a lower limit: no fall can be seen") }
            return number(Double(lower), style)
        case .spcRule:
            guard let cause = result.points.last?.specialCause else {
                return .unavailable("no special-cause rule flags the latest point")
            }
            return .figure(.text(cause.rule.words))
        case .spcMean:
            guard let mean = group?.mean else { return .unavailable("the chart has no centre line") }
            return number(mean, style)
        default:
            guard let limits = group?.limits else { return .unavailable("the chart has no process limits") }
            return number(name == .spcUpper ? limits.upper : limits.lower, style)
        }
    }
}
