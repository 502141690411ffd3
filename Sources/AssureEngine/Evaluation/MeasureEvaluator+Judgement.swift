import AssureAnalysis
import AssureData
import AssureLanguage

extension MeasureEvaluator {
    /// The base: the quantity that makes a judgement of the figure meaningful, which
    /// `minimum base` guards and conditions name `base` (one definition, in
    /// docs/evaluation.md):
    /// - a percentage: its denominator (the smaller of the two periods' when compared);
    /// - a rate per N: its events (the numerators), of both periods together when compared
    ///   over time;
    /// - a count: its events, of both periods together when compared over time (5 against 9
    ///   rests on 14 events; 15 against 500 on 515);
    /// - any other figure (a score, a mean, a wait): none.
    /// Nil when the data does not give it (a percentage without its denominator).
    func base(current: MeasureValue, comparison: ComparisonFinding?, unit: Unit) -> Double? {
        let overTime = comparison.flatMap { $0.basis.isOverTime ? $0.value : nil }
        switch unit {
        case .percent:
            guard let denominator = current.denominator else { return nil }
            if let other = overTime?.denominator { return min(denominator, other) }
            return denominator
        case .rate(let per):
            guard let events = Self.events(current, per: per) else { return nil }
            guard let overTime else { return events }
            return Self.events(overTime, per: per).map { events + $0 }
        case .count:
            guard let value = current.value else { return nil }
            if let other = overTime?.value { return value + other }
            return value
        case .number:
            return nil
        }
    }

    /// The events behind a rate per N: value ÷ N × population.
    static func events(_ value: MeasureValue, per: Double) -> Double? {
        guard let rate = value.value, let population = value.denominator, per > 0 else { return nil }
        return rate / per * population
    }

    struct Judgement {
        let verdict: Verdict
        let rule: ClassificationRule?
        let traces: [RuleTrace]
    }

    /// The verdict, in order: a figure that is not there; statistical process control; no
    /// comparison; a comparison that is not there; small numbers; then the rules in order.
    func judge(_ measure: Measure, current: MeasureValue, comparisons: [ComparisonFinding],
               base: Double?, spc: SPCFinding?, chartProblem: SPCError? = nil, unit: Unit) -> Judgement {
        let comparison = comparisons.first
        func note(_ reason: NoteReason) -> Judgement { Judgement(verdict: .toNote(reason), rule: nil, traces: []) }

        if case .unavailable(let gap) = current.result { return note(NoteReason(gap)) }
        if let spc { return Judgement(verdict: verdict(from: spc), rule: nil, traces: []) }
        if let chartProblem { return note(.chartNotPossible(chartProblem)) }
        guard let comparison else { return note(measure.rules.isEmpty ? .noComparison : .noChangeBeyondThresholds) }
        if comparison.isTheAreaItself, case .benchmark(let indicator, let label) = comparison.basis {
            return note(.benchmarkIsTheArea(label ?? indicator))
        }
        if let comparator = comparison.comparator, let problem = comparator.problem {
            return note(.noComparatorFigure(comparator.kind, problem))
        }
        guard let change = comparison.change else {
            let gap: ValueGap? = {
                if case .unavailable(let gap)? = comparison.value?.result { return gap }
                return nil
            }()
            return note(.notEnoughHistory(comparison: comparison.period, gap: gap))
        }
        if let minimum = measure.minimumBase, let base, base < minimum {
            return note(.belowMinimumBase(base: base, minimum: minimum))
        }

        var figures = self.figures(change: change, kind: measure.changeKind, unit: unit, base: base)
        for other in comparisons {
            switch other.basis {
            case .target: if let figure = other.figure { figures.values[.target] = figure }
            case .benchmark: if let figure = other.figure { figures.values[.benchmark] = figure }
            case .comparator(let comparator):
                let figure = Self.figure(of: comparator.kind)
                guard figures.values[figure] == nil else { continue }
                if let value = other.figure {
                    figures.values[figure] = value
                } else if let problem = other.comparator?.problem {
                    figures.absence[figure] = .noComparatorFigure(comparator.kind, problem)
                }
            default: continue
            }
        }
        var evaluator = ConditionEvaluator(figures: figures.values, absence: figures.absence)
        switch comparison.chance {
        case .tested(let test): evaluator.significant = test.isBeyondChance
        case .untestable(let why): evaluator.untested = .untestable(why)
        }
        var traces: [RuleTrace] = []
        for rule in measure.rules {
            let used = evaluator.figuresUsed(by: rule.condition)
            switch evaluator.evaluate(rule.condition) {
            case .holds(true):
                traces.append(RuleTrace(rule: rule, outcome: .held, figures: used))
                let verdict: Verdict
                switch rule.classification {
                case .doingWell: verdict = .doingWell
                case .furtherExploration: verdict = .furtherExploration
                case .toNote: verdict = .toNote(.ruleHeld)
                }
                // Honest by default: a change (or gap) that chance alone could give does not
                // make a measure doing well or one to explore, unless the rules say otherwise.
                if rule.classification != .toNote, !measure.ignoresChance, !rule.condition.usesSignificance,
                   let within = withinChance(rule, comparisons: comparisons, unit: unit) {
                    return Judgement(verdict: .toNote(.withinChance(within)), rule: rule, traces: traces)
                }
                return Judgement(verdict: verdict, rule: rule, traces: traces)
            case .holds(false):
                traces.append(RuleTrace(rule: rule, outcome: .notHeld, figures: used))
            case .undecided(let reason):
                traces.append(RuleTrace(rule: rule, outcome: .undecided(reason), figures: used))
                return Judgement(verdict: .toNote(reason), rule: nil, traces: traces)
            }
        }
        return Judgement(verdict: .toNote(blocked(measure.rules, evaluator) ?? .noChangeBeyondThresholds), rule: nil, traces: traces)
    }

