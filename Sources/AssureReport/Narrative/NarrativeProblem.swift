import AssureData

/// Why a narrative sentence could not be written: a placeholder or filter the vocabulary does
/// not know, a filter used on the wrong kind of figure, or a figure the finding does not have
/// (no comparison, no record). It points at the placeholder in the rules file.
public struct NarrativeProblem: Hashable, Sendable, Error {
    /// What is wrong, in a sentence without a full stop (a diagnostic's message).
    public let message: String
    /// The placeholder (or filter) in the rules file.
    public let range: SourceRange

    public init(message: String, range: SourceRange) {
        self.message = message
        self.range = range
    }
}

/// A narrative sentence, or the problem that stopped it being written.
public enum NarrativeResult: Hashable, Sendable {
    case sentence(String)
    case problem(NarrativeProblem)

    /// The sentence, when there is one.
    public var text: String? {
        if case .sentence(let text) = self { return text }
        return nil
    }

    /// The problem, when there is one.
    public var problem: NarrativeProblem? {
        if case .problem(let problem) = self { return problem }
        return nil
    }
}
