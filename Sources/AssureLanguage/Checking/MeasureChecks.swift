import AssureData

extension CheckContext {
    mutating func checkMeasure(_ declaration: MeasureDeclaration) -> Measure? {
        let name = declaration.name
        if let priority = declaration.priority {
            if priorities[priority.value] == nil { unknown("priority", priority, among: priorityOrder) }
        } else if !declaration.isIncomplete {
            error("measure '\(name.value)' has no priority", at: name.range,
                  help: "add 'priority <name>' to say which section of the report it belongs to")
        }
        guard let value = declaration.value else {
            if declaration.isIncomplete { return nil }
            error("measure '\(name.value)' has no value", at: name.range,
                  help: "add 'value <indicator>', such as value marac_repeats_children over financial year")
            return nil
        }
        var inputs: [Indicator] = []
        let typedValue = typed(value, names: .indicators, inputs: &inputs)
        let dimension = typedValue?.dimension
        var unit = dimension?.unit
        if let dimension, unit == nil {
            error("the value of measure '\(name.value)' is \(dimension.words), which has no unit", at: value.range,
                  help: "declare a derived indicator with 'unit percent' or 'unit rate per 10,000', and measure that")
        }
        if dimension == .scalar { unit = nil }
        let formula = unit == nil ? nil : built(typedValue, at: value) { $0.formula }
        let period = checkPeriod(declaration, inputs: inputs)
        let located = declaration.comparisons.compactMap { checkComparison($0, unit: unit, period: period, value: formula) }
        let comparisons = located.map(\.value)
        let change = checkChange(declaration, unit: unit)
        var figures: [String: Dimension] = [:]
        var missing: [String: String] = [:]
        if unit == .number {
            missing["base"] = "only a count, a percentage or a rate has a base (its events or its denominator)"
        } else {
            figures["base"] = .count
        }
        if let unit { figures["value"] = Dimension(unit) }
        let compared = "add 'compare with previous period' (or another comparison) to the measure"
        if !comparisons.isEmpty, let unit {
            figures["comparison"] = Dimension(unit)
            figures["change"] = change == .percent ? .percentChange : (change == .points ? .points : (unit == .percent ? .points : Dimension(unit)))
        } else {
            missing["change"] = "'change' needs something to compare with: " + compared
            missing["comparison"] = "'comparison' needs something to compare with: " + compared
        }
        let hasTarget = comparisons.contains { if case .target = $0 { return true } else { return false } }
        let hasBenchmark = comparisons.contains { if case .benchmark = $0 { return true } else { return false } }
        if hasTarget, let unit { figures["target"] = Dimension(unit) } else { missing["target"] = "add 'compare with target …' to the measure" }
        if hasBenchmark, let unit { figures["benchmark"] = Dimension(unit) } else { missing["benchmark"] = "add 'compare with benchmark …' to the measure" }
        for kind in ComparatorKind.allCases {
            let figure = kind == .statisticalNeighbours ? "neighbours" : kind.rawValue
            let has = comparisons.contains { if case .comparator(let comparison) = $0 { return comparison.kind == kind } else { return false } }
            if has, let unit { figures[figure] = Dimension(unit) } else { missing[figure] = "add 'compare with \(kind.written)' to the measure" }
        }
        if let minimum = declaration.minimumBase, minimum.value < 0 {
            error("a minimum base cannot be negative", at: minimum.range)
        }
        var rules: [ClassificationRule] = []
        for rule in declaration.rules {
            var unused: [Indicator] = []
            let condition = typed(rule.condition, names: .figures(figures, help: missing), inputs: &unused)
            if let kind = condition?.dimension, kind != .condition {
                error("a condition must compare figures, but this is \(kind.words)", at: rule.condition.range,
                      help: "write a comparison, such as change <= -10%")
                continue
            }
            guard let built = built(condition, at: rule.condition, { $0.condition }) else { continue }
            rules.append(ClassificationRule(rule.classification.value, when: built,
                                            text: "\(rule.classification.value.rawValue) when \(ExpressionText.text(rule.condition))",
                                            partTexts: conjuncts(rule.condition).map { ExpressionText.text($0) }, range: rule.range))
        }
        if declaration.ignoreChance == nil, let unit, let formula,
           rules.contains(where: { $0.classification != .toNote && !$0.condition.usesSignificance }),
           let missing = untestable(formula, unit: unit, inputs: inputs) {
            warning("measure '\(name.value)' is judged by its rules, but no test can tell its changes from chance: \(missing.what)",
                    at: name.range, help: missing.help + "; or say 'ignore chance' to judge by the rules alone, as the report will then say")
        }
        let judgement = declaration.judgement.flatMap { checkJudgement($0, unit: unit, period: period) }
        let notices = declaration.notices.compactMap { checkNotice($0, period: period) }
        let polarities = Set(inputs.map(\.polarity))
        let polarity: Polarity = polarities.count == 1 ? polarities.first ?? .neither : .neither
        let (narratives, noteSentences) = checkNarratives(declaration, comparisons: comparisons, unit: unit, polarity: polarity, target: hasTarget || judgement?.target != nil,
                                         benchmark: hasBenchmark, spc: judgement != nil)
        guard let priority = declaration.priority?.value, let unit, let period, let formula else { return nil }
        return Measure(name: name.value, title: declaration.title?.value ?? (inputs.count == 1 ? inputs[0].title : name.value),
                       priority: priority, range: declaration.range, value: formula, over: period, unit: unit,
                       polarity: polarity,
                       comparisons: comparisons, changeKind: change, minimumBase: declaration.minimumBase?.value,
                       rules: rules, spc: judgement, notices: notices, narratives: narratives, noteSentences: noteSentences,
                       ignoresChance: declaration.ignoreChance != nil)
    }

