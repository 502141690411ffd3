import AssureData
import AssureLanguage

/// Turns the parsed (and checked) rules files into the evaluator's plan. The evaluator never
/// sees how the rules were written; `assure check` has already reported anything the planner
/// has to leave out here.
public enum RulePlanner {
    public static func plan(_ files: [SourceFile]) -> RulePlan {
        let declarations = files.flatMap(\.declarations)
        var report = RulePlan.Report(title: "How are we doing?", partnership: "", period: .financialYear)
        var priorities: [RulePlan.Priority] = []
        var indicators: [String: IndicatorPlan] = [:]
        var measures: [MeasurePlan] = []
        var outcomes: [OutcomePlan] = []
        for declaration in declarations {
            switch declaration {
            case .report(let settings):
                report = RulePlan.Report(title: settings.title?.value ?? report.title,
                                         partnership: settings.partnership?.value ?? report.partnership,
                                         area: settings.area?.value ?? report.area,
                                         period: settings.period?.value ?? report.period)
            case .priority(let priority):
                priorities.append(RulePlan.Priority(name: priority.name.value, title: priority.title?.value ?? priority.name.value))
            case .indicator(let indicator):
                if indicators[indicator.name.value] == nil { indicators[indicator.name.value] = plan(indicator) }
            case .measure(let measure):
                if let planned = plan(measure) { measures.append(planned) }
            case .outcome(let outcome):
                outcomes.append(plan(outcome))
            }
        }
        return RulePlan(report: report, priorities: priorities, indicators: indicators, measures: measures, outcomes: outcomes)
    }

    // MARK: Indicators

    static func plan(_ indicator: IndicatorDeclaration) -> IndicatorPlan {
        let unit = indicator.unit?.value ?? .count
        var formula = indicator.definition.flatMap(formula(from:))
        if formula == nil, let numerator = indicator.numerator?.value, let denominator = indicator.denominator?.value {
            formula = .divide(.indicator(numerator), .indicator(denominator))
        }
        let defaultAggregation: Aggregation = unit == .count && formula == nil ? .sum : .last
        return IndicatorPlan(name: indicator.name.value, title: indicator.title?.value ?? indicator.name.value, unit: unit,
                             polarity: indicator.polarity?.value ?? .neither,
                             aggregation: indicator.aggregation?.value ?? defaultAggregation,
                             formula: formula.map { scaled($0, unit: unit) })
    }

    /// A share written as a division is a percentage (× 100) or a rate (× 10,000) by its unit,
    /// unless the formula already multiplies by a constant.
    static func scaled(_ formula: Formula, unit: Unit) -> Formula {
        guard case .divide = formula else { return formula }
        switch unit {
        case .percent: return .multiply(formula, .constant(100))
        case .rate(let per): return .multiply(formula, .constant(per))
        case .count, .number: return formula
        }
    }

    /// Arithmetic over indicators; nil for an expression that is not arithmetic.
    static func formula(from expression: Expression) -> Formula? {
        switch expression.kind {
        case .name(let name): return .indicator(name)
        case .number(let value), .percent(let value), .points(let value): return .constant(value)
        case .call(let function, let argument):
            guard case .name(let name) = argument.kind, let aggregation = Aggregation(rawValue: function.value) else { return nil }
            return .indicator(name, aggregation: aggregation)
        case .unary(.negate, let operand): return formula(from: operand).map(Formula.negate)
        case .unary(.plus, let operand): return formula(from: operand)
        case .binary(let op, let left, let right):
            guard let l = formula(from: left), let r = formula(from: right) else { return nil }
            switch op {
            case .add: return .add(l, r)
            case .subtract: return .subtract(l, r)
            case .multiply: return .multiply(l, r)
            case .divide: return .divide(l, r)
            default: return nil
            }
        case .unary(.not, _), .quantified, .missing: return nil
        }
    }

    // MARK: Measures

