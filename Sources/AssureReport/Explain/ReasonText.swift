import AssureAnalysis
import AssureEngine
import AssureData
import AssureLanguage

/// Verdicts, reasons and gaps in words a scrutineer can read.
public enum ReasonText {
    /// "what we are doing well", "area for further exploration", "area to note".
    public static func classification(_ classification: Classification) -> String {
        switch classification {
        case .doingWell: return "what we are doing well"
        case .furtherExploration: return "area for further exploration"
        case .toNote: return "area to note"
        }
    }

    /// Why a measure is to note, as a clause: "no data for 2023/24".
    public static func reason(_ reason: NoteReason, period: Period) -> String {
        switch reason {
        case .noData: return "there is no data for \(period.name)"
        case .incomplete(let missing): return "\(period.name) is incomplete: no figure for \(list(missing))"
        case .symbols(let figures): return symbols(figures)
        case .valueUnavailable(let gap): return "the figure for \(period.name) cannot be made: \(self.gap(gap))"
        case .notEnoughHistory(let comparison, let gap):
            let when = comparison.map { " for \($0.name)" } ?? ""
            let why = gap.map { ": \(self.gap($0))" } ?? ""
            return "not enough history: there is no comparison figure\(when)\(why)"
        case .noComparison: return "the measure has nothing to compare with"
        case .noComparatorFigure(let kind, let problem): return comparator(kind, problem)
        case .benchmarkIsTheArea(let label):
            return "the benchmark \(label) is the area's own figures, and an area is never compared with itself"
        case .belowMinimumBase(let base, let minimum):
            return "the numbers are too small to judge: the base of \(FigureText.number(base)) is below the minimum of \(FigureText.number(minimum))"
        case .percentChangeUndefined: return "the comparison figure is zero, so a percentage change has no meaning"
        case .noChangeBeyondThresholds: return "there is no change beyond the thresholds"
        case .noSignificantChange: return "statistical process control shows no significant change (common cause variation)"
        case .changeWithoutDirection: return "there is a significant change, but the indicator has no better direction to judge it by"
        case .tooFewPoints(let have, let need): return "there are too few points for statistical process control (\(have); \(need) needed)"
        case .chartNotPossible(let problem): return "the control chart could not be drawn: " + chartProblem(problem)
        case .tooRareToChart(let refusal): return tooRare(refusal)
        case .ruleHeld: return "a rule says so"
        case .withinChance(let within): return withinChance(within)
        case .untestable(let why): return "no test of chance applies: " + untestable(why)
        case .blocked(let rule, let part):
            return "the change met '\(rule.text)', but its condition '\(part)' did not hold"
        }
    }

    /// Why a figure could not be made.
    public static func gap(_ gap: ValueGap) -> String {
        switch gap {
        case .noData: return "no data"
        case .incomplete(let missing): return "no figure for \(list(missing))"
        case .symbols(let figures): return symbols(figures)
        case .noNumeratorOrDenominator(let periods):
            return "percentages cannot be combined without their numerators and denominators (\(list(periods)))"
        case .zeroDenominator: return "the denominator is zero"
        case .recordedLessOften(let frequency): return "the data is \(frequency.words), too coarse for this period"
        case .operandUnavailable(let indicator, let inner): return "\(indicator): \(self.gap(inner))"
        case .divisionByZero(let indicator): return "\(indicator) is zero, and it divides"
        }
    }

    /// Figures given as statistical symbols, each said as what it is: "the figure for 2023/24 is
    /// not available (x)", "the figures for November 2023 and December 2023 are withheld to
    /// protect confidentiality (c, [c]) and the figure for January 2024 has low reliability (u)".
    /// The symbols in the order of `StatisticalSymbol`, with the markers as the file wrote them.
    public static func symbols(_ figures: [MarkedFigure]) -> String {
        let clauses = Set(figures.map(\.symbol)).sorted().map { symbol -> String in
            let marked = figures.filter { $0.symbol == symbol }
            let periods = Array(Set(marked.map(\.period))).sorted()
            var markers: [String] = []
            for figure in marked.sorted(by: { $0.period < $1.period }) where !markers.contains(figure.marker) {
                markers.append(figure.marker)
            }
            let plural = periods.count > 1
            return "the \(plural ? "figures" : "figure") for \(list(periods)) \(symbol.predicate(plural: plural)) "
                + "(\(markers.joined(separator: ", ")))"
        }
        switch clauses.count {
        case 0: return "no figure"
        case 1: return clauses[0]
        default: return clauses.dropLast().joined(separator: ", ") + " and " + (clauses.last ?? "")
        }
    }

    /// "November 2023", "November and December 2023", "June 2019, November 2019 and 3 more".
    public static func list(_ periods: [Period]) -> String {
        let names = periods.map(\.name)
        switch names.count {
        case 0: return "no period"
        case 1: return names[0]
        case 2...4: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        default: return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
        }
    }