    /// The parts of a condition joined by `and` at its top, as the checked `Condition.parts`.
    private func conjuncts(_ expression: Expression) -> [Expression] {
        if case .binary(.and, let left, let right) = expression.kind { return conjuncts(left) + conjuncts(right) }
        return [expression]
    }

    /// The period the value is taken over: as written, or the frequency of its data; every
    /// indicator must be recorded at least that often.
    private mutating func checkPeriod(_ declaration: MeasureDeclaration, inputs: [Indicator]) -> AggregationPeriod? {
        guard let value = declaration.value else { return nil }
        guard let over = declaration.over else {
            guard let frequency = combinedFrequency(inputs, at: value.range) else { return nil }
            return AggregationPeriod(frequency)
        }
        for indicator in inputs where !over.value.accepts(indicator.frequency) {
            error("'\(indicator.name)' is \(indicator.frequency.words), so it cannot be reported \(over.value.words)", at: over.range,
                  help: "take it over a period its data can fill, such as 'over \(AggregationPeriod(indicator.frequency).rawValue)'")
            return nil
        }
        // A coarser stock inside a derived indicator (an annual population under a monthly
        // rate) gives the figure of the one period that holds the measure's period; a period
        // that does not lie within one of them would have no figure in every report.
        for leaf in recordedLeaves(of: inputs) where !over.value.accepts(leaf.frequency) && !over.value.liesWithin(leaf.frequency) {
            error("'\(leaf.name)' is \(leaf.frequency.words), and a period taken \(over.value.words) does not lie within one of its periods, so it would never have a figure",
                  at: over.range, help: "take the measure over a period inside one of '\(leaf.name)''s, such as 'over month', 'over quarter' or 'over \(AggregationPeriod(leaf.frequency).rawValue)'")
            return nil
        }
        return over.value
    }

    /// What stops a measure's changes being tested against chance, and the data that would
    /// make them testable; nil when they can be (or when the data has not been loaded).
    private mutating func untestable(_ formula: Formula, unit: Unit, inputs: [Indicator]) -> (what: String, help: String)? {
        switch unit {
        case .number:
            return nil   // a score, a mean or a wait: explain says no test applies
        case .count:
            if formula.isCountOfEvents({ resolved[$0] ?? nil }) { return nil }
            return ("the value is not a count of events (a mean, a difference or a multiple)",
                    "measure a recorded count, or a sum of counts")
        case .percent, .rate:
            guard let known = knownDenominators else { return nil }
            for leaf in recordedLeaves(of: inputs) where leaf.unit == unit {
                if leaf.denominator == nil, !known.contains(leaf.name) {
                    return ("'\(leaf.name)' has no denominator (the children, cases or respondents behind it)",
                            "add numerator and denominator columns to its rows in Indicators/, or declare 'denominator <indicator>' on it")
                }
            }
            return nil
        }
    }

    /// The recorded indicators under `inputs`, looking through derived indicators (each is
    /// resolved by the time it is an input), once each, by name.
    private func recordedLeaves(of inputs: [Indicator]) -> [Indicator] {
        let lookup: (String) -> Indicator? = { resolved[$0] ?? nil }
        let names = Set(inputs.flatMap { input in input.formula?.recordedIndicators(lookup) ?? [input.name] })
        return names.sorted().compactMap(lookup)
    }

