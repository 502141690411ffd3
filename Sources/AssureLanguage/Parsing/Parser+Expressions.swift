import AssureData

extension Parser {
    /// An expression on the current line. An expression may go on to the next line only after
    /// an operator, a comma or an opening parenthesis, or inside parentheses.
    mutating func parseExpression(_ what: String, quantifiers: Bool = false, continued: Bool = false) -> Expression {
        guard !atClauseEnd || (continued && current.startsLine && current.kind != .leftBrace && current.kind != .end) else {
            error("expected \(what), found \(currentDescription)", at: missingRange)
            return Expression(.missing, at: missingRange)
        }
        return parseOr(quantifiers)
    }

    /// Whether a binary operator may be read at the current token: on the same line, or
    /// anywhere inside parentheses.
    private var operatorContinues: Bool { !current.startsLine || parenthesisDepth > 0 }

    private mutating func parseOr(_ quantifiers: Bool) -> Expression {
        var left = parseAnd(quantifiers)
        var levels = 0
        defer { depth -= levels }
        while current.isWord("or"), operatorContinues {
            let op = advance()
            guard enter() else { return tooDeep(op.range) }
            levels += 1
            let right = parseAnd(quantifiers)
            left = Expression(.binary(.or, left, right), at: span(left.range, right.range))
        }
        return left
    }

    private mutating func parseAnd(_ quantifiers: Bool) -> Expression {
        var left = parseNot(quantifiers)
        var levels = 0
        defer { depth -= levels }
        while current.isWord("and"), operatorContinues {
            let op = advance()
            guard enter() else { return tooDeep(op.range) }
            levels += 1
            let right = parseNot(quantifiers)
            left = Expression(.binary(.and, left, right), at: span(left.range, right.range))
        }
        return left
    }

    private mutating func parseNot(_ quantifiers: Bool) -> Expression {
        guard current.isWord("not") else { return parseComparison(quantifiers) }
        let keyword = advance()
        guard enter() else { return tooDeep(keyword.range) }
        defer { depth -= 1 }
        let operand = parseNot(quantifiers)
        return Expression(.unary(.not, operand), at: span(keyword.range, operand.range))
    }

    private mutating func parseComparison(_ quantifiers: Bool) -> Expression {
        let left = parseSum(quantifiers)
        let operators: [TokenKind: BinaryOperator] = [.equal: .equal, .notEqual: .notEqual, .less: .less,
                                                      .lessEqual: .lessOrEqual, .greater: .greater, .greaterEqual: .greaterOrEqual]
        guard let op = operators[current.kind], operatorContinues else { return left }
        advance()
        let right = parseSum(quantifiers)
        return Expression(.binary(op, left, right), at: span(left.range, right.range))
    }

    private mutating func parseSum(_ quantifiers: Bool) -> Expression {
        var left = parseProduct(quantifiers)
        var levels = 0
        defer { depth -= levels }
        while current.kind == .plus || current.kind == .minus, operatorContinues {
            let token = advance()
            guard enter() else { return tooDeep(token.range) }
            levels += 1
            let op: BinaryOperator = token.kind == .plus ? .add : .subtract
            let right = parseProduct(quantifiers)
            left = Expression(.binary(op, left, right), at: span(left.range, right.range))
        }
        return left
    }

    private mutating func parseProduct(_ quantifiers: Bool) -> Expression {
        var left = parseUnary(quantifiers)
        var levels = 0
        defer { depth -= levels }
        while current.kind == .star || current.kind == .slash, operatorContinues {
            let token = advance()
            guard enter() else { return tooDeep(token.range) }
            levels += 1
            let op: BinaryOperator = token.kind == .star ? .multiply : .divide
            let right = parseUnary(quantifiers)
            left = Expression(.binary(op, left, right), at: span(left.range, right.range))
        }
        return left
    }

    private mutating func parseUnary(_ quantifiers: Bool) -> Expression {
        guard current.kind == .minus || current.kind == .plus else { return parsePrimary(quantifiers) }
        let sign = advance()
        guard enter() else { return tooDeep(sign.range) }
        defer { depth -= 1 }
        let operand = parseUnary(quantifiers)
        return Expression(.unary(sign.kind == .minus ? .negate : .plus, operand), at: span(sign.range, operand.range))
    }

