import AssureData

extension CheckContext {
    /// How names in an expression are read: as indicators (derived indicators, measure values)
    /// or as a measure's figures (conditions).
    enum Names {
        case indicators
        case figures([String: Dimension], help: [String: String])
    }

    static let aggregationFunctions = ["sum", "last", "mean"]

    /// What checking an expression gives: the kind of figure, and the typed value the engine
    /// evaluates. `term` is nil only when an error has been reported.
    struct Typed {
        var dimension: Dimension
        var term: Term?
    }

    /// An expression as the engine evaluates it.
    enum Term {
        /// A number written in the rules; it becomes a formula's constant or a condition's number.
        case constant(Double)
        case formula(Formula)
        case operand(Operand)
        case condition(Condition)

        var formula: Formula? {
            switch self {
            case .constant(let value): return .constant(value)
            case .formula(let formula): return formula
            case .operand, .condition: return nil
            }
        }

        var operand: Operand? {
            switch self {
            case .constant(let value): return .number(value)
            case .operand(let operand): return operand
            case .formula, .condition: return nil
            }
        }

        var condition: Condition? {
            if case .condition(let condition) = self { return condition }
            return nil
        }
    }

    /// The kind of figure `expression` gives, reporting unit errors; nil when it cannot be
    /// known (an error has been reported, or the expression was missing). Indicators used are
    /// added to `inputs`.
    mutating func infer(_ expression: Expression, names: Names, inputs: inout [Indicator]) -> Dimension? {
        typed(expression, names: names, inputs: &inputs)?.dimension
    }

    /// Checks `expression` and builds it in the same pass: its kind of figure and its typed
    /// value; nil when an error has been reported (or the parser reported a missing part).
    mutating func typed(_ expression: Expression, names: Names, inputs: inout [Indicator]) -> Typed? {
        switch expression.kind {
        case .missing: return nil
        case .number(let value): return Typed(dimension: .scalar, term: .constant(value))
        case .percent(let value): return Typed(dimension: .percent, term: .constant(value))
        case .points(let value): return Typed(dimension: .points, term: .constant(value))
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
                return Typed(dimension: Dimension(indicator.unit), term: .formula(.indicator(name)))
            case .figures(let figures, let help):
                if name == "significant" {
                    guard figures["change"] != nil else {
                        error("'significant' needs something to compare with", at: expression.range,
                              help: "add 'compare with previous period' (or another comparison) to the measure")
                        return nil
                    }
                    return Typed(dimension: .condition, term: .condition(.significant))
                }
                if let dimension = figures[name], let figure = Figure(rawValue: name) {
                    return Typed(dimension: dimension, term: .operand(.figure(figure)))
                }
                if let reason = help[name] {
                    error("'\(name)' is not known in this measure", at: expression.range, help: reason)
                    return nil
                }
                unknown("figure", Located(name, at: expression.range), among: Array(figures.keys) + Array(help.keys),
                        help: "a condition can use value, change, base, comparison, target, benchmark, england, region and neighbours")
                return nil
            }
        case .call(let function, let argument):
            guard CheckContext.aggregationFunctions.contains(function.value), let aggregation = Aggregation(rawValue: function.value) else {
                unknown("function", function, among: CheckContext.aggregationFunctions, help: "the functions are sum, last and mean")
                return nil
            }
            guard case .indicators = names else {
                error("'\(function.value)' takes an indicator over the measure's period; a condition names the measure's figures themselves",
                      at: expression.range, help: "write the figure without '\(function.value)(…)', such as change <= -10%")
                return nil
            }
            guard case .name(let name) = argument.kind else {
                error("'\(function.value)' takes one indicator, not arithmetic", at: argument.range,
                      help: "name one indicator, as in \(function.value)(marac_repeats_children); for arithmetic over the period, declare a derived indicator and measure that")
                return nil
            }
            guard let inner = typed(argument, names: names, inputs: &inputs) else { return nil }
            return Typed(dimension: inner.dimension, term: .formula(.indicator(name, aggregation: aggregation)))
        case .quantified:
            error("'all', 'any' and 'none' belong in the rating rules of an outcome", at: expression.range)
            return nil
        case .unary(let op, let operand):
            let inner = typed(operand, names: names, inputs: &inputs)
            if op == .not {
                if let inner, inner.dimension != .condition {
                    error("'not' needs a condition, but this is \(inner.dimension.words)", at: operand.range)
                    return Typed(dimension: .condition, term: nil)
                }
                return Typed(dimension: .condition, term: inner?.term?.condition.map { .condition(.not($0)) })
            }
            guard let inner else { return nil }
            guard op == .negate, let term = inner.term else { return inner }
            let negated: Term?
            switch term {
            case .constant(let value): negated = .constant(-value)
            case .formula(let formula): negated = .formula(.negate(formula))
            case .operand(let operand): negated = .operand(.negate(operand))
            case .condition: negated = nil
            }
            return Typed(dimension: inner.dimension, term: negated)
        case .binary(let op, let left, let right):
            let l = typed(left, names: names, inputs: &inputs)
            let r = typed(right, names: names, inputs: &inputs)
            guard let l, let r else { return op.isComparison || op.isLogical ? Typed(dimension: .condition, term: nil) : nil }
            guard let dimension = combine(op, l.dimension, r.dimension, at: expression.range, left: left, right: right) else { return nil }
            return Typed(dimension: dimension, term: l.term.flatMap { a in r.term.flatMap { b in CheckContext.join(op, a, b) } })
        }
    }

    /// Two typed sides joined by an operator; nil when the sides cannot be joined (an error
    /// has been reported about them).
    private static func join(_ op: BinaryOperator, _ a: Term, _ b: Term) -> Term? {
        if op.isLogical {
            guard let l = a.condition, let r = b.condition else { return nil }
            return .condition(op == .and ? .and(l, r) : .or(l, r))
        }
        if op.isComparison {
            guard let l = a.operand, let r = b.operand else { return nil }
            return .condition(.compare(l, op, r))
        }
        if case .constant(let x) = a, case .constant(let y) = b {
            switch op {
            case .add: return .constant(x + y)
            case .subtract: return .constant(x - y)
            case .multiply: return .constant(x * y)
            default: return y == 0 ? nil : .constant(x / y)
            }
        }
        if let l = a.formula, let r = b.formula, a.operand == nil || b.operand == nil {
            switch op {
            case .add: return .formula(.add(l, r))
            case .subtract: return .formula(.subtract(l, r))
            case .multiply: return .formula(.multiply(l, r))
            default: return .formula(.divide(l, r))
            }
        }
        if let l = a.operand, let r = b.operand {
            switch op {
            case .add: return .operand(.add(l, r))
            case .subtract: return .operand(.subtract(l, r))
            case .multiply: return .operand(.multiply(l, r))
            default: return .operand(.divide(l, r))
            }
        }
        return nil
    }

    /// The typed value of a checked expression, or an error at its place when checking gave
    /// none without saying why: nothing the checker accepts is dropped silently.
    mutating func built<Value>(_ typed: Typed?, at expression: Expression, _ extract: (Term) -> Value?) -> Value? {
        guard let typed else { return nil }
        if let term = typed.term, let value = extract(term) { return value }
        if !diagnostics.contains(where: { $0.severity == .error }) {
            error("Assure cannot evaluate this expression", at: expression.range,
                  help: "write arithmetic over indicators for a value, or a comparison of the measure's figures for a condition")
        }
        return nil
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