    /// A period literal read for a measure taken over `period`.
    mutating func readPeriod(_ text: Located<String>, for period: AggregationPeriod?, what: String) -> Period? {
        let parsed: Period
        do {
            parsed = try Period.parse(text.value)
        } catch {
            self.error(error.message, at: text.range, help: error.help)
            return nil
        }
        guard let period else { return parsed }
        let matches: Bool
        switch (period, parsed) {
        case (.month, .month), (.quarter, .quarter), (.financialYear, .financialYear), (.calendarYear, .calendarYear),
             (.academicYear, .academicYear),
             (.rolling12Months, .month): matches = true
        case (.pooled(let years, let kind), .pooled(let pool)): matches = pool.years == years && pool.kind == kind
        default: matches = false
        }
        if !matches {
            error("\(what) \(parsed.code) is \(parsed.kindWords), but the measure is taken \(period.words)", at: text.range,
                  help: "write a period of the measure's kind, such as \(period.example)")
            return nil
        }
        if case .month(let month) = parsed, period == .rolling12Months { return .rolling12Months(endingIn: month) }
        return parsed
    }

    private mutating func checkComparison(_ comparison: Located<ComparisonSyntax>, unit: Unit?, period: AggregationPeriod?,
                                          value: Formula?) -> Located<Comparison>? {
        switch comparison.value {
        case .previousPeriod: return Located(.previousPeriod, at: comparison.range)
        case .previousAvailable: return Located(.previousAvailable, at: comparison.range)
        case .samePeriodLastYear:
            if case .pooled(let years, let kind)? = period {
                error("a measure over \(years) \(kind.rawValue) years pooled has no same period last year: the pool a year earlier shares \(years - 1) of its \(years) years, so a change between them is not a change between separate samples",
                      at: comparison.range,
                      help: "write 'compare with previous period', the latest pool that does not overlap (2014 - 16 for 2017 - 19), or compare with England, the region or statistical neighbours for the same pool")
            }
            return Located(.samePeriodLastYear, at: comparison.range)
        case .baseline(let text):
            return readPeriod(text, for: period, what: "the baseline").map { Located(.baseline($0), at: comparison.range) }
        case .target(let expression):
            return constant(expression, unit: unit, what: "target").map { Located(.target($0), at: comparison.range) }
        case .benchmark(let name, let label):
            guard indicators[name.value] != nil else {
                unknown("indicator", name, among: indicatorOrder)
                return nil
            }
            guard let benchmark = resolveIndicator(name.value) else { return nil }
            if let unit, benchmark.unit != unit {
                error("the benchmark '\(name.value)' is \(Dimension(benchmark.unit).words), but the measure is \(Dimension(unit).words)",
                      at: name.range, help: "compare with a benchmark in the measure's unit")
            }
            if let period, !period.accepts(benchmark.frequency) {
                error("the benchmark '\(name.value)' is \(benchmark.frequency.words), so it cannot be compared \(period.words)", at: name.range)
            }
            if value?.indicators.contains(name.value) == true {
                error("the benchmark '\(name.value)' is the measure's own value, so this would compare the area with itself",
                      at: name.range,
                      help: "to compare with England's figure of the same published series, write 'compare with England'; a benchmark is another series")
                return nil
            }
            return Located(.benchmark(indicator: name.value, label: label?.value), at: comparison.range)
        case .comparator(let kind, let source):
            if let source {
                guard indicators[source.value] != nil else {
                    unknown("indicator", source, among: indicatorOrder)
                    return nil
                }
                guard let published = resolveIndicator(source.value) else { return nil }
                if let unit, published.unit != unit {
                    error("'\(source.value)' is \(Dimension(published.unit).words), but the measure is \(Dimension(unit).words)",
                          at: source.range, help: "take \(kind.value.written)'s figures from an indicator in the measure's unit")
                }
                if let period, !period.accepts(published.frequency) {
                    error("'\(source.value)' is \(published.frequency.words), so it cannot be compared \(period.words)", at: source.range)
                }
            }
            return Located(.comparator(AreaComparison(kind.value, indicator: source?.value, range: comparison.range)), at: comparison.range)
        }
    }

    /// A number written in the measure's unit: `90%` for a percentage, `20` for a count.
    mutating func constant(_ expression: Expression, unit: Unit?, what: String) -> Double? {
        var negative = false
        var kind = expression.kind
        while case .unary(let op, let inner) = kind, op != .not {
            if op == .negate { negative.toggle() }
            kind = inner.kind
        }
        let sign: Double = negative ? -1 : 1
        switch (kind, unit) {
        case (.percent(let value), .percent?), (.percent(let value), nil): return sign * value
        case (.number(let value), .percent?):
            error("the measure is a percentage, so write its \(what) as one", at: expression.range, help: "write it with '%', such as \(NumberText.grouped(value))%")
            return nil
        case (.number(let value), _): return sign * value
        case (.percent, _):
            error("the measure is not a percentage, so its \(what) is a plain number", at: expression.range)
            return nil
        default:
            error("the \(what) must be a number, such as 90% or 20", at: expression.range)
            return nil
        }
    }

