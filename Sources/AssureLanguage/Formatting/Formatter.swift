import AssureData

/// Writes a rules file in the one canonical layout: a declaration's clauses one to a line,
/// indented two spaces inside braces, one space between words, a blank line between
/// declarations, `;` replaced by line ends, and every comment kept where it was.
///
/// The formatter works on the tokens and the clause starts the parser found, so the output has
/// exactly the input's tokens (less `;`) and the same parse. Format only files without errors.
public enum Formatter {
    /// What formatting one file gives.
    public enum Outcome: Hashable, Sendable {
        /// The file is already in the canonical layout.
        case unchanged
        /// The file's canonical text, which differs from it.
        case formatted(String)
        /// The file has syntax errors and must be left as it is.
        case syntaxErrors([Diagnostic])
    }

    /// Formats the text of the file at `path`, unless it has syntax errors.
    public static func format(_ text: String, path: String) -> Outcome {
        let parsed = Parser.parse(text, path: path)
        guard !parsed.diagnostics.hasErrors else { return .syntaxErrors(parsed.diagnostics) }
        let formatted = format(parsed)
        return formatted == text ? .unchanged : .formatted(formatted)
    }

    /// The canonical text of a parsed file.
    public static func format(_ file: ParsedFile) -> String {
        var writer = Writer()
        let tokens = file.tokens
        for (index, token) in tokens.enumerated() {
            let startsClause = file.clauseStarts.contains(index)
            // A comment after code stays at the end of that code's line.
            for comment in token.comments where !comment.ownLine {
                writer.write(" " + comment.text, indent: !writer.lineOpen)
                writer.endLine()
            }
            if startsClause, writer.depth == 0, !writer.text.isEmpty { writer.ensureBlankLine() }
            for comment in token.comments where comment.ownLine {
                writer.endLine()
                if comment.blankLinesBefore > 0 { writer.ensureBlankLine() }
                writer.write(comment.text, indent: true)
                writer.endLine()
            }
            switch token.kind {
            case .end:
                writer.endLine()
                return writer.finished
            case .semicolon:
                continue
            case .rightBrace:
                writer.depth = max(0, writer.depth - 1)
                writer.endLine()
                writer.write("}", indent: true)
            default:
                if startsClause {
                    writer.endLine()
                    if token.blankLinesBefore > 0 { writer.ensureBlankLine() }
                    writer.write(token.text, indent: true)
                } else if !writer.lineOpen {
                    // Only after a comment inside a clause: carry on, indented a step further.
                    writer.write(token.text, indent: true, extra: 1)
                } else {
                    let previous = index > 0 ? tokens[index - 1] : token
                    let spaced = Formatter.spaceBetween(previous, token, beforePrevious: index > 1 ? tokens[index - 2] : nil)
                    writer.write((spaced ? " " : "") + token.text, indent: false)
                }
                if token.kind == .leftBrace { writer.depth += 1 }
            }
        }
        return writer.finished
    }

    /// Words after which `-` and `+` are signs, not subtraction and addition.
    private static let wordsBeforeSigns: Set<String> = ["when", "with", "target", "and", "or", "not", "value"]

    /// Whether a space goes between two tokens on one line.
    static func spaceBetween(_ previous: Token, _ token: Token, beforePrevious: Token?) -> Bool {
        switch token.kind {
        case .rightParen, .comma: return false
        case .leftParen: return previous.kind != .word || wordsBeforeSigns.contains(previous.text)
        default: break
        }
        if previous.kind == .leftParen { return false }
        if previous.kind == .minus || previous.kind == .plus {
            // A sign sits against its number: `-10%`; subtraction is spaced: `a - b`.
            return !isSign(previous, after: beforePrevious)
        }
        return true
    }

    private static func isSign(_ token: Token, after previous: Token?) -> Bool {
        guard let previous else { return true }
        switch previous.kind {
        case .number, .percent, .string, .period, .rightParen: return false
        case .word: return wordsBeforeSigns.contains(previous.text)
        default: return true
        }
    }

    /// The text being written, line by line.
    private struct Writer {
        var text = ""
        var depth = 0
        var lineOpen = false

        mutating func write(_ piece: String, indent: Bool, extra: Int = 0) {
            if indent { text += String(repeating: "  ", count: depth + extra) }
            text += piece
            lineOpen = true
        }

        mutating func endLine() {
            if lineOpen { text += "\n" }
            lineOpen = false
        }

        /// One blank line before what comes next, unless at the top of the file or just
        /// after an opening brace.
        mutating func ensureBlankLine() {
            endLine()
            guard !text.isEmpty, !text.hasSuffix("\n\n"), !text.hasSuffix("{\n") else { return }
            text += "\n"
        }

        var finished: String {
            var result = text
            while result.hasSuffix("\n\n") { result.removeLast() }
            if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
            return result
        }
    }
}
