import AssureEngine
import AssureAnalysis
import AssureData
import AssureLanguage

/// `assure explain`: a measure's finding told to a person — the series used with missing values
/// and statistical symbols marked, how it was aggregated, the comparison, each condition with its
/// figures and whether it held, and the verdict and why.
public enum Explanation {
    public static func text(_ finding: MeasureFinding, asOf: Period) -> String {
        var out: [String] = []
        let measure = finding.measure
        out.append("Measure \(measure.name): \(measure.title)")
        if let range = measure.range { out.append("  written at \(range.description)") }
        if let priority = measure.priority { out.append("  priority: \(priority)") }
        let asOfText = asOf == finding.period ? "" : " (report as of \(asOf.name))"
        out.append("  judged for \(finding.period.name)\(asOfText)" + (finding.area.map { ", area \($0)" } ?? ""))
        out.append("")

        out.append("Value for \(finding.period.name): " + figure(finding.current, unit: finding.unit))
        out += describe(finding.current, indent: "  ")
        for comparison in finding.comparisons {
            out.append("")
            out += describe(comparison, unit: finding.unit)
        }
        if let standing = finding.standing {
            out.append("")
            out.append(describe(standing))
        }
        if let base = finding.base {
            out.append("")
            var line = "Base (size of the numbers behind the figure): \(FigureText.number(base))"
            if let minimum = measure.minimumBase { line += base < minimum ? ", below the minimum base of \(FigureText.number(minimum))" : ", at or above the minimum base of \(FigureText.number(minimum))" }
            out.append(line)
        }
        if !finding.measure.rules.isEmpty {
            out.append("")
            out.append("Rules, in order:")
            for (index, rule) in finding.measure.rules.enumerated() {
                guard index < finding.rules.count else {
                    out.append("  \(index + 1). \(rule.text): not tried, \(untried(finding))")
                    continue
                }
                let trace = finding.rules[index]
                let figures = trace.figures.sorted { $0.key.rawValue < $1.key.rawValue }
                    .map { "\($0.key.rawValue) = \(FigureText.signed($0.value))" }.joined(separator: ", ")
                let outcome: String
                switch trace.outcome {
                case .held: outcome = "held"
                case .notHeld: outcome = "did not hold"
                case .undecided(let reason): outcome = "could not be decided: \(ReasonText.reason(reason, period: finding.period))"
                }
                out.append("  \(index + 1). \(trace.rule.text)" + (figures.isEmpty ? "" : " [\(figures)]") + ": \(outcome)")
            }
        }
        if let spc = finding.spc {
            out.append("")
            out += describe(spc, unit: finding.unit)
        }
        for notice in finding.notices {
            out.append("")
            out += describe(notice, unit: finding.unit)
        }
        out.append("")
        out.append("Verdict: \(ReasonText.classification(finding.verdict.classification)), because \(because(finding)).")
        return out.joined(separator: "\n") + "\n"
    }

    /// Why a rule was not tried: an earlier rule decided, statistical process control judged
    /// the measure, or it could not be judged at all.
    static func untried(_ finding: MeasureFinding) -> String {
        if finding.decidingRule != nil || finding.rules.last.map({ if case .undecided = $0.outcome { return true } else { return false } }) == true {
            return "an earlier rule decided"
        }
        if finding.spc != nil { return "the measure is judged by statistical process control" }
        if case .toNote(let reason) = finding.verdict { return "because " + ReasonText.reason(reason, period: finding.period) }
        return "an earlier rule decided"
    }

    static func because(_ finding: MeasureFinding) -> String {
        switch finding.verdict {
        case .toNote(let reason) where reason != .ruleHeld:
            return ReasonText.reason(reason, period: finding.period)
        default:
            if let rule = finding.decidingRule {
                return "'\(rule.text)' held" + (rule.range.map { " (\($0.description))" } ?? "")
            }
            if let spc = finding.spc, let latest = spc.result.points.last {
                let rule = latest.specialCause.map { " (\($0.rule.description))" } ?? ""
                return "statistical process control shows \(latest.type.words)\(rule) at the latest point"
            }
            return "of the figures above"
        }
    }

