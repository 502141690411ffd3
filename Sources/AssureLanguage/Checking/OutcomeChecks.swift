import AssureData

extension CheckContext {
    mutating func checkOutcome(_ declaration: OutcomeDeclaration) -> Outcome? {
        let name = declaration.name
        if declaration.statement == nil, !declaration.isIncomplete {
            error("outcome '\(name.value)' has no statement", at: name.range,
                  help: "add the sentence the partnership wants to be true, such as statement \"Professionals tell us they feel supported\"")
        }
        if let priority = declaration.priority, priorities[priority.value] == nil {
            unknown("priority", priority, among: priorityOrder)
        }
        if declaration.evidence.isEmpty, !declaration.isIncomplete {
            error("outcome '\(name.value)' has no evidence", at: name.range, help: "add 'evidence' and the measures that back it")
        }
        for measure in declaration.evidence where measures[measure.value] == nil {
            unknown("measure", measure, among: measureOrder)
        }
        var ratings: [RatingRule] = []
        for (offset, rule) in declaration.ratings.enumerated() {
            if rule.condition == nil, offset != declaration.ratings.count - 1 {
                error("rules after 'otherwise' are never used", at: declaration.ratings[offset + 1].range,
                      help: "put 'otherwise' last")
            }
            guard let condition = rule.condition else {
                ratings.append(RatingRule(rule.rating.value, when: nil, text: "otherwise \(rule.rating.value.rawValue)"))
                continue
            }
            if let built = checkRating(condition) {
                ratings.append(RatingRule(rule.rating.value, when: built,
                                          text: "\(rule.rating.value.rawValue) when \(ExpressionText.text(condition))"))
            }
        }
        if (declaration.ratings.last?.condition != nil || declaration.ratings.isEmpty), !declaration.isIncomplete {
            error("outcome '\(name.value)' has no 'otherwise' rating", at: name.range,
                  help: "add 'otherwise red' (or amber) so that every case gets a rating")
        }
        guard let statement = declaration.statement?.value else { return nil }
        return Outcome(name: name.value, statement: statement, priority: declaration.priority?.value,
                       evidence: declaration.evidence.map(\.value), ratings: ratings, range: declaration.range)
    }

    /// Rating rules speak of the evidence as a whole: `all doing well`, `any explore`, joined by
    /// and, or, not. The condition as the engine evaluates it; nil after an error.
    private mutating func checkRating(_ expression: Expression) -> EvidenceCondition? {
        switch expression.kind {
        case .quantified(let quantifier, let classification):
            if case .atLeast(let count) = quantifier, count < 1 {
                error("'at least' needs 1 or more", at: expression.range)
                return nil
            }
            return .count(quantifier, classification.value)
        case .binary(let op, let left, let right) where op.isLogical:
            let l = checkRating(left)
            let r = checkRating(right)
            guard let l, let r else { return nil }
            return op == .and ? .and(l, r) : .or(l, r)
        case .unary(.not, let operand):
            return checkRating(operand).map(EvidenceCondition.not)
        case .missing:
            return nil
        default:
            error("a rating rule speaks of the evidence as a whole", at: expression.range,
                  help: "write, for example, 'all doing well', 'any explore' or 'at least 2 doing well'")
            return nil
        }
    }
}
