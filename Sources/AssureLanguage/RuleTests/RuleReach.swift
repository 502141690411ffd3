import AssureData

/// Which of a measure's classification rules can never hold: a condition that contradicts
/// itself (`change > 10% and change < 5%`), or one that an earlier rule always wins over
/// (`doing well when change <= -10%` after `doing well when change <= -5%`).
///
/// Only what can be proved is claimed. A comparison of one figure with a number (`change <=
/// -10%`, `5 < base`) is an interval of that figure; `and`, `or` and `not` combine them.
/// Anything else — two figures compared (`value <= target`), arithmetic on a figure,
/// `significant` — is taken as "may hold" where that keeps a claim true: when asking whether a
/// rule can hold, it may; when asking whether an earlier rule surely holds, it may not. The
/// figures are taken as independent (`change` and `change.percent` are not known to be the
/// same number), which can only hide a claim, never make a false one.
public enum RuleReach {
    /// Why a rule never holds.
    public enum NeverHolds: Hashable, Sendable {
        /// No figures satisfy the condition.
        case contradiction
        /// Whenever the condition holds, these earlier rules (by position, from 0) hold
        /// too, and the first of them decides.
        case alwaysWonBy([Int])
        /// The condition needs a base below the measure's minimum base, and a measure below
        /// it is noted as small numbers before any rule is tried.
        case belowMinimumBase(Double)
    }

    /// The rules (by position, from 0) that can never hold, and why, in order. With a
    /// `minimumBase`, rules are tried only when the base is at least that (a base the data
    /// does not give leaves any rule that reads it undecided).
    public static func neverHolding(_ rules: [ClassificationRule], minimumBase: Double? = nil) -> [(rule: Int, why: NeverHolds)] {
        var found: [(rule: Int, why: NeverHolds)] = []
        var earlier: [(box: Box, rule: Int)] = []
        let tried: [Box] = minimumBase.map { [[.base: Interval(lower: End(value: $0, inclusive: true), upper: nil)]] } ?? [[:]]
        for (position, rule) in rules.enumerated() {
            var possible = region(rule.condition, negated: false, surely: false)
            if possible.isEmpty {
                found.append((position, .contradiction))
                continue
            }
            possible = intersect(possible, tried)
            if possible.isEmpty, let minimumBase {
                found.append((position, .belowMinimumBase(minimumBase)))
            } else if !earlier.isEmpty {
                var winners: Set<Int> = []
                if possible.allSatisfy({ covered($0, by: earlier, winners: &winners) }) {
                    found.append((position, .alwaysWonBy(winners.sorted())))
                }
            }
            earlier += region(rule.condition, negated: false, surely: true).map { ($0, position) }
        }
        return found
    }

    // MARK: Intervals

    /// One end of an interval: a number, and whether the number itself is in.
    struct End: Hashable {
        let value: Double
        let inclusive: Bool
    }

    /// The numbers between two ends; a missing end is unbounded.
    struct Interval: Hashable {
        var lower: End?
        var upper: End?

        var isEmpty: Bool {
            guard let lower, let upper else { return false }
            return lower.value > upper.value || (lower.value == upper.value && !(lower.inclusive && upper.inclusive))
        }

        func intersection(_ other: Interval) -> Interval {
            Interval(lower: Interval.tighter(lower, other.lower, greater: true), upper: Interval.tighter(upper, other.upper, greater: false))
        }

        func contains(_ other: Interval) -> Bool {
            other.isEmpty || intersection(other) == other
        }

        private static func tighter(_ one: End?, _ two: End?, greater: Bool) -> End? {
            guard let one else { return two }
            guard let two else { return one }
            if one.value == two.value { return End(value: one.value, inclusive: one.inclusive && two.inclusive) }
            return (one.value > two.value) == greater ? one : two
        }
    }

    /// Figures each within an interval; a figure not named is unconstrained.
    typealias Box = [Figure: Interval]

    /// More boxes than this and the region is given up (as everything, or nothing, whichever
    /// keeps the claim true): a condition that large is beyond a proof worth printing.
    static let boxLimit = 256

    /// The figures for which the condition (or its negation) may hold (`surely` false: an
    /// over-approximation), or surely holds (`surely` true: an under-approximation), as a
    /// union of boxes.
    static func region(_ condition: Condition, negated: Bool, surely: Bool) -> [Box] {
        let unknown: [Box] = surely ? [] : [[:]]
        switch condition {
        case .significant:
            return unknown
        case .not(let inner):
            return region(inner, negated: !negated, surely: surely)
        case .and(let left, let right), .or(let left, let right):
            let isAnd: Bool
            if case .and = condition { isAnd = !negated } else { isAnd = negated }
            let one = region(left, negated: negated, surely: surely)
            let two = region(right, negated: negated, surely: surely)
            let joined = isAnd ? intersect(one, two) : one + two
            return joined.count > boxLimit ? unknown : joined
        case .compare(let left, let comparison, let right):
            guard let atom = atom(left, comparison, right) else { return unknown }
            let op = negated ? opposite(atom.op) : atom.op
            return intervals(op, atom.number).map { [atom.figure: $0] }
        }
    }

    private static func intersect(_ one: [Box], _ two: [Box]) -> [Box] {
        var result: [Box] = []
        for first in one {
            for second in two {
                var box = first
                var empty = false
                for (figure, interval) in second {
                    let joined = box[figure].map { $0.intersection(interval) } ?? interval
                    if joined.isEmpty { empty = true; break }
                    box[figure] = joined
                }
                if !empty { result.append(box) }
            }
        }
        return result
    }

