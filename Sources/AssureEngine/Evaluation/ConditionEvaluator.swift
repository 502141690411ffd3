import AssureLanguage

/// Decides a classification rule's condition from a finding's figures, in three values: it
/// holds, it does not, or a figure it needs is not there (then the measure is noted, with the
/// reason, rather than judged on a guess).
struct ConditionEvaluator {
    /// The figures available, by name; a figure that is absent is `nil` here.
    let figures: [Figure: Double]
    /// Why a figure is absent, for the note.
    let absence: [Figure: NoteReason]
    /// Whether the change is beyond what chance alone would give; nil when no test applies,
    /// with `untested` saying why.
    var significant: Bool? = nil
    var untested: NoteReason = .noChangeBeyondThresholds

    enum Outcome: Equatable {
        case holds(Bool)
        case undecided(NoteReason)
    }

    /// The figures the condition reads, with their values where known.
    func figuresUsed(by condition: Condition) -> [Figure: Double] {
        var used: [Figure: Double] = [:]
        for figure in condition.figures { used[figure] = figures[figure] }
        return used
    }

    func evaluate(_ condition: Condition) -> Outcome {
        switch condition {
        case .compare(let left, let comparison, let right):
            guard case .value(let a) = number(left) else { return undecided(left) }
            guard case .value(let b) = number(right) else { return undecided(right) }
            switch comparison {
            case .less: return .holds(a < b)
            case .lessOrEqual: return .holds(a <= b)
            case .greater: return .holds(a > b)
            case .greaterOrEqual: return .holds(a >= b)
            case .equal: return .holds(a == b)
            case .notEqual: return .holds(a != b)
            case .add, .subtract, .multiply, .divide, .and, .or: return .holds(false)
            }
        case .and(let left, let right):
            let a = evaluate(left)
            if a == .holds(false) { return a }
            let b = evaluate(right)
            if b == .holds(false) { return b }
            if case .undecided = a { return a }
            return b
        case .or(let left, let right):
            let a = evaluate(left)
            if a == .holds(true) { return a }
            let b = evaluate(right)
            if b == .holds(true) { return b }
            if case .undecided = a { return a }
            return b
        case .significant:
            guard let significant else { return .undecided(untested) }
            return .holds(significant)
        case .not(let inner):
            switch evaluate(inner) {
            case .holds(let value): return .holds(!value)
            case .undecided(let reason): return .undecided(reason)
            }
        }
    }

    private enum Number { case value(Double), absent }

    private func number(_ operand: Operand) -> Number {
        switch operand {
        case .figure(let figure): return figures[figure].map(Number.value) ?? .absent
        case .number(let value): return .value(value)
        case .negate(let inner):
            guard case .value(let value) = number(inner) else { return .absent }
            return .value(-value)
        case .add(let l, let r), .subtract(let l, let r), .multiply(let l, let r), .divide(let l, let r):
            guard case .value(let a) = number(l), case .value(let b) = number(r) else { return .absent }
            switch operand {
            case .add: return .value(a + b)
            case .subtract: return .value(a - b)
            case .multiply: return .value(a * b)
            default: return b == 0 ? .absent : .value(a / b)
            }
        }
    }

    private func undecided(_ operand: Operand) -> Outcome {
        let missing = operand.figures.first { figures[$0] == nil }
        return .undecided(missing.flatMap { absence[$0] } ?? .noChangeBeyondThresholds)
    }
}
