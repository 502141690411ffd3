import AssureData

extension CheckContext {
    /// How names in an expression are read: as indicators (derived indicators, measure values)
    /// or as a measure's figures (conditions).
    enum Names {
        case indicators
        case figures([String: Dimension], help: [String: String])
    }

    static let aggregationFunctions = ["sum", "last", "mean"]

    /// The kind of figure `expression` gives, reporting unit errors; nil when it cannot be
    /// known (an error has been reported, or the expression was missing). Indicators used are
    /// added to `inputs`.
    mutating func infer(_ expression: Expression, names: Names, inputs: inout [Indicator]) -> Dimension? {
        switch expression.kind {
        case .missing: return nil
        case .number: return .scalar
        case .percent: return .percent
        case .points: return .points
        case .name(let name):
            switch names {
            case .indicators:
                guard indicators[name] != nil else {
                    unknown("indicator", Located(name, at: expression.range), among: indicatorOrder,
                            help: "declare it with 'indicator \(name) { … }'")
                    return nil
                }
                guard let indicator = resolveIndicator(name) else { return nil }
                inputs.append(indicator)
                return Dimension(indicator.unit)
            case .figures(let figures, let help):
                if let dimension = figures[name] { return dimension }
                if let reason = help[name] {
                    error("'\(name)' is not known in this measure", at: expression.range, help: reason)
                    return nil
                }
                unknown("figure", Located(name, at: expression.range), among: Array(figures.keys) + Array(help.keys),
                        help: "a condition can use value, change, base, comparison, target and benchmark")
                return nil
            }
        case .call(let function, let argument):
            guard CheckContext.aggregationFunctions.contains(function.value) else {
                unknown("function", function, among: CheckContext.aggregationFunctions, help: "the functions are sum, last and mean")
                return nil
            }
            return infer(argument, names: names, inputs: &inputs)
        case .quantified:
            error("'all', 'any' and 'none' belong in the rating rules of an outcome", at: expression.range)
            return nil
        case .unary(let op, let operand):
            let inner = infer(operand, names: names, inputs: &inputs)
            if op == .not {
                if let inner, inner != .condition {
                    error("'not' needs a condition, but this is \(inner.words)", at: operand.range)
                }
                return .condition
            }
            return inner
        case .binary(let op, let left, let right):
            let leftDimension = infer(left, names: names, inputs: &inputs)
            let rightDimension = infer(right, names: names, inputs: &inputs)
            guard let l = leftDimension, let r = rightDimension else { return op.isComparison || op.isLogical ? .condition : nil }
            return combine(op, l, r, at: expression.range, left: left, right: right)
        }
    }

    private mutating func combine(_ op: BinaryOperator, _ l: Dimension, _ r: Dimension, at range: SourceRange,
                                  left: Expression, right: Expression) -> Dimension? {
        if op.isLogical {
            for (side, dimension) in [(left, l), (right, r)] where dimension != .condition {
                error("'\(op.rawValue)' joins conditions, but this is \(dimension.words)", at: side.range,
                      help: "compare it with something, such as change <= -10%")
            }
            return .condition
        }
        if l == .condition || r == .condition {
            error("a condition is not a figure to \(op.isComparison ? "compare" : "calculate with")", at: range)
            return op.isComparison ? .condition : nil
        }
        if op.isComparison {
            compareDimensions(l, r, at: range, left: left, right: right)
            return .condition
        }
        // A percentage moved by percentage points is a percentage: target - 10 points.
        if (op == .add || op == .subtract), l == .percent, r == .points { return .percent }
        if op == .add, l == .points, r == .percent { return .percent }
        if l == .points || r == .points {
            error("'points' are a change between two percentages; they cannot be calculated with", at: l == .points ? left.range : right.range)
            return nil
        }
        switch op {
        case .add, .subtract:
            if l == r { return l }
            if l == .scalar { return r }
            if r == .scalar { return l }
            error("\(op == .add ? "adding" : "subtracting") \(r.words) \(op == .add ? "to" : "from") \(l.words)", at: range,
                  help: "both sides of '\(op.rawValue)' must be the same kind of figure")
            return nil
        case .multiply:
            if l == .scalar { return r }
            if r == .scalar { return l }
            error("multiplying \(l.words) by \(r.words) gives no unit Assure knows", at: range,
                  help: "multiply by a plain number only; to make a rate, divide and declare 'unit rate per 10,000'")
            return nil
        case .divide:
            if r == .scalar { return l }
            if l == r || (l.unit != nil && r.unit != nil && l != .percent && r != .percent) { return .proportion }
            error("dividing \(l.words) by \(r.words) gives no unit Assure knows", at: range,
                  help: "divide a figure by another of the same kind, such as a count by a count")
            return nil
        default:
            return nil
        }
    }

    /// Checks that two sides of a comparison are alike: `change <= -10%` when change is a
    /// percentage change, `change <= -2 points` when it is in points.
    private mutating func compareDimensions(_ l: Dimension, _ r: Dimension, at range: SourceRange, left: Expression, right: Expression) {
        func plain(_ dimension: Dimension) -> Bool {
            switch dimension {
            case .count, .number, .scalar, .rate: return true
            default: return false
            }
        }
        if l == r || (l == .scalar && plain(r)) || (r == .scalar && plain(l)) { return }
        // A percentage change is written as a percentage: change <= -10%.
        if (l == .percentChange && r == .percent) || (l == .percent && r == .percentChange) { return }
        let (figure, literal, literalSide) = r == .scalar || r == .percent || r == .points ? (l, r, right) : (r, l, left)
        switch (figure, literal) {
        case (.percentChange, .points), (.percentChange, .scalar):
            error("change here is a percentage change, so write it as a percentage", at: literalSide.range,
                  help: "write it with '%', such as -10%; or say 'change as points' for a percentage")
        case (.points, .percent), (.points, .scalar):
            error("change here is in percentage points, so write it in points", at: literalSide.range,
                  help: "write it with 'points', such as -2 points")
        case (.percent, .scalar):
            error("this figure is a percentage, so compare it with a percentage", at: literalSide.range,
                  help: "write it with '%', such as 90%")
        case (_, .points):
            error("'points' on something that is not a percentage", at: literalSide.range,
                  help: "percentage points measure change between percentages; here write a plain number or a percentage change")
        case (_, .percent):
            error("comparing \(figure.words) with a percentage", at: literalSide.range,
                  help: "write a plain number, or compare 'change' when you mean a percentage change")
        default:
            error("comparing \(l.words) with \(r.words)", at: range, help: "both sides of a comparison must be the same kind of figure")
        }
    }
}