    static func plan(_ measure: MeasureDeclaration) -> MeasurePlan? {
        guard let value = measure.value.flatMap(formula(from:)) else { return nil }
        let comparisons = measure.comparisons.compactMap { comparison(from: $0.value) }
        let rules = measure.rules.compactMap { rule -> ClassificationRulePlan? in
            guard let condition = condition(from: rule.condition) else { return nil }
            return ClassificationRulePlan(rule.classification.value, when: condition,
                                          text: "\(rule.classification.value.rawValue) when \(ExpressionText.text(rule.condition))",
                                          range: rule.range)
        }
        var narratives: [Classification: Template] = [:]
        for narrative in measure.narratives where narratives[narrative.classification.value] == nil {
            narratives[narrative.classification.value] = narrative.template
        }
        return MeasurePlan(name: measure.name.value, title: measure.title?.value ?? measure.name.value,
                           priority: measure.priority?.value, range: measure.range, value: value, over: measure.over?.value,
                           comparisons: comparisons, changeKind: measure.change?.value, minimumBase: measure.minimumBase?.value,
                           rules: rules, spc: measure.judgement.map(spc(from:)), notices: measure.notices.compactMap(notice(from:)),
                           narratives: narratives)
    }

    static func comparison(from syntax: ComparisonSyntax) -> ComparisonBasis? {
        switch syntax {
        case .previousPeriod: return .previousPeriod
        case .previousAvailable: return .previousAvailable
        case .samePeriodLastYear: return .samePeriodLastYear
        case .baseline(let text): return (try? Period.parse(text.value)).map(ComparisonBasis.baseline)
        case .target(let expression): return constant(expression).map(ComparisonBasis.target)
        case .benchmark(let name, let label): return .benchmark(indicator: name.value, label: label?.value)
        }
    }

    static func constant(_ expression: Expression) -> Double? {
        switch expression.kind {
        case .number(let value), .percent(let value), .points(let value): return value
        case .unary(.negate, let operand): return constant(operand).map { -$0 }
        case .unary(.plus, let operand): return constant(operand)
        default: return nil
        }
    }

    static func condition(from expression: Expression) -> Condition? {
        switch expression.kind {
        case .binary(let op, let left, let right) where op.isComparison:
            guard let l = operand(from: left), let r = operand(from: right) else { return nil }
            return .compare(l, op, r)
        case .binary(.and, let left, let right):
            guard let l = condition(from: left), let r = condition(from: right) else { return nil }
            return .and(l, r)
        case .binary(.or, let left, let right):
            guard let l = condition(from: left), let r = condition(from: right) else { return nil }
            return .or(l, r)
        case .unary(.not, let inner): return condition(from: inner).map(Condition.not)
        default: return nil
        }
    }

    static func operand(from expression: Expression) -> Operand? {
        switch expression.kind {
        case .name(let name): return Figure(named: name).map(Operand.figure)
        case .number(let value), .percent(let value), .points(let value): return .number(value)
        case .unary(.negate, let inner): return operand(from: inner).map(Operand.negate)
        case .unary(.plus, let inner): return operand(from: inner)
        case .binary(let op, let left, let right):
            guard let l = operand(from: left), let r = operand(from: right) else { return nil }
            switch op {
            case .add: return .add(l, r)
            case .subtract: return .subtract(l, r)
            case .multiply: return .multiply(l, r)
            case .divide: return .divide(l, r)
            default: return nil
            }
        default: return nil
        }
    }

    static func spc(from judgement: JudgementSyntax) -> SPCJudgementPlan {
        var baseline: Int?
        var rebase: [Period] = []
        var target: Double?
        var screening = true
        for option in judgement.options {
            switch option {
            case .baseline(let count): baseline = Int(exactly: count.value)
            case .rebase(let periods): rebase += periods.compactMap { try? Period.parse($0.value) }
            case .target(let expression): target = constant(expression)
            case .withoutScreening: screening = false
            }
        }
        return SPCJudgementPlan(baselinePoints: baseline, rebaseAt: rebase, target: target, screening: screening)
    }

