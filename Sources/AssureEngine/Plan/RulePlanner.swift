import AssureData
import AssureLanguage

/// Turns the checked rule set into the evaluator's plan. The evaluator never
/// sees how the rules were written; `assure check` has already reported anything the planner
/// has to leave out here.
public enum RulePlanner {
    /// The plan for a checked rule set.
    public static func plan(_ rules: RuleSet) -> RulePlan {
        let report = RulePlan.Report(title: rules.report.title, partnership: rules.report.partnership ?? "",
                                     area: rules.report.area, period: rules.report.period)
        let priorities = rules.priorities.map { RulePlan.Priority(name: $0.name, title: $0.title) }
        let indicators = rules.indicators.mapValues(plan)
        let measures = rules.measures.compactMap(plan)
        let outcomes = rules.outcomes.map(plan)
        return RulePlan(report: report, priorities: priorities, indicators: indicators, measures: measures, outcomes: outcomes)
    }

    // MARK: Indicators

    static func plan(_ indicator: Indicator) -> IndicatorPlan {
        var formula = indicator.definition.flatMap(formula(from:))
        if formula == nil, let numerator = indicator.numerator, let denominator = indicator.denominator {
            formula = .divide(.indicator(numerator), .indicator(denominator))
        }
        return IndicatorPlan(name: indicator.name, title: indicator.title, unit: indicator.unit, polarity: indicator.polarity,
                             aggregation: indicator.aggregation, formula: formula.map { scaled($0, unit: indicator.unit) })
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

    static func plan(_ measure: Measure) -> MeasurePlan? {
        guard let value = formula(from: measure.value) else { return nil }
        let comparisons = measure.comparisons.map { comparison -> ComparisonBasis in
            switch comparison.value {
            case .previousPeriod: return .previousPeriod
            case .previousAvailable: return .previousAvailable
            case .samePeriodLastYear: return .samePeriodLastYear
            case .baseline(let period): return .baseline(period)
            case .target(let target): return .target(target)
            case .benchmark(let indicator, let label): return .benchmark(indicator: indicator, label: label)
            }
        }
        let rules = measure.rules.compactMap { rule -> ClassificationRulePlan? in
            guard let condition = condition(from: rule.condition) else { return nil }
            return ClassificationRulePlan(rule.classification.value, when: condition,
                                          text: "\(rule.classification.value.rawValue) when \(ExpressionText.text(rule.condition))",
                                          range: rule.range)
        }
        let spc = measure.judgement.map {
            SPCJudgementPlan(baselinePoints: $0.baselinePoints, rebaseAt: $0.rebases, target: $0.target, screening: $0.screening)
        }
        return MeasurePlan(name: measure.name, title: measure.title, priority: measure.priority, range: measure.range,
                           value: value, over: measure.period, unit: measure.unit, polarity: measure.polarity,
                           comparisons: comparisons, changeKind: measure.change, minimumBase: measure.minimumBase,
                           rules: rules, spc: spc, notices: measure.notices.map(notice(from:)), narratives: measure.narratives)
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
        case .name(let name): return Figure(rawValue: name).map(Operand.figure)
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

    static func notice(from notice: Notice) -> NoticePlan {
        switch notice.kind {
        case .trend(let since):
            return NoticePlan(.trend(since: since), template: notice.template, range: notice.range)
        case .record(let high, let within, let unit):
            let count = max(0, within)
            let window: NoticePlan.RecordWindow
            switch unit {
            case "years": window = .months(count * 12)
            case "quarters": window = .months(count * 3)
            case "periods": window = .periods(count)
            default: window = .months(count)
            }
            return NoticePlan(.record(high: high, within: count > 0 ? window : nil), template: notice.template, range: notice.range)
        case .run(let length):
            return NoticePlan(.run(length: length), template: notice.template, range: notice.range)
        }
    }

    // MARK: Outcomes

    static func plan(_ outcome: Outcome) -> OutcomePlan {
        let ratings = outcome.ratings.map { rule -> RatingRulePlan in
            let condition = rule.condition.flatMap(evidenceCondition(from:))
            let text = rule.condition.map { "\(rule.rating.value.rawValue) when \(ExpressionText.text($0))" } ?? "otherwise \(rule.rating.value.rawValue)"
            return RatingRulePlan(rule.rating.value, when: condition, text: text)
        }
        return OutcomePlan(name: outcome.name, statement: outcome.statement, priority: outcome.priority,
                           evidence: outcome.evidence, ratings: ratings, range: outcome.range)
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