    /// Why a control chart could not be drawn, in words.
    static func chartProblem(_ problem: SPCError) -> String {
        switch problem {
        case .fixedBaselineTooShort(let points): return "limits fixed after \(points) points are too few (12 or more)"
        case .rebaseOutOfRange: return "a rebase falls outside the measure's history"
        case .minimumPointsNotPositive: return "the chart needs at least one point"
        case .nonFiniteValue: return "a value in the history is not a number"
        case .nonFiniteTarget: return "the target is not a number"
        }
    }

    /// "the change is within what chance alone would give: 5 against 9 (exact conditional
    /// test, p = 0.42)"; "the gap from England is within chance: 60%, 95% interval 23.1% to
    /// 88.2%, includes 40%".
    static func withinChance(_ within: WithinChance) -> String {
        let test = within.test
        let unit = within.unit
        // As many places as keep the two figures honest side by side (44.5% against 48.0%).
        let places = NarrativeNumber.honestDecimals(within.value, comparedWith: within.comparison)
        func shown(_ figure: Double) -> String {
            let number = NarrativeNumber(value: figure, style: NumberStyle(unit), decimals: places, fixedPlaces: places > 0)
            return number.text
        }
        let value = shown(within.value)
        let other = shown(within.comparison)
        if let significance = test.test {
            return "the change is within what chance alone would give: \(value) against \(other) "
                + "(\(significance.method.rawValue), p = \(pValue(significance.pValue)))"
        }
        let interval = "\(FigureText.figure(test.interval.lower, unit: unit, decimals: 1)) to \(FigureText.figure(test.interval.upper, unit: unit, decimals: 1))"
        let what: String
        switch within.basis {
        case .benchmark(let indicator, let label): what = label ?? indicator
        case .target: what = "the target"
        case .comparator(let comparator): what = comparator.kind == .statisticalNeighbours ? "statistical neighbours" : comparator.kind.written
        default: what = "the figure compared with"
        }
        let which = test.intervalSource == .published ? "Fingertips' published \(test.level) interval" : "the \(test.level) interval"
        return "the gap from \(what) is within what chance alone would give: \(which) of \(value), "
            + "\(interval), includes \(other)"
    }

    /// Why there is no comparison with England, the region or the statistical neighbours, as a
    /// clause: "there is no comparison with England: the report is for England itself".
    public static func comparator(_ kind: ComparatorKind, _ problem: ComparatorProblem) -> String {
        let what = "there is no comparison with " + (kind == .statisticalNeighbours ? "statistical neighbours" : kind.written)
        switch problem {
        case .isItself(let name): return "\(what): the area judged is \(name) itself, and an area is never compared with itself"
        case .areaNotPublished(let area): return "\(what): \(area) is not an area of the published files, so its region and neighbours are not known"
        case .noEngland: return "\(what): no published file has figures for England"
        case .noRegion(let area): return "\(what): the published files give no region for \(area)"
        case .noNeighbourFile: return "\(what): there is no statistical neighbour file in the indicator data"
        case .notInNeighbourFile(let area): return "\(what): \(area) is not in the statistical neighbour file"
        case .tooFewNeighbours(let have, let of):
            return "\(what): only \(have) of the \(of) neighbours have a figure, fewer than half"
        case .noFigure(let name, let gap): return "\(what): \(name) has no figure (\(self.gap(gap)))"
        }
    }

    /// A p-value as people read it: three places, "< 0.001" below that.
    static func pValue(_ p: Double) -> String {
        p < 0.001 ? "< 0.001" : FigureText.number(p, decimals: 3)
    }

    /// Why no test of chance applies, in words.
    static func untestable(_ why: Untestable) -> String {
        switch why {
        case .noFigure: return "a figure is missing"
        case .noDenominator: return "the data does not give the percentage's denominator (the children, cases or respondents it is a share of)"
        case .notCountsOrShares: return "the figure is not a count of events, a share or a rate (a score, a mean, a wait, or arithmetic)"
        case .notWholeEvents: return "the count is not a whole number of events"
        case .beyondExactRange: return "the counts are beyond the exact tests' range (more than a billion)"
        }
    }

    /// Why events are too rare to chart, in words.
    static func tooRare(_ refusal: PoissonChartRefusal) -> String {
        switch refusal {
        case .noValues: return "there are no figures to chart"
        case .noEvents(let periods): return "there were no events in \(periods) periods, so no chart can show a change"
        case .everyEventWouldSignal(let mean):
            return "events are so rare (\(FigureText.number(mean, decimals: 2)) a period on average) that any one would look like a change; no chart can judge them"
        }
    }
}