    static func figure(_ value: MeasureValue, unit: Unit) -> String {
        switch value.result {
        case .value(let number): return FigureText.figure(number, unit: unit)
        case .unavailable(let gap): return "none (\(ReasonText.gap(gap)))"
        }
    }

    /// The data behind a value: each indicator, how it was combined, and its points.
    static func describe(_ value: MeasureValue, indent: String) -> [String] {
        var out: [String] = []
        for operand in value.operands {
            let periodValue = operand.value
            let how: String
            let parts = periodValue.points.first.map { partWords($0.period) } ?? ("period", "periods")
            func count(_ number: Int) -> String { "\(number) \(number == 1 ? parts.0 : parts.1)" }
            switch periodValue.method {
            case .recorded: how = "as recorded"
            case .sum(let number): how = "sum of \(count(number))"
            case .mean(let number): how = "mean of \(count(number))"
            case .lastOf(let period): how = "last value, \(period.name)"
            case .ratio(let number): how = "sum of numerators ÷ sum of denominators, in the indicator's unit, over \(count(number))"
            case .within(let period): how = "the figure for \(period.name), which contains it"
            }
            var line = "\(indent)\(operand.indicator) for \(periodValue.period.name), \(how): "
            switch periodValue.result {
            case .value(let number): line += FigureText.number(number)
            case .unavailable(let gap): line += "none (\(ReasonText.gap(gap)))"
            }
            if let numerator = periodValue.numerator, let denominator = periodValue.denominator {
                line += " (\(FigureText.number(numerator)) / \(FigureText.number(denominator)))"
            }
            out.append(line)
            for point in periodValue.points {
                var row = "\(indent)    \(point.period.code.padding(toLength: 10, withPad: " ", startingAt: 0)) \(FigureText.observation(point.observation))"
                if let numerator = point.numerator, let denominator = point.denominator {
                    row += " (\(FigureText.observation(numerator)) / \(FigureText.observation(denominator)))"
                }
                row += "   \(point.origin.file):\(point.origin.line)"
                out.append(row)
            }
        }
        return out
    }

    /// England, the region or the statistical neighbours: the area (or each neighbour) with its
    /// figure and source rows, the median, why there is no figure, and the test (or that the
    /// values are compared without one).
    static func describeComparator(_ comparison: ComparisonFinding, unit: Unit) -> [String] {
        guard case .comparator(let comparator) = comparison.basis, let found = comparison.comparator else { return [] }
        var out: [String] = []
        let from = comparator.indicator.map { ", from \($0)" } ?? ""
        switch comparator.kind {
        case .england, .region:
            let code = found.area.map { " (\($0.code))" } ?? ""
            let area = comparator.kind == .england ? "England\(code)" : "the region, " + (found.area?.name ?? found.name) + code
            if let value = comparison.value, comparison.figure != nil {
                out.append("Compared with \(area)\(from), \(value.period.name): " + figure(value, unit: unit))
                out += describe(value, indent: "  ")
            } else {
                out.append("Compared with \(area)\(from): no figure")
            }
        case .statisticalNeighbours:
            let head = "Compared with statistical neighbours\(from), \(comparison.period?.name ?? "")"
            out.append(head + ": " + (comparison.figure.map { "median " + FigureText.figure($0, unit: unit) + " of the \(found.neighboursWithFigure) of \(found.neighbours.count) neighbours with a figure" } ?? "no figure"))
            for (index, neighbour) in found.neighbours.enumerated() {
                let name = neighbour.area.map { "\($0.name) (\($0.code), old code \(neighbour.oldCode))" } ?? "old code \(neighbour.oldCode), not in the published files"
                let shown = neighbour.value.map { figure($0, unit: unit) } ?? "no figure"
                out.append("  \(index + 1). \(name): \(shown)")
                if let value = neighbour.value { out += describe(value, indent: "     ") }
            }
        }
        if let problem = found.problem { out.append("  " + ReasonText.comparator(comparator.kind, problem)) }
        if let change = comparison.change {
            var parts = ["\(FigureText.signed(change.absolute)) (\(FigureText.number(change.current)) − \(FigureText.number(change.base)))"]
            if let points = change.points { parts.append("\(FigureText.signed(points, suffix: " points"))") }
            out.append("  gap: " + parts.joined(separator: "; "))
        }
        if case .untestable(let why) = comparison.chance, comparison.figure != nil {
            out.append("  chance: no test applies, so this compares the two values only: " + ReasonText.untestable(why))
        } else {
            out.append("  chance: " + ChanceText.line(comparison.chance, unit: unit))
        }
        return out
    }

