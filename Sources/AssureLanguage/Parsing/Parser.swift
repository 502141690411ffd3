import AssureData

/// The result of parsing one rules file: its syntax tree, its tokens (for the formatter), the
/// tokens that begin a declaration or a clause, and every problem found.
public struct ParsedFile: Sendable {
    public let syntax: SourceFile
    public let tokens: [Token]
    /// Indices into `tokens` of the first token of each declaration and each clause.
    public let clauseStarts: Set<Int>
    public let diagnostics: [Diagnostic]
}

/// A recursive-descent parser for rules files, with recovery at declaration and clause
/// boundaries so that one run reports every error in a file. It never stops early and never
/// recurses more than `maximumDepth` levels into an expression.
public struct Parser {
    /// How deeply expressions may nest before the parser gives up on them.
    public static let maximumDepth = 256

    var tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []
    var clauseStarts: Set<Int> = []
    /// Whether an error has been reported in the current clause; later ones there are echoes.
    var clauseHasError = false
    var depth = 0
    var parenthesisDepth = 0
    /// Lines with a lexical error: a parse error there is an echo of it.
    var lexicalErrorLines: Set<Int> = []
    /// Whether the file is one of rule tests, whose declarations are `test "…" { … }`.
    var readsRuleTests = false

    /// Parses `text`, the content of the file at `path`.
    public static func parse(_ text: String, path: String) -> ParsedFile {
        var lexer = Lexer(text: text, file: path)
        let (tokens, lexical) = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        parser.diagnostics = lexical
        parser.lexicalErrorLines = Set(lexical.compactMap { $0.range?.start.line })
        let declarations = parser.parseFile()
        return ParsedFile(syntax: SourceFile(path: path, declarations: declarations), tokens: tokens,
                          clauseStarts: parser.clauseStarts, diagnostics: parser.diagnostics)
    }

    init(tokens: [Token]) { self.tokens = tokens }

    // MARK: The token stream

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// The range of the previous token, for ends of ranges.
    var previousRange: SourceRange { tokens[max(0, min(index, tokens.count) - 1)].range }

    /// A range from `start` to the end of the previous token.
    func range(from start: SourceRange) -> SourceRange {
        let end = index > 0 ? previousRange.end : start.end
        return SourceRange(file: start.file, start: start.start, end: max(end, start.start))
    }

    /// Whether the current token ends a clause: `;`, `}`, the end, or the start of a new line.
    var atClauseEnd: Bool {
        switch current.kind {
        case .semicolon, .rightBrace, .end: return true
        default: return current.startsLine && parenthesisDepth == 0
        }
    }

    // MARK: Diagnostics

    mutating func error(_ message: String, at range: SourceRange, help: String? = nil,
                        notes: [Diagnostic.Note] = [], fixIt: Diagnostic.FixIt? = nil) {
        guard !clauseHasError, !lexicalErrorLines.contains(range.start.line) else { return }
        clauseHasError = true
        diagnostics.append(.error(message, at: range, help: help, notes: notes, fixIt: fixIt))
    }

    /// How the current token is named in messages: `'titel'`, `the end of the line`.
    var currentDescription: String {
        switch current.kind {
        case .end: return "the end of the file"
        case .string: return "the text \(current.text.count > 30 ? String(current.text.prefix(28)) + "…\"" : current.text)"
        default:
            return current.startsLine && index > 0 && parenthesisDepth == 0 ? "the end of the line" : "'\(current.text)'"
        }
    }

    /// Where an error about something missing is shown: the current token, or just after the
    /// previous one when the line ended.
    var missingRange: SourceRange {
        if (current.startsLine || current.kind == .end) && index > 0 {
            let end = previousRange.end
            return SourceRange(file: previousRange.file, start: end, end: SourcePosition(line: end.line, column: end.column + 1))
        }
        return current.range
    }

    // MARK: Expecting

    /// Consumes the word `word` if it is next (on the same line); otherwise reports what was expected.
    @discardableResult
    mutating func expectWord(_ word: String, after what: String) -> Bool {
        if !atClauseEnd, current.isWord(word) {
            advance()
            return true
        }
        error("expected '\(word)' after \(what), found \(currentDescription)", at: missingRange)
        return false
    }

    /// A name (of an indicator, measure, priority) on the same line.
    mutating func parseName(_ what: String) -> Located<String>? {
        guard current.kind == .word, !atClauseEnd else {
            error("expected \(what), found \(currentDescription)", at: missingRange,
                  help: current.kind == .string ? "names are written without quotes, in lower case with underscores" : nil)
            return nil
        }
        let token = advance()
        return Located(token.text, at: token.range)
    }

    /// Text in quotes on the same line.
    mutating func parseString(_ what: String) -> Located<String>? {
        guard current.kind == .string, !atClauseEnd else {
            error("expected \(what) in double quotes, found \(currentDescription)", at: missingRange)
            return nil
        }
        let token = advance()
        return Located(token.string, at: token.range)
    }

    /// One of several words; reports the choices when it is something else.
    mutating func parseChoice<T>(_ choices: [(String, T)], what: String, help: String? = nil) -> Located<T>? {
        if !atClauseEnd, current.kind == .word, let match = choices.first(where: { $0.0 == current.text }) {
            let token = advance()
            return Located(match.1, at: token.range)
        }
        let words = choices.map { "'\($0.0)'" }
        let list = words.count > 1 ? words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "") : words.joined()
        let suggestion = current.kind == .word ? Suggestions.closest(to: current.text, among: choices.map(\.0)) : nil
        error("expected \(what) (\(list)), found \(currentDescription)", at: missingRange,
              help: suggestion.map { "did you mean '\($0)'?" } ?? help,
              fixIt: suggestion.map { Diagnostic.FixIt(range: current.range, replacement: $0) })
        return nil
    }

    // MARK: Recovery

    /// Skips to the end of the current clause: a `;`, a `}` that closes the block, or a new
    /// line outside parentheses. Braces and parentheses inside are skipped whole.
    mutating func skipToClauseEnd() {
        var nesting = 0
        parenthesisDepth = 0
        while current.kind != .end {
            switch current.kind {
            case .leftBrace, .leftParen: nesting += 1
            case .rightParen where nesting > 0: nesting -= 1
            case .rightBrace:
                if nesting == 0 { return }
                nesting -= 1
            case .semicolon where nesting == 0: return
            default: break
            }
            advance()
            if nesting == 0, current.startsLine { return }
        }
    }

    /// Consumes the end of a clause, reporting anything left on the line.
    mutating func endClause(_ what: String) {
        if current.kind == .semicolon || current.kind == .rightBrace || current.kind == .end || current.startsLine {
            while current.kind == .semicolon { advance() }
            return
        }
        error("unexpected \(currentDescription) after \(what)", at: current.range,
              help: "put each clause on its own line, or separate clauses with ';'")
        skipToClauseEnd()
        while current.kind == .semicolon { advance() }
    }
}
