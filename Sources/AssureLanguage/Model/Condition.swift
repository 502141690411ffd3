import AssureData

/// A condition over a measure's figures, as `assure check` builds it: comparisons joined by
/// `and`, `or`, `not`.
public indirect enum Condition: Hashable, Sendable {
    case compare(Operand, BinaryOperator, Operand)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    /// `significant`: the change from the first comparison (or the gap from a benchmark or
    /// target) is more than chance alone would give, at the report's confidence.
    case significant

    /// The parts of a condition joined by `and` at its top, in order (the condition itself when
    /// it is not such a join).
    public var parts: [Condition] {
        if case .and(let left, let right) = self { return left.parts + right.parts }
        return [self]
    }

    /// Whether the condition asks the test of chance itself.
    public var usesSignificance: Bool {
        switch self {
        case .significant: return true
        case .compare: return false
        case .and(let left, let right), .or(let left, let right): return left.usesSignificance || right.usesSignificance
        case .not(let inner): return inner.usesSignificance
        }
    }

    /// The figures the condition reads, in order of writing, without repeats.
    public var figures: [Figure] {
        var seen: [Figure] = []
        func add(_ figures: [Figure]) { for figure in figures where !seen.contains(figure) { seen.append(figure) } }
        switch self {
        case .compare(let left, _, let right): add(left.figures); add(right.figures)
        case .and(let left, let right), .or(let left, let right): add(left.figures); add(right.figures)
        case .not(let inner): add(inner.figures)
        case .significant: break
        }
        return seen
    }
}

/// One side of a comparison in a condition: a figure of the finding, a number, or arithmetic.
public indirect enum Operand: Hashable, Sendable {
    case figure(Figure)
    case number(Double)
    case add(Operand, Operand)
    case subtract(Operand, Operand)
    case multiply(Operand, Operand)
    case divide(Operand, Operand)
    case negate(Operand)

    /// The figures the operand reads, in order of writing.
    public var figures: [Figure] {
        switch self {
        case .figure(let figure): return [figure]
        case .number: return []
        case .negate(let inner): return inner.figures
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r):
            return l.figures + r.figures
        }
    }
}

/// A figure of a measure's finding that conditions can test. The names are the language's.
public enum Figure: String, Hashable, Sendable, CaseIterable {
    /// The change in the measure's own way (`change as …`; percent for counts, points for
    /// percentages when not said).
    case change
    case changePercent = "change.percent"
    case changePoints = "change.points"
    case changeAbsolute = "change.absolute"
    /// The measure's value for the period.
    case value
    /// The comparison value.
    case comparison
    /// The base: the size of the numbers behind the figure.
    case base
    /// The target of a `compare with target …`.
    case target
    /// The benchmark's figure for the period, of a `compare with benchmark …`.
    case benchmark
    /// England's figure for the period, of a `compare with England`.
    case england
    /// The region's figure for the period, of a `compare with region`.
    case region
    /// The statistical neighbours' median for the period, of a `compare with statistical
    /// neighbours`.
    case neighbours
}

/// A condition over an outcome statement's evidence: how many measures have a classification.
public indirect enum EvidenceCondition: Hashable, Sendable {
    case count(Quantifier, Classification)
    case and(EvidenceCondition, EvidenceCondition)
    case or(EvidenceCondition, EvidenceCondition)
    case not(EvidenceCondition)
}