    /// The area's rank and quartile among the local authorities, with the direction: "rank 40
    /// of 150 local authorities (1 the lowest, as lower is better), second quartile".
    static func describe(_ standing: Standing) -> String {
        let direction = standing.byBetter
            ? (standing.highestFirst ? "1 the highest, as higher is better" : "1 the lowest, as lower is better")
            : "1 the highest; the indicator has no better direction, so this is by value alone"
        let ties = standing.tiedWith == 0 ? "" : ", shared with \(standing.tiedWith) other\(standing.tiedWith == 1 ? "" : "s") with the same figure"
        return "Rank among local authorities: \(standing.rank) of \(standing.outOf) with a figure (\(direction))\(ties); quartile \(standing.quartile) of 4 (1 the best quarter)"
    }

    /// "month"/"months" for the sub-periods a figure was combined from.
    static func partWords(_ period: Period) -> (String, String) {
        switch period {
        case .month: return ("month", "months")
        case .quarter: return ("quarter", "quarters")
        case .financialYear, .calendarYear, .academicYear, .rolling12Months, .pooled: return ("year", "years")
        }
    }

    static func describe(_ comparison: ComparisonFinding, unit: Unit) -> [String] {
        var out: [String] = []
        let basis: String
        switch comparison.basis {
        case .previousPeriod: basis = "the previous period"
        case .previousAvailable: basis = "the previous available value"
        case .samePeriodLastYear: basis = "the same period last year"
        case .baseline: basis = "the baseline"
        case .target: basis = "the target"
        case .benchmark(let indicator, let label): basis = "the benchmark \(label ?? indicator)"
        case .comparator: return describeComparator(comparison, unit: unit)
        }
        if let value = comparison.value {
            out.append("Compared with \(basis), \(value.period.name): " + figure(value, unit: unit))
            out += describe(value, indent: "  ")
        } else if let figure = comparison.figure {
            out.append("Compared with \(basis): " + FigureText.figure(figure, unit: unit))
        } else {
            out.append("Compared with \(basis): no figure")
            if comparison.isTheAreaItself {
                out.append("  it is made of the very rows the value is made of: the area's own figures, and an area is never compared with itself")
            }
        }
        if let change = comparison.change {
            var parts = ["\(FigureText.signed(change.absolute)) (\(FigureText.number(change.current)) − \(FigureText.number(change.base)))"]
            if let percent = change.percent {
                parts.append("\(FigureText.signed(percent, suffix: "%")) of \(FigureText.number(change.base))")
            } else {
                parts.append("no percentage change (the comparison figure is zero)")
            }
            if let points = change.points { parts.append("\(FigureText.signed(points, suffix: " points"))") }
            out.append("  change: " + parts.joined(separator: "; ") + ", \(change.direction.rawValue)")
        }
        out.append("  chance: " + ChanceText.line(comparison.chance, unit: unit))
        return out
    }