    /// The first comparison a rule rests on whose change (or gap) chance alone could give;
    /// nil when every comparison it rests on is beyond chance, or cannot be tested. A rule
    /// rests on the first comparison when it reads the change or the comparison figure, on
    /// the benchmark when it reads `benchmark`, on the target when it reads `target`; a rule
    /// that reads only the value or the base judges a level, not a change.
    func withinChance(_ rule: ClassificationRule, comparisons: [ComparisonFinding], unit: Unit) -> WithinChance? {
        let figures = Set(rule.condition.figures)
        var relied: [ComparisonFinding] = []
        if !figures.isDisjoint(with: [.change, .changePercent, .changePoints, .changeAbsolute, .comparison]), let first = comparisons.first {
            relied.append(first)
        }
        if figures.contains(.benchmark), let benchmark = comparisons.first(where: { if case .benchmark = $0.basis { return true }; return false }) {
            relied.append(benchmark)
        }
        for kind in ComparatorKind.allCases where figures.contains(Self.figure(of: kind)) {
            if let comparator = comparisons.first(where: { $0.comparator?.kind == kind }) { relied.append(comparator) }
        }
        if figures.contains(.target), let target = comparisons.first(where: { if case .target = $0.basis { return true }; return false }) {
            relied.append(target)
        }
        for comparison in relied {
            guard let test = comparison.chance.test, !test.isBeyondChance,
                  let value = comparison.change?.current, let figure = comparison.figure else { continue }
            return WithinChance(rule: rule, basis: comparison.basis, value: value, comparison: figure, unit: unit, test: test)
        }
        return nil
    }

    /// The figure conditions read for a comparator: `england`, `region`, `neighbours`.
    static func figure(of kind: ComparatorKind) -> Figure {
        switch kind {
        case .england: return .england
        case .region: return .region
        case .statisticalNeighbours: return .neighbours
        }
    }

    /// When no rule held: the first rule for doing well or explore whose conditions joined by
    /// `and` partly held — its change, say — and the part that did not, so the note names it.
    func blocked(_ rules: [ClassificationRule], _ evaluator: ConditionEvaluator) -> NoteReason? {
        for rule in rules where rule.classification != .toNote {
            let parts = rule.condition.parts
            guard parts.count > 1, parts.count == rule.partTexts.count else { continue }
            let outcomes = parts.map(evaluator.evaluate)
            let changes: Set<Figure> = [.change, .changePercent, .changePoints, .changeAbsolute]
            func readsChange(_ index: Int) -> Bool { !changes.isDisjoint(with: parts[index].figures) }
            // The change was there (a part about it held) and a part about something else stopped it.
            guard parts.indices.contains(where: { readsChange($0) && outcomes[$0] == .holds(true) }),
                  let failing = parts.indices.first(where: { !readsChange($0) && outcomes[$0] == .holds(false) }) else { continue }
            return .blocked(rule: rule, by: rule.partTexts[failing])
        }
        return nil
    }

    /// The figures conditions can read. `change` is the change in the measure's own way: as
    /// written with `change as`, else points for a percentage and percent for anything else.
    private func figures(change: Change, kind: ChangeKind?, unit: Unit, base: Double?) -> (values: [Figure: Double], absence: [Figure: NoteReason]) {
        var values: [Figure: Double] = [.changeAbsolute: change.absolute, .value: change.current, .comparison: change.base]
        var absence: [Figure: NoteReason] = [:]
        if let percent = change.percent { values[.changePercent] = percent } else { absence[.changePercent] = .percentChangeUndefined }
        if let points = change.points { values[.changePoints] = points }
        if let base { values[.base] = base }
        let own = kind ?? (unit == .percent ? .points : .percent)
        switch own {
        case .absolute: values[.change] = change.absolute
        case .percent:
            if let percent = change.percent { values[.change] = percent } else { absence[.change] = .percentChangeUndefined }
        case .points: values[.change] = change.points ?? change.absolute
        }
        return (values, absence)
    }

