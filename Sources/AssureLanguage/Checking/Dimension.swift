import AssureData

/// What kind of figure an expression gives, for unit checks: the units of the language plus
/// the in-between kinds arithmetic and conditions produce.
enum Dimension: Hashable {
    case count, percent, number
    case rate(per: Double)
    /// One figure divided by another of the same kind, before a unit says how to show it.
    case proportion
    /// A bare number in the rules (`100`, `20`): it takes the unit of what it meets.
    case scalar
    /// A change in percentage points.
    case points
    /// A percentage change (`change` of a count, compared with `-10%`).
    case percentChange
    /// True or false: a comparison or a condition.
    case condition

    init(_ unit: Unit) {
        switch unit {
        case .count: self = .count
        case .percent: self = .percent
        case .number: self = .number
        case .rate(let per): self = .rate(per: per)
        }
    }

    /// The kind in words, with its article: "a count", "a percentage".
    var words: String {
        switch self {
        case .count: return "a count"
        case .percent: return "a percentage"
        case .number: return "a number"
        case .rate(let per): return "a rate per \(NumberText.grouped(per))"
        case .proportion: return "a proportion (one figure divided by another)"
        case .scalar: return "a plain number"
        case .points: return "a change in percentage points"
        case .percentChange: return "a percentage change"
        case .condition: return "a condition (true or false)"
        }
    }

    /// Whether a declared unit can show a figure of this kind (a proportion can be shown as a
    /// percent or a rate; the unit does the scaling).
    func fits(_ unit: Unit) -> Bool {
        switch (unit, self) {
        case (.count, .count), (.count, .scalar): return true
        case (.percent, .percent), (.percent, .proportion): return true
        case (.rate(let declared), .rate(let inferred)): return declared == inferred
        case (.rate, .proportion): return true
        case (.number, .number), (.number, .proportion), (.number, .scalar): return true
        default: return false
        }
    }

    /// The unit a figure of this kind is reported in, when it has one.
    var unit: Unit? {
        switch self {
        case .count: return .count
        case .percent: return .percent
        case .number, .scalar: return .number
        case .rate(let per): return .rate(per: per)
        case .proportion, .points, .percentChange, .condition: return nil
        }
    }
}