    private mutating func checkChange(_ declaration: MeasureDeclaration, unit: Unit?) -> ChangeKind {
        guard let change = declaration.change else { return unit == .percent ? .points : .percent }
        if declaration.comparisons.isEmpty {
            error("'change' needs something to compare with", at: change.range,
                  help: "add 'compare with previous period' (or another comparison), or remove 'change as'")
        }
        if change.value == .points, let unit, unit != .percent {
            error("'points' on a measure that is not a percentage", at: change.range,
                  help: "percentage points are the change between two percentages; for \(Dimension(unit).words) say 'change as percent' or 'change as absolute'")
        }
        return change.value
    }

    private mutating func checkJudgement(_ judgement: JudgementSyntax, unit: Unit?, period: AggregationPeriod?) -> SPCJudgement? {
        guard judgement.method.value == "spc" else {
            unknown("method of judgement", judgement.method, among: ["spc"], help: "the method is spc (statistical process control)")
            return nil
        }
        var result = SPCJudgement()
        for option in judgement.options {
            switch option {
            case .baseline(let count):
                if count.value < 12 || count.value != count.value.rounded() {
                    error("limits fixed after \(NumberText.grouped(count.value)) points are too few", at: count.range,
                          help: "fix the limits after 12 or more whole points (Making Data Count)")
                } else {
                    result.baselinePoints = Int(count.value)
                }
            case .rebase(let periods):
                result.rebaseAt += periods.compactMap { readPeriod($0, for: period, what: "the rebase at") }
            case .target(let expression):
                result.target = constant(expression, unit: unit, what: "target")
            case .withoutScreening:
                result.screening = false
            }
        }
        return result
    }

    private mutating func checkNotice(_ notice: NoticeSyntax, period: AggregationPeriod?) -> Notice? {
        switch notice.kind {
        case .trend(let since):
            guard let start = readPeriod(since, for: period, what: "the start of the trend") else { return nil }
            return Notice(.trend(since: start), template: notice.template, range: notice.range)
        case .record(let high, let within, let unit):
            guard within.value >= 2, within.value == within.value.rounded(), within.value <= 1200 else {
                error("a record is looked for within a whole number of periods, 2 or more", at: within.range)
                return nil
            }
            let count = Int(within.value)
            let window: Notice.RecordWindow
            switch unit.value {
            case "years": window = .months(count * 12)
            case "quarters": window = .months(count * 3)
            case "periods": window = .periods(count)
            default: window = .months(count)
            }
            return Notice(.record(high: high, within: window), template: notice.template, range: notice.range)
        case .run(let length):
            guard length.value >= 2, length.value == length.value.rounded(), length.value <= 1200 else {
                error("a run is a whole number of periods, 2 or more", at: length.range)
                return nil
            }
            return Notice(.run(length: Int(length.value)), template: notice.template, range: notice.range)
        }
    }
}

extension Period {
    /// The kind of period in words, with its article.
    var kindWords: String {
        switch self {
        case .month: return "a month"
        case .quarter: return "a financial quarter"
        case .financialYear: return "a financial year"
        case .calendarYear: return "a calendar year"
        case .academicYear: return "an academic year"
        case .rolling12Months: return "a rolling 12 months"
        case .pooled(let pool): return "\(pool.years) \(pool.kind.rawValue) years pooled"
        }
    }
}

extension AggregationPeriod {
    /// Whether every period of this kind lies within one period of `frequency` (a month or a
    /// quarter within a financial year), so that a stock recorded at `frequency` holds for it.
    func liesWithin(_ frequency: Frequency) -> Bool {
        switch (self, frequency) {
        case (.month, .quarterly), (.month, .financialYear), (.month, .calendarYear), (.month, .academicYear): return true
        case (.quarter, .financialYear), (.quarter, .calendarYear): return true
        default: return false
        }
    }

    /// A period of this kind as rules write it, for hints.
    var example: String {
        switch self {
        case .month, .rolling12Months: return "2023-10"
        case .quarter: return "2023/24 Q3"
        case .financialYear: return "2023/24"
        case .calendarYear: return "2021"
        case .academicYear: return "AY2024/25"
        case .pooled(let years, let kind): return Frequency.pooled(years: years, of: kind).example
        }
    }
}
