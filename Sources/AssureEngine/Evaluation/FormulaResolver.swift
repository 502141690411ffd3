import AssureData
import AssureLanguage

/// Works out a formula's figure for periods: each indicator taken over the period by its
/// aggregation (derived indicators by their own formula), then the arithmetic. A missing
/// operand or a division by zero leaves the figure unavailable and says which.
///
/// A run of periods (a measure's history) is worked out in one pass over the formula: each
/// indicator's series is found once and read for every period, rather than the formula being
/// walked, and its series looked up, once a period. Every period's figure is worked out
/// exactly as it would be alone.
struct FormulaResolver {
    let indicators: [String: Indicator]
    let data: SeriesLookup
    let area: String?

    /// Derived indicators are checked for cycles by `assure check`; this bound keeps a cycle
    /// that slipped through from recursing without end.
    private static let maximumDepth = 64

    func value(of formula: Formula, for period: Period) -> MeasureValue {
        values(of: formula, for: [period])[0]
    }

    /// The formula's figure for each of `periods`, in the same order.
    func values(of formula: Formula, for periods: [Period]) -> [MeasureValue] {
        var operands = [[IndicatorValue]](repeating: [], count: periods.count)
        let results = evaluate(formula, periods, depth: 0, operands: &operands)
        let numerators = numerator(of: formula, operands: operands, periods: periods)
        let denominators = denominator(of: formula, operands: operands, periods: periods)
        var values: [MeasureValue] = []
        values.reserveCapacity(periods.count)
        for index in periods.indices {
            values.append(MeasureValue(period: periods[index], result: results[index], operands: operands[index],
                                       numerator: numerators[index], denominator: denominators[index]))
        }
        return values
    }

    private func evaluate(_ formula: Formula, _ periods: [Period], depth: Int,
                          operands: inout [[IndicatorValue]]) -> [PeriodValue.Result] {
        guard depth < FormulaResolver.maximumDepth else { return Array(repeating: .unavailable(.noData), count: periods.count) }
        switch formula {
        case .constant(let number):
            return Array(repeating: .value(number), count: periods.count)
        case .indicator(let name, let aggregation):
            if let plan = indicators[name], let definition = plan.formula {
                var inner = evaluate(definition, periods, depth: depth + 1, operands: &operands)
                for index in inner.indices {
                    if case .unavailable(let gap) = inner[index], !gap.isAboutOperand {
                        inner[index] = .unavailable(.operandUnavailable(indicator: name, gap: gap))
                    }
                }
                return inner
            }
            let values = recorded(name, aggregation, periods)
            var results: [PeriodValue.Result] = []
            results.reserveCapacity(periods.count)
            for index in values.indices {
                let value = values[index]
                operands[index].append(IndicatorValue(indicator: name, value: value))
                if case .unavailable(let gap) = value.result {
                    results.append(.unavailable(.operandUnavailable(indicator: name, gap: gap)))
                } else {
                    results.append(value.result)
                }
            }
            return results
        case .negate(let operand):
            var inner = evaluate(operand, periods, depth: depth + 1, operands: &operands)
            for index in inner.indices {
                if case .value(let number) = inner[index] { inner[index] = .value(Change.clean(-number)) }
            }
            return inner
        case .add(let left, let right), .subtract(let left, let right),
             .multiply(let left, let right), .divide(let left, let right):
            let leftResults = evaluate(left, periods, depth: depth + 1, operands: &operands)
            let rightResults = evaluate(right, periods, depth: depth + 1, operands: &operands)
            var results: [PeriodValue.Result] = []
            results.reserveCapacity(periods.count)
            for index in periods.indices {
                guard case .value(let a) = leftResults[index] else { results.append(leftResults[index]); continue }
                guard case .value(let b) = rightResults[index] else { results.append(rightResults[index]); continue }
                switch formula {
                case .add: results.append(.value(Change.clean(a + b)))
                case .subtract: results.append(.value(Change.clean(a - b)))
                case .multiply: results.append(.value(Change.clean(a * b)))
                default:
                    if b == 0 {
                        results.append(.unavailable(.divisionByZero(indicator: right.indicators.first ?? "")))
                    } else {
                        results.append(.value(Change.clean(a / b)))
                    }
                }
            }
            return results
        }
    }

    /// The recorded indicator's figure for each period: its series found once, then read for
    /// every period.
    private func recorded(_ name: String, _ aggregation: Aggregation?, _ periods: [Period]) -> [PeriodValue] {
        guard let series = data.series(of: name, area: area) else {
            return periods.map { PeriodValue(period: $0, result: .unavailable(.noData), method: .recorded, points: []) }
        }
        let kind = aggregation ?? indicators[name]?.aggregation ?? .sum
        let scale = indicators[name]?.unit.scale ?? 1
        return periods.map { Aggregator.value(of: series, for: $0, kind: kind, scale: scale) }
    }

    /// The numbers behind a share: the divisor's figure when the formula is a division (times a
    /// constant, as in `a / b * 100`), or the denominator a ratio indicator carries.
    private func denominator(of formula: Formula, operands: [[IndicatorValue]], periods: [Period]) -> [Double?] {
        switch formula {
        case .divide(_, let divisor):
            return figures(of: divisor, periods)
        case .multiply(let left, .constant), .multiply(.constant, let left):
            return denominator(of: left, operands: operands, periods: periods)
        case .indicator(let name, _):
            if let definition = indicators[name]?.formula {
                return denominator(of: definition, operands: operands, periods: periods)
            }
            // Recorded beside the value, else the indicator the rules name as its denominator
            // (survey respondents for a survey's percentages).
            let recorded = operands.map { $0.first(where: { $0.indicator == name })?.value.denominator }
            guard let part = indicators[name]?.denominator, recorded.contains(where: { $0 == nil }) else { return recorded }
            let named = figures(of: .indicator(part), periods)
            return recorded.indices.map { recorded[$0] ?? named[$0] }
        default:
            return Array(repeating: nil, count: periods.count)
        }
    }

    /// The numerator behind a share, found as its denominator is: the dividend of a division,
    /// or the numerator recorded beside a ratio indicator's value (or the indicator named).
    private func numerator(of formula: Formula, operands: [[IndicatorValue]], periods: [Period]) -> [Double?] {
        switch formula {
        case .divide(let dividend, _):
            return figures(of: dividend, periods)
        case .multiply(let left, .constant), .multiply(.constant, let left):
            return numerator(of: left, operands: operands, periods: periods)
        case .indicator(let name, _):
            if let definition = indicators[name]?.formula {
                return numerator(of: definition, operands: operands, periods: periods)
            }
            let recorded = operands.map { $0.first(where: { $0.indicator == name })?.value.numerator }
            guard let part = indicators[name]?.numerator, recorded.contains(where: { $0 == nil }) else { return recorded }
            let named = figures(of: .indicator(part), periods)
            return recorded.indices.map { recorded[$0] ?? named[$0] }
        default:
            return Array(repeating: nil, count: periods.count)
        }
    }

    /// A formula's own figure for each period, when it has one.
    private func figures(of formula: Formula, _ periods: [Period]) -> [Double?] {
        var ignored = [[IndicatorValue]](repeating: [], count: periods.count)
        return evaluate(formula, periods, depth: 0, operands: &ignored).map { result in
            if case .value(let number) = result { return number }
            return nil
        }
    }
}

extension ValueGap {
    /// Whether the gap already names the indicator it came from.
    var isAboutOperand: Bool {
        if case .operandUnavailable = self { return true }
        return false
    }
}
