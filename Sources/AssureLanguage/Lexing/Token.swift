import AssureData

/// What a token is: a word, a literal, or a piece of punctuation.
public enum TokenKind: Hashable, Sendable {
    /// A name or a keyword; keywords are words that mean something in their place
    /// (`indicator`, `title`, `when`), so an indicator may still be called `value`.
    case word
    /// A number: `20`, `1.5`, `10,000`.
    case number
    /// A percent literal: `10%`.
    case percent
    /// Text in double quotes; the token's `value` holds it without quotes and escapes.
    case string
    /// A period literal: `2023-10`, `2023/24`, `2023/24 Q3`.
    case period
    case leftBrace, rightBrace, leftParen, rightParen, comma, semicolon
    case plus, minus, star, slash
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// The end of the file.
    case end
}

/// A comment kept for the formatter: `# text` to the end of its line.
public struct Comment: Hashable, Sendable {
    /// The comment as written, from `#` to the end of the line.
    public let text: String
    public let range: SourceRange
    /// Whether the comment is alone on its line (otherwise it follows code on that line).
    public let ownLine: Bool
    /// Blank lines between the previous code or comment and this comment.
    public let blankLinesBefore: Int
}

/// One token of a rules file with its place, the text it was written as, and what came
/// before it (comments, whether it starts a line, blank lines) so that the formatter can keep
/// comments and the parser can end a clause at a line end.
public struct Token: Hashable, Sendable {
    public let kind: TokenKind
    /// The text as written (`10,000`, `"We have…"` with its quotes).
    public let text: String
    /// The meaning of a literal: the number for numbers and percents, the text for strings.
    public let number: Double
    public let string: String
    public let range: SourceRange
    /// Whether the token is the first on its line.
    public let startsLine: Bool
    /// Blank lines between the previous token (or comment) and this one.
    public let blankLinesBefore: Int
    /// Comments between the previous token and this one.
    public let comments: [Comment]

    /// Whether the token is the word `word`.
    public func isWord(_ word: String) -> Bool { kind == .word && text == word }
}
