import AssureEngine
import AssureLanguage

/// The words for a direction of change: the named styles (`increase`, `rise`, `up`,
/// `improvement`) or the words a template gives.
struct DirectionWords: Hashable, Sendable {
    let increase: String
    let decrease: String
    let none: String

    static let increase = DirectionWords(increase: "increase", decrease: "decrease", none: "no change")
    static let rise = DirectionWords(increase: "rise", decrease: "fall", none: "no change")
    static let up = DirectionWords(increase: "up", decrease: "down", none: "unchanged")

    /// A named style; `improvement` depends on polarity, so it is made by `improvement(for:)`.
    static func named(_ name: String) -> DirectionWords? {
        switch name {
        case "increase": return .increase
        case "rise": return .rise
        case "up": return .up
        default: return nil
        }
    }

    /// Improvement or deterioration, by which way is better; nil when neither is.
    static func improvement(for polarity: Polarity) -> DirectionWords? {
        switch polarity {
        case .higher: return DirectionWords(increase: "improvement", decrease: "deterioration", none: "no change")
        case .lower: return DirectionWords(increase: "deterioration", decrease: "improvement", none: "no change")
        case .neither: return nil
        }
    }

    func word(for direction: ChangeDirection) -> String {
        switch direction {
        case .increase: return increase
        case .decrease: return decrease
        case .none: return none
        }
    }
}