    private mutating func parsePrimary(_ quantifiers: Bool) -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            if (current.isWord("points") || current.isWord("point")), !current.startsLine || parenthesisDepth > 0 {
                advance()
                return Expression(.points(token.number), at: span(token.range, previousRange))
            }
            return Expression(.number(token.number), at: token.range)
        case .percent:
            advance()
            return Expression(.percent(token.number), at: token.range)
        case .leftParen:
            advance()
            guard enter() else { return tooDeep(token.range, insideParenthesis: true) }
            parenthesisDepth += 1
            let inner = parseOr(quantifiers)
            parenthesisDepth -= 1
            depth -= 1
            if current.kind == .rightParen {
                advance()
            } else {
                error("expected ')' to close the '(' at line \(token.range.start.line), column \(token.range.start.column), found \(currentDescription)",
                      at: missingRange, notes: [Diagnostic.Note(range: token.range, message: "the '(' is here")])
            }
            return Expression(inner.kind, at: span(token.range, previousRange))
        case .word:
            if quantifiers, let quantified = parseQuantified() { return quantified }
            advance()
            if current.kind == .leftParen, !current.startsLine || parenthesisDepth > 0 {
                let open = advance()
                guard enter() else { return tooDeep(open.range, insideParenthesis: true) }
                parenthesisDepth += 1
                let argument = parseOr(quantifiers)
                parenthesisDepth -= 1
                depth -= 1
                if current.kind == .rightParen {
                    advance()
                } else {
                    error("expected ')' after the argument of '\(token.text)', found \(currentDescription)", at: missingRange)
                }
                return Expression(.call(function: Located(token.text, at: token.range), argument: argument), at: span(token.range, previousRange))
            }
            return Expression(.name(token.text), at: token.range)
        default:
            let help = token.kind == .period ? "a period is not a figure: use it after 'baseline', 'since' or 'rebase at'" : nil
            error("expected a number, a percentage or a name, found \(currentDescription)", at: missingRange, help: help)
            if !atClauseEnd, token.kind != .rightParen { advance() }
            return Expression(.missing, at: token.range)
        }
    }

    /// `all doing well`, `any explore`, `none explore`, `at least 2 doing well`, `at most 1 explore`.
    private mutating func parseQuantified() -> Expression? {
        let start = current.range
        let quantifier: Quantifier
        switch current.text {
        case "all": quantifier = .all
        case "any": quantifier = .any
        case "none", "no": quantifier = .none
        case "at":
            guard peek(1).isWord("least") || peek(1).isWord("most"), peek(2).kind == .number else { return nil }
            let count = Int(exactly: peek(2).number) ?? 0
            quantifier = peek(1).isWord("least") ? .atLeast(count) : .atMost(count)
            advance(); advance()
        default: return nil
        }
        advance()
        guard let classification = parseClassification() else { return Expression(.missing, at: start) }
        return Expression(.quantified(quantifier, classification), at: range(from: start))
    }

    /// `doing well`, `explore`, `to note`.
    mutating func parseClassification() -> Located<Classification>? {
        let start = current.range
        guard let first = parseChoice([("doing", Classification.doingWell), ("explore", .furtherExploration), ("to", .toNote)],
                                      what: "a classification: doing well, explore or to note") else { return nil }
        switch first.value {
        case .doingWell: guard expectWord("well", after: "'doing'") else { return nil }
        case .toNote: guard expectWord("note", after: "'to'") else { return nil }
        case .furtherExploration: break
        }
        return Located(first.value, at: range(from: start))
    }

    // MARK: Depth

    /// Counts one more level of nesting (a parenthesis, a sign, or an operator in a chain, each
    /// of which makes the tree one deeper); false once the limit is passed.
    private mutating func enter() -> Bool {
        depth += 1
        if depth <= Parser.maximumDepth { return true }
        depth -= 1
        return false
    }

    /// Reports an expression nested too deeply and skips it without recursing: to the matching
    /// parenthesis, or to the end of the clause.
    private mutating func tooDeep(_ at: SourceRange, insideParenthesis: Bool = false) -> Expression {
        error("expression nested too deeply (more than \(Parser.maximumDepth) levels)", at: at,
              help: "write it more simply, or split it into derived indicators")
        var open = insideParenthesis ? 1 : 0
        while current.kind != .end, current.kind != .semicolon, current.kind != .rightBrace {
            if current.kind == .leftParen { open += 1 }
            if current.kind == .rightParen {
                if open == 0 { break }
                open -= 1
                if open == 0 { advance(); break }
            }
            if open == 0, current.startsLine { break }
            advance()
        }
        return Expression(.missing, at: at)
    }

    func span(_ start: SourceRange, _ end: SourceRange) -> SourceRange {
        SourceRange(file: start.file, start: start.start, end: max(start.start, end.end))
    }
}