    // MARK: Statistical process control

    /// The XmR chart over the measure's history, oldest first, starting at its first figure.
    func spc(_ judgement: SPCJudgement, history: [MeasureValue], improvement: ImprovementDirection) throws(SPCError) -> SPCFinding? {
        guard let first = history.firstIndex(where: { $0.value != nil }) else { return nil }
        let charted = Array(history[first...])
        let periods = charted.map(\.period)
        var options = SPCOptions()
        options.improvement = improvement
        options.target = judgement.target
        options.fixAfterPoints = judgement.baselinePoints
        options.rebaseAt = judgement.rebaseAt.compactMap { periods.firstIndex(of: $0) }.filter { $0 > 0 }
        options.screensMovingRanges = judgement.screening
        let result = try xmr(charted.map(\.value), options: options)
        var finding = SPCFinding(periods: periods, result: result, improvement: improvement)
        // Counts of rare events: an XmR chart's limits collapse and call routine zeros special
        // cause, so the Poisson chart judges them (RareEvents.swift), from the latest group on.
        let values = charted.map(\.value)
        if let check = checkCountsForXmR(values), !check.suitsXmR {
            let start = options.rebaseAt.max() ?? 0
            do {
                finding.rareEvents = try poissonChart(Array(values[start...]))
            } catch {
                // Only a value that is not a count, or a bad tail probability, stops the chart;
                // `checkCountsForXmR` has found every value a count. Then the XmR chart stands.
                finding.rareEvents = nil
            }
        }
        return finding
    }

    /// The report's words for the latest point's type (spc.md, "In the report's words").
    func verdict(from spc: SPCFinding) -> Verdict {
        let present = spc.result.points.filter { $0.value != nil }.count
        let minimum = spc.result.options.minimumPoints
        if present < minimum { return .toNote(.tooFewPoints(have: present, need: minimum)) }
        if case .refused(let refusal)? = spc.rareEvents { return .toNote(.tooRareToChart(refusal)) }
        switch spc.latestType {
        case .specialCauseImprovement?: return .doingWell
        case .specialCauseConcern?: return .furtherExploration
        case .specialCauseNeutralHigh?, .specialCauseNeutralLow?: return .toNote(.changeWithoutDirection)
        case .commonCause?, .missing?, nil: return .toNote(.noSignificantChange)
        }
    }

    // MARK: Notices

    /// Looks for the trend, run or record a notice asks about. A record notice applies when the
    /// record falls within the reporting period; a trend when Mann–Kendall finds one.
    func notice(for notice: Notice, history: [MeasureValue], asOf: Period) -> NoticeFinding {
        switch notice.kind {
        case .trend(let since):
            let window = history.filter { $0.period.lastMonth >= since.firstMonth }
            guard let first = window.first?.period, let last = window.last?.period,
                  let result = mannKendall(window.map(\.value)) else {
                return NoticeFinding(notice: notice, applies: false, evidence: nil)
            }
            return NoticeFinding(notice: notice, applies: result.direction != .noTrend,
                                 evidence: .trend(result, since: first, through: last))
        case .record(let high, let within):
            let periods = history.map(\.period)
            let count: Int? = within.map { window in
                switch window {
                case .months(let months): return max(1, months / max(1, monthsPerPeriod(periods)))
                case .periods(let number): return max(1, number)
                }
            }
            guard let record = record(high ? .highest : .lowest, in: history.map(\.value), withinLast: count) else {
                return NoticeFinding(notice: notice, applies: false, evidence: nil)
            }
            let recordPeriods = record.indices.compactMap { periods.indices.contains($0) ? periods[$0] : nil }
            let window = Array(periods.suffix(count ?? periods.count))
            let applies = recordPeriods.contains { asOf.contains($0.firstMonth) && asOf.contains($0.lastMonth) }
            return NoticeFinding(notice: notice, applies: applies,
                                 evidence: .record(record, periods: recordPeriods, window: window))
        case .run(let length):
            let values = history.map(\.value)
            guard let run = latestRun(in: values), run.range.upperBound == values.count - 1 else {
                return NoticeFinding(notice: notice, applies: false, evidence: nil)
            }
            let periods = run.range.compactMap { history.indices.contains($0) ? history[$0].period : nil }
            return NoticeFinding(notice: notice, applies: run.points >= length, evidence: .run(run, periods: periods))
        }
    }

    private func monthsPerPeriod(_ periods: [Period]) -> Int {
        guard let period = periods.first else { return 1 }
        return period.months.count
    }
}

extension ImprovementDirection {
    /// The direction of improvement an indicator's better direction gives.
    init(_ polarity: Polarity) {
        switch polarity {
        case .higher: self = .increase
        case .lower: self = .decrease
        case .neither: self = .neutral
        }
    }
}
