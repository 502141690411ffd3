import AssureData
import AssureLanguage

/// Works out a formula's figure for a period: each indicator taken over the period by its
/// aggregation (derived indicators by their own formula), then the arithmetic. A missing
/// operand or a division by zero leaves the figure unavailable and says which.
struct FormulaResolver {
    let indicators: [String: Indicator]
    let data: SeriesLookup
    let area: String?

    /// Derived indicators are checked for cycles by `assure check`; this bound keeps a cycle
    /// that slipped through from recursing without end.
    private static let maximumDepth = 64

    func value(of formula: Formula, for period: Period) -> MeasureValue {
        var operands: [IndicatorValue] = []
        let result = evaluate(formula, period, depth: 0, operands: &operands)
        return MeasureValue(period: period, result: result, operands: operands,
                            numerator: numerator(of: formula, operands: operands, period: period),
                            denominator: denominator(of: formula, operands: operands, period: period))
    }

    private func evaluate(_ formula: Formula, _ period: Period, depth: Int, operands: inout [IndicatorValue]) -> PeriodValue.Result {
        guard depth < FormulaResolver.maximumDepth else { return .unavailable(.noData) }
        switch formula {
        case .constant(let number):
            return .value(number)
        case .indicator(let name, let aggregation):
            if let plan = indicators[name], let definition = plan.formula {
                let inner = evaluate(definition, period, depth: depth + 1, operands: &operands)
                if case .unavailable(let gap) = inner, !gap.isAboutOperand {
                    return .unavailable(.operandUnavailable(indicator: name, gap: gap))
                }
                return inner
            }
            let value = recorded(name, aggregation, period)
            operands.append(IndicatorValue(indicator: name, value: value))
            if case .unavailable(let gap) = value.result {
                return .unavailable(.operandUnavailable(indicator: name, gap: gap))
            }
            return value.result
        case .negate(let operand):
            let inner = evaluate(operand, period, depth: depth + 1, operands: &operands)
            guard case .value(let number) = inner else { return inner }
            return .value(Change.clean(-number))
        case .add(let left, let right), .subtract(let left, let right),
             .multiply(let left, let right), .divide(let left, let right):
            let leftResult = evaluate(left, period, depth: depth + 1, operands: &operands)
            let rightResult = evaluate(right, period, depth: depth + 1, operands: &operands)
            guard case .value(let a) = leftResult else { return leftResult }
            guard case .value(let b) = rightResult else { return rightResult }
            switch formula {
            case .add: return .value(Change.clean(a + b))
            case .subtract: return .value(Change.clean(a - b))
            case .multiply: return .value(Change.clean(a * b))
            default:
                guard b != 0 else { return .unavailable(.divisionByZero(indicator: right.indicators.first ?? "")) }
                return .value(Change.clean(a / b))
            }
        }
    }

    private func recorded(_ name: String, _ aggregation: Aggregation?, _ period: Period) -> PeriodValue {
        guard let series = data.series(of: name, area: area) else {
            return PeriodValue(period: period, result: .unavailable(.noData), method: .recorded, points: [])
        }
        let kind = aggregation ?? indicators[name]?.aggregation ?? .sum
        return Aggregator.value(of: series, for: period, kind: kind, scale: indicators[name]?.unit.scale ?? 1)
    }

    /// The numbers behind a share: the divisor's figure when the formula is a division (times a
    /// constant, as in `a / b * 100`), or the denominator a ratio indicator carries.
    private func denominator(of formula: Formula, operands: [IndicatorValue], period: Period) -> Double? {
        switch formula {
        case .divide(_, let divisor):
            var ignored: [IndicatorValue] = []
            if case .value(let number) = evaluate(divisor, period, depth: 0, operands: &ignored) { return number }
            return nil
        case .multiply(let left, .constant), .multiply(.constant, let left):
            return denominator(of: left, operands: operands, period: period)
        case .indicator(let name, _):
            if let definition = indicators[name]?.formula {
                return denominator(of: definition, operands: operands, period: period)
            }
            // Recorded beside the value, else the indicator the rules name as its denominator
            // (survey respondents for a survey's percentages).
            if let recorded = operands.first(where: { $0.indicator == name })?.value.denominator { return recorded }
            return indicators[name]?.denominator.flatMap { part in figure(of: part, period) }
        default:
            return nil
        }
    }

    /// The numerator behind a share, found as its denominator is: the dividend of a division,
    /// or the numerator recorded beside a ratio indicator's value (or the indicator named).
    private func numerator(of formula: Formula, operands: [IndicatorValue], period: Period) -> Double? {
        switch formula {
        case .divide(let dividend, _):
            var ignored: [IndicatorValue] = []
            if case .value(let number) = evaluate(dividend, period, depth: 0, operands: &ignored) { return number }
            return nil
        case .multiply(let left, .constant), .multiply(.constant, let left):
            return numerator(of: left, operands: operands, period: period)
        case .indicator(let name, _):
            if let definition = indicators[name]?.formula {
                return numerator(of: definition, operands: operands, period: period)
            }
            if let recorded = operands.first(where: { $0.indicator == name })?.value.numerator { return recorded }
            return indicators[name]?.numerator.flatMap { part in figure(of: part, period) }
        default:
            return nil
        }
    }

    /// An indicator's own figure for a period, when it has one.
    private func figure(of indicator: String, _ period: Period) -> Double? {
        var ignored: [IndicatorValue] = []
        if case .value(let number) = evaluate(.indicator(indicator), period, depth: 0, operands: &ignored) { return number }
        return nil
    }
}

extension ValueGap {
    /// Whether the gap already names the indicator it came from.
    var isAboutOperand: Bool {
        if case .operandUnavailable = self { return true }
        return false
    }
}