    static func notice(from syntax: NoticeSyntax) -> NoticePlan? {
        switch syntax.kind {
        case .trend(let since):
            guard let period = try? Period.parse(since.value) else { return nil }
            return NoticePlan(.trend(since: period), template: syntax.template, range: syntax.range)
        case .record(let high, let within, let unit):
            let count = max(0, Int(exactly: within.value) ?? 0)
            let window: NoticePlan.RecordWindow
            switch unit.value {
            case "years": window = .months(count * 12)
            case "quarters": window = .months(count * 3)
            case "periods": window = .periods(count)
            default: window = .months(count)
            }
            return NoticePlan(.record(high: high, within: count > 0 ? window : nil), template: syntax.template, range: syntax.range)
        case .run(let length):
            return NoticePlan(.run(length: Int(exactly: length.value) ?? 7), template: syntax.template, range: syntax.range)
        }
    }

    // MARK: Outcomes

    static func plan(_ outcome: OutcomeDeclaration) -> OutcomePlan {
        let ratings = outcome.ratings.map { rule -> RatingRulePlan in
            let condition = rule.condition.flatMap(evidenceCondition(from:))
            let text = rule.condition.map { "\(rule.rating.value.rawValue) when \(ExpressionText.text($0))" } ?? "otherwise \(rule.rating.value.rawValue)"
            return RatingRulePlan(rule.rating.value, when: condition, text: text)
        }
        return OutcomePlan(name: outcome.name.value, statement: outcome.statement?.value ?? outcome.name.value,
                           priority: outcome.priority?.value, evidence: outcome.evidence.map(\.value), ratings: ratings,
                           range: outcome.range)
    }

    static func evidenceCondition(from expression: Expression) -> EvidenceCondition? {
        switch expression.kind {
        case .quantified(let quantifier, let classification): return .count(quantifier, classification.value)
        case .binary(.and, let left, let right):
            guard let l = evidenceCondition(from: left), let r = evidenceCondition(from: right) else { return nil }
            return .and(l, r)
        case .binary(.or, let left, let right):
            guard let l = evidenceCondition(from: left), let r = evidenceCondition(from: right) else { return nil }
            return .or(l, r)
        case .unary(.not, let inner): return evidenceCondition(from: inner).map(EvidenceCondition.not)
        default: return nil
        }
    }
}

extension Figure {
    /// The figure a condition names: `change`, `value`, `comparison`, `base`, and the change
    /// in a given way, `change.percent` or `percent_change`.
    init?(named name: String) {
        if let figure = Figure(rawValue: name) { self = figure; return }
        switch name {
        case "change_percent", "percent_change": self = .changePercent
        case "change_points", "points_change": self = .changePoints
        case "change_absolute", "absolute_change": self = .changeAbsolute
        default: return nil
        }
    }
}

/// Expressions written back as text, for `explain` ("doing well when change <= -10%").
enum ExpressionText {
    static func text(_ expression: Expression) -> String {
        switch expression.kind {
        case .number(let value): return NumberText.grouped(value)
        case .percent(let value): return NumberText.grouped(value) + "%"
        case .points(let value): return NumberText.grouped(value) + (value == 1 ? " point" : " points")
        case .name(let name): return name
        case .call(let function, let argument): return "\(function.value)(\(text(argument)))"
        case .unary(.not, let operand): return "not " + text(operand)
        case .unary(let op, let operand): return op.rawValue + text(operand)
        case .binary(let op, let left, let right):
            let inner = "\(text(left)) \(op.rawValue) \(text(right))"
            return op.isLogical ? "(\(inner))" : inner
        case .quantified(let quantifier, let classification):
            let words: String
            switch quantifier {
            case .all: words = "all"
            case .any: words = "any"
            case .none: words = "none"
            case .atLeast(let count): words = "at least \(count)"
            case .atMost(let count): words = "at most \(count)"
            }
            return "\(words) \(classification.value.rawValue)"
        case .missing: return "…"
        }
    }
}