    /// `figure op number`, turned round when written `number op figure`; nil for any other form.
    private static func atom(_ left: Operand, _ comparison: BinaryOperator, _ right: Operand) -> (figure: Figure, op: BinaryOperator, number: Double)? {
        if case .figure(let figure) = left, let number = constant(right) { return (figure, comparison, number) }
        if case .figure(let figure) = right, let number = constant(left) { return (figure, mirrored(comparison), number) }
        return nil
    }

    /// The value of an operand without figures; nil when it reads one (or divides by zero).
    static func constant(_ operand: Operand) -> Double? {
        switch operand {
        case .figure: return nil
        case .number(let number): return number.isFinite ? number : nil
        case .negate(let inner): return constant(inner).map { -$0 }
        case .add(let l, let r): return combine(l, r, +)
        case .subtract(let l, let r): return combine(l, r, -)
        case .multiply(let l, let r): return combine(l, r, *)
        case .divide(let l, let r):
            guard let divisor = constant(r), divisor != 0 else { return nil }
            return constant(l).map { $0 / divisor }
        }
    }

    private static func combine(_ l: Operand, _ r: Operand, _ operation: (Double, Double) -> Double) -> Double? {
        guard let one = constant(l), let two = constant(r) else { return nil }
        let result = operation(one, two)
        return result.isFinite ? result : nil
    }

    /// `a < b` read from the right: `b > a`.
    private static func mirrored(_ op: BinaryOperator) -> BinaryOperator {
        switch op {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        default: return op
        }
    }

    /// `not (a < b)` is `a >= b`.
    private static func opposite(_ op: BinaryOperator) -> BinaryOperator {
        switch op {
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        case .equal: return .notEqual
        case .notEqual: return .equal
        default: return op
        }
    }

    private static func intervals(_ op: BinaryOperator, _ number: Double) -> [Interval] {
        let at = End(value: number, inclusive: true)
        let near = End(value: number, inclusive: false)
        switch op {
        case .less: return [Interval(lower: nil, upper: near)]
        case .lessOrEqual: return [Interval(lower: nil, upper: at)]
        case .greater: return [Interval(lower: near, upper: nil)]
        case .greaterOrEqual: return [Interval(lower: at, upper: nil)]
        case .equal: return [Interval(lower: at, upper: at)]
        case .notEqual: return [Interval(lower: nil, upper: near), Interval(lower: near, upper: nil)]
        default: return [Interval()]
        }
    }

    // MARK: Covering

    /// Whether every point of `box` is in some earlier box: one earlier box containing it, or,
    /// for a box on one figure, earlier boxes on that figure alone whose intervals together
    /// cover its interval. `winners` gains the earlier rules used.
    static func covered(_ box: Box, by earlier: [(box: Box, rule: Int)], winners: inout Set<Int>) -> Bool {
        for candidate in earlier where candidate.box.allSatisfy({ figure, interval in box[figure].map(interval.contains) ?? false }) {
            winners.insert(candidate.rule)
            return true
        }
        guard box.count == 1, let (figure, target) = box.first else { return false }
        let pieces = earlier.compactMap { candidate -> (interval: Interval, rule: Int)? in
            guard candidate.box.count == 1, let interval = candidate.box[figure] else { return nil }
            return (interval, candidate.rule)
        }
        // Sweep from the target's lower end: at each step take the piece that starts at or
        // before the first point not yet covered and reaches furthest.
        var from: End? = target.lower          // nil: from minus infinity
        var used: Set<Int> = []
        for _ in 0...pieces.count {
            let reaching = pieces.filter { starts($0.interval.lower, atOrBefore: from) && !ends($0.interval.upper, before: from) }
            guard let best = reaching.max(by: { further($1.interval.upper, than: $0.interval.upper) }) else { return false }
            used.insert(best.rule)
            guard let upper = best.interval.upper else { winners.formUnion(used); return true }
            if let end = target.upper, upper.value > end.value || (upper.value == end.value && (upper.inclusive || !end.inclusive)) {
                winners.formUnion(used)
                return true
            }
            // The first point not yet covered: the upper end itself when it is left out.
            let next = End(value: upper.value, inclusive: !upper.inclusive)
            if let from, from == next { return false }
            from = next
        }
        return false
    }

    /// Whether an interval starting at `lower` includes the point `from` (an `End` whose
    /// `inclusive` says the value itself still needs covering; nil is minus infinity).
    private static func starts(_ lower: End?, atOrBefore from: End?) -> Bool {
        guard let lower else { return true }
        guard let from else { return false }
        if lower.value != from.value { return lower.value < from.value }
        return lower.inclusive || !from.inclusive
    }

    /// Whether an interval ending at `upper` ends before the point `from`.
    private static func ends(_ upper: End?, before from: End?) -> Bool {
        guard let upper, let from else { return false }
        if upper.value != from.value { return upper.value < from.value }
        return !(upper.inclusive && from.inclusive)
    }

    /// Whether the upper end `one` reaches further than `two` (nil: unbounded).
    private static func further(_ one: End?, than two: End?) -> Bool {
        guard let one else { return two != nil }
        guard let two else { return false }
        if one.value != two.value { return one.value > two.value }
        return one.inclusive && !two.inclusive
    }
}
