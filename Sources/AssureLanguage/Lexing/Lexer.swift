import AssureData

/// Turns the text of a rules file into tokens, each with its range, keeping comments and line
/// breaks for the formatter and the parser. Never fails: a character that cannot start a token
/// becomes a diagnostic and is skipped, and an unterminated string ends at its line's end.
public struct Lexer {
    private let file: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []

    /// Prepares to read `text`, which came from the file at path `file`.
    public init(text: String, file: String) {
        self.file = file
        // Lines end at `\n`, `\r\n` or a lone `\r` (old Mac files), as in the CSV reader: all
        // three become `\n` here, so a file saved with CR-only line ends is read line by line
        // rather than as one long comment.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                afterReturn = true
                continue
            }
            if scalar == "\n", afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = false
            scalars.append(scalar)
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    /// The tokens of the whole text, ending with an `.end` token, and the diagnostics.
    public mutating func tokenize() -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var comments: [Comment] = []
        var startsLine = true
        var blankLines = 0
        var newlinesSincePrevious = 0
        while true {
            // Trivia: spaces, line ends, comments.
            guard let scalar = peek() else { break }
            if scalar == "\n" {
                advance()
                newlinesSincePrevious += 1
                if newlinesSincePrevious >= 2 { blankLines += 1 }
                startsLine = true
                continue
            }
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}" || scalar == "\u{A0}" {
                advance()
                continue
            }
            if scalar == "#" {
                let start = position()
                var text = ""
                while let next = peek(), next != "\n" {
                    if next != "\r" { text.unicodeScalars.append(next) }
                    advance()
                }
                comments.append(Comment(text: text, range: SourceRange(file: file, start: start, end: position()),
                                        ownLine: startsLine, blankLinesBefore: blankLines))
                blankLines = 0
                newlinesSincePrevious = 0
                continue
            }
            let start = position()
            guard let (kind, text, number, string) = lexToken(scalar) else {
                startsLine = false
                continue
            }
            tokens.append(Token(kind: kind, text: text, number: number, string: string,
                                range: SourceRange(file: file, start: start, end: position()),
                                startsLine: startsLine, blankLinesBefore: blankLines, comments: comments))
            comments = []
            startsLine = false
            blankLines = 0
            newlinesSincePrevious = 0
        }
        let end = position()
        tokens.append(Token(kind: .end, text: "", number: 0, string: "",
                            range: SourceRange(file: file, start: end, end: end),
                            startsLine: true, blankLinesBefore: blankLines, comments: comments))
        return (tokens, diagnostics)
    }

    // MARK: Reading characters

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let at = index + offset
        return at < scalars.count ? scalars[at] : nil
    }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func position() -> SourcePosition { SourcePosition(line: line, column: column) }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value >= 48 && scalar.value <= 57
    }

    private static func isWordStart(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122) || scalar == "_"
    }

    private static func isWordPart(_ scalar: Unicode.Scalar?) -> Bool { isWordStart(scalar) || isDigit(scalar) }

    // MARK: Tokens

    private typealias Lexed = (TokenKind, String, Double, String)

    private mutating func lexToken(_ scalar: Unicode.Scalar) -> Lexed? {
        if Lexer.isWordStart(scalar) { return lexWord() }
        if Lexer.isDigit(scalar) { return lexNumber() }
        if scalar == "\"" { return lexString() }
        if let punctuation = lexPunctuation(scalar) { return punctuation }
        lexUnexpected()
        return nil
    }

    private mutating func lexWord() -> Lexed {
        let start = index
        while Lexer.isWordPart(peek()) { advance() }
        return (.word, asciiText(from: start), 0, "")
    }

    private mutating func digits() -> String {
        let start = index
        while Lexer.isDigit(peek()) { advance() }
        return asciiText(from: start)
    }

    /// The scalars from `start` to the current one, all ASCII (letters, digits, `_`), as one
    /// string made at once rather than a scalar at a time.
    private func asciiText(from start: Int) -> String {
        let count = index - start
        return String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: scalars[start + offset].value) }
            return count
        }
    }

    private mutating func lexNumber() -> Lexed {
        let start = position()
        let integer = digits()
        if integer.count == 4, let period = lexPeriod(after: integer, start: start) { return period }
        var text = integer
        var plain = integer
        // Thousands separators: a comma followed by exactly three digits.
        while peek() == ",", Lexer.isDigit(peek(1)), Lexer.isDigit(peek(2)), Lexer.isDigit(peek(3)), !Lexer.isDigit(peek(4)) {
            advance()
            let group = digits()
            text += "," + group
            plain += group
        }
        if peek() == ".", Lexer.isDigit(peek(1)) {
            advance()
            let fraction = digits()
            text += "." + fraction
            plain += "." + fraction
        }
        let value = Double(plain) ?? 0
        if peek() == "%" {
            advance()
            return (.percent, text + "%", value, "")
        }
        return (.number, text, value, "")
    }

    /// `2023/24`, `2023/24 Q3` and `2023-10`, read after their first four digits.
    private mutating func lexPeriod(after year: String, start: SourcePosition) -> Lexed? {
        let isYearPair = peek() == "/" && Lexer.isDigit(peek(1)) && Lexer.isDigit(peek(2)) && !Lexer.isDigit(peek(3))
        let isMonth = peek() == "-" && Lexer.isDigit(peek(1)) && Lexer.isDigit(peek(2)) && !Lexer.isDigit(peek(3))
        guard isYearPair || isMonth else { return nil }
        var text = year
        for _ in 0..<3 {
            if let next = peek() { text.unicodeScalars.append(next) }
            advance()
        }
        if isYearPair {
            // An optional quarter after spaces: `2023/24 Q3`.
            var offset = 0
            while peek(offset) == " " || peek(offset) == "\t" { offset += 1 }
            if let q = peek(offset), q == "Q" || q == "q", Lexer.isDigit(peek(offset + 1)), !Lexer.isWordPart(peek(offset + 2)) {
                for _ in 0...offset { advance() }
                if let digit = peek() { text += " Q" + String(Character(digit)) }
                advance()
            }
        }
        do {
            let period = try Period.parse(text)
            return (.period, period.code, 0, "")
        } catch {
            diagnostics.append(.error(error.message, at: SourceRange(file: file, start: start, end: position()), help: error.help))
            return (.period, text, 0, "")
        }
    }

    private mutating func lexString() -> Lexed {
        let start = position()
        var raw = "\""
        var value = ""
        advance()
        while true {
            guard let next = peek(), next != "\n" else {
                diagnostics.append(.error("this text has no closing quote", at: SourceRange(file: file, start: start, end: position()),
                                          help: "end the text with \" on the same line"))
                return (.string, raw + "\"", 0, value)
            }
            advance()
            raw.unicodeScalars.append(next)
            if next == "\"" { return (.string, raw, 0, value) }
            if next == "\\" {
                let escapeStart = SourcePosition(line: line, column: column - 1)
                guard let escaped = peek(), escaped != "\n" else { continue }
                advance()
                raw.unicodeScalars.append(escaped)
                switch escaped {
                case "\"": value += "\""
                case "\\": value += "\\"
                default:
                    diagnostics.append(.error("unknown escape '\\\(Character(escaped))' in text",
                                              at: SourceRange(file: file, start: escapeStart, end: position()),
                                              help: "inside text, write \\\" for a quote and \\\\ for a backslash"))
                    value.unicodeScalars.append(escaped)
                }
            } else if next != "\r" {
                value.unicodeScalars.append(next)
            }
        }
    }

    private mutating func lexPunctuation(_ scalar: Unicode.Scalar) -> Lexed? {
        let single: [Unicode.Scalar: (TokenKind, String)] = [
            "{": (.leftBrace, "{"), "}": (.rightBrace, "}"), "(": (.leftParen, "("), ")": (.rightParen, ")"),
            ",": (.comma, ","), ";": (.semicolon, ";"), "+": (.plus, "+"), "-": (.minus, "-"),
            "*": (.star, "*"), "/": (.slash, "/"), "\u{2264}": (.lessEqual, "<="), "\u{2265}": (.greaterEqual, ">="),
            "\u{2260}": (.notEqual, "!="), "\u{2212}": (.minus, "-"), "\u{00D7}": (.star, "*"),
        ]
        let next = peek(1)
        switch scalar {
        case "<" where next == "=": advance(); advance(); return (.lessEqual, "<=", 0, "")
        case ">" where next == "=": advance(); advance(); return (.greaterEqual, ">=", 0, "")
        case "!" where next == "=": advance(); advance(); return (.notEqual, "!=", 0, "")
        case "=" where next == "=": advance(); advance(); return (.equal, "=", 0, "")
        case "<": advance(); return (.less, "<", 0, "")
        case ">": advance(); return (.greater, ">", 0, "")
        case "=": advance(); return (.equal, "=", 0, "")
        default:
            guard let (kind, text) = single[scalar] else { return nil }
            advance()
            return (kind, text, 0, "")
        }
    }

    /// A run of characters that cannot start a token, reported once.
    private mutating func lexUnexpected() {
        let start = position()
        var text = ""
        while let next = peek(), next != "\n", next != " ", next != "\t", !Lexer.isWordPart(next), next != "\"", next != "#" {
            let save = (index, line, column)
            if lexPunctuation(next) != nil {
                (index, line, column) = save
                break
            }
            text.unicodeScalars.append(next)
            advance()
        }
        if text.isEmpty, let next = peek() {
            text.unicodeScalars.append(next)
            advance()
        }
        let shown = text.unicodeScalars.count > 12 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(12))) + "…" : text
        let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'"]
        let help = text.unicodeScalars.contains(where: { quotes.contains($0) })
            ? "write text in straight double quotes: \"…\""
            : "remove it, or put it inside quotes if it is part of a title or a sentence"
        let describing = text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0xFFFD && $0.value != 0x7F })
            ? "'\(shown)'" : "a character that is not text (\(text.unicodeScalars.prefix(4).map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")))"
        diagnostics.append(.error("unexpected \(describing)", at: SourceRange(file: file, start: start, end: position()), help: help))
    }
}
