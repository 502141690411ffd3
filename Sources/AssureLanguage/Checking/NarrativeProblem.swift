import AssureData

/// Why a narrative sentence could not be written: a placeholder or filter the vocabulary does
/// not know, a filter used on the wrong kind of figure, or a figure the finding does not have
/// (no comparison, no record). It points at the placeholder in the rules file.
public struct NarrativeProblem: Hashable, Sendable, Error {
    /// What is wrong, in a sentence without a full stop (a diagnostic's message).
    public let message: String
    /// The placeholder (or filter) in the rules file.
    public let range: SourceRange
    /// How to put it right, when there is more to say than the message.
    public let help: String?
    /// The nearest known name, to replace the placeholder's or filter's name with.
    public let replacement: String?

    public init(message: String, range: SourceRange, help: String? = nil, replacement: String? = nil) {
        self.message = message
        self.range = range
        self.help = help
        self.replacement = replacement
    }

    /// The problem as an error diagnostic pointing at the placeholder.
    public var diagnostic: Diagnostic {
        .error(message, at: range, help: help ?? "the placeholders and filters are listed in docs/narrative.md",
               fixIt: replacement.map { Diagnostic.FixIt(range: range, replacement: $0) })
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