    static func describe(_ spc: SPCFinding, unit: Unit) -> [String] {
        if let rare = spc.rareEvents { return describeRare(rare, spc) }
        var out = ["Statistical process control (XmR), improvement is \(spc.improvement.rawValue), over \(spc.periods.count) periods from \(spc.periods.first?.name ?? "")"]
        for group in spc.result.groups {
            guard let mean = group.mean, let limits = group.limits else { continue }
            let first = spc.periods.indices.contains(group.range.lowerBound) ? spc.periods[group.range.lowerBound].name : ""
            out.append("  from \(first): mean \(FigureText.number(mean)), process limits \(FigureText.number(limits.lower)) to \(FigureText.number(limits.upper))" + (group.hasTrialLimits ? " (trial limits: fewer than 12 points)" : ""))
        }
        if !spc.result.gaps.isEmpty {
            let gaps = spc.result.gaps.compactMap { spc.periods.indices.contains($0) ? spc.periods[$0] : nil }
            out.append("  gaps (not closed up): \(ReasonText.list(gaps))")
        }
        let flagged = spc.result.points.filter { $0.specialCause != nil }
        if let last = flagged.last, let cause = last.specialCause {
            let periods = flagged.compactMap { spc.periods.indices.contains($0.index) ? spc.periods[$0.index] : nil }
            out.append("  special cause points: \(flagged.count), latest \(spc.periods.indices.contains(last.index) ? spc.periods[last.index].name : "") (\(cause.rule.description)); first \(periods.first?.name ?? "")")
        }
        if let variation = spc.result.variation { out.append("  latest point: \(variation.words)") }
        if let assurance = spc.result.assurance { out.append("  assurance against the target: \(assurance.rawValue)") }
        return out
    }

    /// Counts too rare for an XmR chart: the Poisson chart that judged them, or why none could.
    static func describeRare(_ outcome: PoissonChartOutcome, _ spc: SPCFinding) -> [String] {
        var out = ["Statistical process control of rare events (Poisson chart: the counts average fewer than \(Int(XmRCountCheck.smallestMean)) a period, "
                   + "too few for an XmR chart), improvement is \(spc.improvement.rawValue)"]
        switch outcome {
        case .refused(let refusal):
            out.append("  no chart: " + ReasonText.tooRare(refusal))
        case .chart(let chart):
            let from = spc.rareEventsStart.flatMap { spc.periods.indices.contains($0) ? spc.periods[$0].name : nil } ?? ""
            var limits = "  from \(from): \(chart.eventCount) events in \(chart.observedCount) periods, mean \(FigureText.number(chart.mean)); "
                + "a period with more than \(chart.upperLimit) is a signal (P ≤ \(FigureText.number(chart.tailProbability * 100, decimals: 3))%)"
            limits += chart.lowerLimit.map { ", with fewer than \($0) too" } ?? "; no fall can be a signal (P(0) = \(FigureText.number(chart.probabilityOfZero, decimals: 3)))"
            out.append(limits)
            if let latest = spc.latestType { out.append("  latest point: \(latest.words)") }
        }
        return out
    }

    static func describe(_ notice: NoticeFinding, unit: Unit) -> [String] {
        switch notice.evidence {
        case .trend(let result, let since, let through)?:
            return ["Trend since \(since.name) to \(through.name) (Mann–Kendall): S = \(result.s), p = \(FigureText.number(result.pValue, decimals: 6)), Sen's slope \(FigureText.signed(result.slope)) per period, \(result.direction.rawValue): " + (notice.applies ? "noticed" : "not noticed")]
        case .record(let record, let periods, let window)?:
            return ["Record \(record.kind.rawValue) over \(window.count) periods from \(window.first?.name ?? ""): \(FigureText.figure(record.value, unit: unit)) in \(ReasonText.list(periods)): " + (notice.applies ? "in the reporting period, noticed" : "not in the reporting period")]
        case .run(let run, let periods)?:
            return ["Run of \(run.points) \(run.direction.rawValue) points from \(periods.first?.name ?? ""): " + (notice.applies ? "noticed" : "not long enough")]
        case nil:
            return ["Notice: too few figures to look for it"]
        }
    }
}
