import AssureData

/// The one printer of expressions: as rules write them, for `explain` and the checked rules'
/// text (`doing well when change <= -10%`), or fully parenthesised with exact numbers, for the
/// parser's outline in tests (`((change) <= -10%)`).
public enum ExpressionText {
    /// How an expression is written back.
    public enum Style: Sendable {
        /// As an analyst writes it: grouped numbers, `1 point`, brackets only around `and`/`or`.
        case source
        /// Every operation in brackets and numbers as JSON writes them.
        case outline
    }

    public static func text(_ expression: Expression, style: Style = .source) -> String {
        func number(_ value: Double) -> String { style == .source ? NumberText.grouped(value) : JSONText.number(value) }
        switch expression.kind {
        case .number(let value): return number(value)
        case .percent(let value): return number(value) + "%"
        case .points(let value): return number(value) + (style == .source && value == 1 ? " point" : " points")
        case .name(let name): return name
        case .call(let function, let argument): return "\(function.value)(\(text(argument, style: style)))"
        case .unary(let op, let operand):
            switch style {
            case .outline: return "(\(op.rawValue) \(text(operand, style: style)))"
            case .source:
                guard op == .not else { return op.rawValue + text(operand, style: style) }
                // `not (value > 200)`: a comparison under `not` keeps its brackets.
                if case .binary(let inner, _, _) = operand.kind, !inner.isLogical { return "not (\(text(operand, style: style)))" }
                return "not " + text(operand, style: style)
            }
        case .binary(let op, let left, let right):
            let inner = "\(text(left, style: style)) \(op.rawValue) \(text(right, style: style))"
            return style == .outline || op.isLogical ? "(\(inner))" : inner
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
        case .missing: return style == .outline ? "<missing>" : "…"
        }
    }
}
