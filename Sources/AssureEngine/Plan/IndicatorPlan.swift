import AssureData
import AssureLanguage

/// An indicator as the evaluator needs it: how its figures combine over a period, which way is
/// better, its unit, and for a derived indicator the formula over other indicators.
public struct IndicatorPlan: Hashable, Sendable {
    public let name: String
    public let title: String
    public let unit: Unit
    public let polarity: Polarity
    public let aggregation: Aggregation
    /// For a derived indicator (`cp_neglect_share = cp_plans_neglect / cp_plans_total`), the
    /// formula; nil for an indicator read from `Indicators/`.
    public let formula: Formula?

    public init(name: String, title: String, unit: Unit, polarity: Polarity, aggregation: Aggregation, formula: Formula? = nil) {
        self.name = name
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.aggregation = aggregation
        self.formula = formula
    }

    /// Whether changes in the figure are honestly given in percentage points.
    public var isPercentage: Bool { unit == .percent }
}

/// Arithmetic over indicators: a measure's value or a derived indicator's definition. Each
/// indicator is first taken over the period (by its own aggregation, or the one written, as in
/// `sum(x)`), then the arithmetic is done on those figures.
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
}
