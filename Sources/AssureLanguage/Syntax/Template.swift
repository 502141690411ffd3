import AssureData

/// A narrative template: text with placeholders, `"… by {change.percent|abs}."`.
public struct Template: Hashable, Sendable {
    /// A piece of a template.
    public enum Segment: Hashable, Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    /// The template as written (without quotes and escapes).
    public let text: String
    public let segments: [Segment]
    /// The whole string literal.
    public let range: SourceRange

    /// The placeholders in order.
    public var placeholders: [Placeholder] {
        segments.compactMap { segment in
            if case .placeholder(let placeholder) = segment { return placeholder }
            return nil
        }
    }
}

/// `{change.percent|abs|round(1)}`: a figure and the filters that format it.
public struct Placeholder: Hashable, Sendable {
    /// The figure's name: `change.percent`.
    public let name: Located<String>
    public let filters: [Filter]
    public let range: SourceRange
}

/// `round(1)`, `plural("statement")`: a way of formatting a figure.
public struct Filter: Hashable, Sendable {
    /// An argument of a filter: a whole number or a text.
    public enum Argument: Hashable, Sendable {
        case number(Double)
        case text(String)
    }

    public let name: Located<String>
    public let arguments: [Argument]
    public let range: SourceRange
}
