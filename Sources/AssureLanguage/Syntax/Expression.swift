import AssureData

/// A value with the place in a rules file it was written.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value
    public let range: SourceRange

    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// An operator between two expressions.
public enum BinaryOperator: String, Hashable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case and, or

    /// Whether the operator compares two numbers, giving true or false.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        case .add, .subtract, .multiply, .divide, .and, .or: return false
        }
    }

    /// Whether the operator joins two conditions.
    public var isLogical: Bool { self == .and || self == .or }
}

/// An operator before one expression.
public enum UnaryOperator: String, Hashable, Sendable {
    case negate = "-", plus = "+", not
}

/// How many measures of an outcome statement's evidence a rating rule asks about.
public enum Quantifier: Hashable, Sendable {
    case all, any, none
    case atLeast(Int)
    case atMost(Int)
}

/// An expression of the language: arithmetic over indicators (derived indicators and measure
/// values), conditions over a measure's figures (`change <= -10%`), and the rating rules of
/// outcome statements (`all doing well`). One tree serves all three; the checker says which
/// forms are allowed where.
public indirect enum ExpressionKind: Hashable, Sendable {
    /// A plain number: `20`, `10,000`.
    case number(Double)
    /// A percent literal: `10%` (the number 10).
    case percent(Double)
    /// Percentage points: `2 points`.
    case points(Double)
    /// A name: an indicator in arithmetic, a figure of the measure (`change`, `value`) in a condition.
    case name(String)
    /// An aggregation over the measure's period: `sum(x)`, `last(x)`, `mean(x)`.
    case call(function: Located<String>, argument: Expression)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// `all doing well`, `at least 2 explore`: in outcome statements' rating rules.
    case quantified(Quantifier, Located<Classification>)
    /// Where the parser could not read an expression (a diagnostic has been given).
    case missing
}

/// An expression with its range.
public struct Expression: Hashable, Sendable {
    public let kind: ExpressionKind
    public let range: SourceRange

    public init(_ kind: ExpressionKind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Every name the expression uses, with where, in order of writing.
    public var names: [Located<String>] {
        var found: [Located<String>] = []
        var stack: [Expression] = [self]
        while let expression = stack.popLast() {
            switch expression.kind {
            case .name(let name): found.append(Located(name, at: expression.range))
            case .call(_, let argument): stack.append(argument)
            case .unary(_, let operand): stack.append(operand)
            case .binary(_, let left, let right): stack.append(right); stack.append(left)
            case .number, .percent, .points, .quantified, .missing: break
            }
        }
        return found
    }
}
