import AssureLanguage
import AssureData
import AssureEngine

/// A figure of a finding as a placeholder gives it, before and between filters.
enum NarrativeValue: Hashable, Sendable {
    case number(NarrativeNumber)
    case period(Period)
    case direction(ChangeDirection)
    case text(String)

    var kind: NarrativeKind {
        switch self {
        case .number: return .number
        case .period: return .period
        case .direction: return .direction
        case .text: return .text
        }
    }

    /// The value as it reads in a sentence when no filter has turned it into text.
    var text: String {
        switch self {
        case .number(let number): return number.text
        case .period(let period): return period.name
        case .direction(let direction): return DirectionWords.increase.word(for: direction)
        case .text(let text): return text
        }
    }
}
