import AssureData

/// Arithmetic over indicators, as `assure check` builds it: a measure's value or a derived
/// indicator's definition. Each indicator is first taken over the period (by its own
/// aggregation, or the one written, as in `sum(x)`), then the arithmetic is done on those
/// figures.
public indirect enum Formula: Hashable, Sendable {
    /// An indicator's figure over the period, by `aggregation` or else the indicator's own.
    case indicator(String, aggregation: Aggregation?)
    case constant(Double)
    case add(Formula, Formula)
    case subtract(Formula, Formula)
    case multiply(Formula, Formula)
    case divide(Formula, Formula)
    case negate(Formula)

    /// A formula that is just one indicator, by its own aggregation.
    public static func indicator(_ name: String) -> Formula { .indicator(name, aggregation: nil) }

    /// The indicator names the formula uses, in order of writing.
    public var indicators: [String] {
        switch self {
        case .indicator(let name, _): return [name]
        case .constant: return []
        case .add(let left, let right), .subtract(let left, let right),
             .multiply(let left, let right), .divide(let left, let right):
            return left.indicators + right.indicators
        case .negate(let operand): return operand.indicators
        }
    }

    /// The single indicator when the formula is just one; nil for arithmetic.
    public var singleIndicator: String? {
        if case .indicator(let name, _) = self { return name }
        return nil
    }

    /// The formula shown in `unit`: a share written as a division is a percentage (× 100) or
    /// a rate (× N) by its unit (`Unit.scale`), unless the formula already multiplies by a
    /// constant.
    func scaled(to unit: Unit) -> Formula {
        guard case .divide = self, unit.scale != 1 else { return self }
        return .multiply(self, .constant(unit.scale))
    }
}

extension Formula {
    /// The recorded indicators under the formula, in order of writing (with repeats), looking
    /// through derived indicators by `lookup`. Derived indicators are checked for cycles; the
    /// depth bound keeps one that slipped through from recursing without end.
    public func recordedIndicators(_ lookup: (String) -> Indicator?, depth: Int = 0) -> [String] {
        guard depth < 64 else { return [] }
        return indicators.flatMap { name -> [String] in
            if let definition = lookup(name)?.formula { return definition.recordedIndicators(lookup, depth: depth + 1) }
            return [name]
        }
    }

    /// Whether the formula is a count of events: one recorded count (summed or a stock), or a
    /// sum of them (a sum of Poisson counts is a Poisson count). A mean, a difference, a
    /// multiple or a derived indicator is not. The test of chance applies to such a count, and
    /// `assure check` warns about a rule on any other.
    public func isCountOfEvents(_ lookup: (String) -> Indicator?) -> Bool {
        switch self {
        case .indicator(let name, let aggregation):
            guard let indicator = lookup(name), indicator.formula == nil else { return false }
            return (aggregation ?? indicator.aggregation) != .mean
        case .add(let left, let right): return left.isCountOfEvents(lookup) && right.isCountOfEvents(lookup)
        default: return false
        }
    }
}

extension Unit {
    /// What a proportion (a count over a count) is multiplied by to be shown in this unit:
    /// 100 for a percentage, N for a rate per N, 1 otherwise. The one place unit scaling
    /// lives: derived indicators, recorded ratios and numerator/denominator pairs all use it.
    public var scale: Double {
        switch self {
        case .percent: return 100
        case .rate(let per): return per
        case .count, .number: return 1
        }
    }
}
