import AssureData

/// Reads a narrative template out of a string token: text, `{placeholder|filter(argument)}`,
/// and `{{` / `}}` for literal braces. Positions inside the string are exact, because strings
/// stay on one line.
enum TemplateReader {
    static func read(_ token: Token) -> (Template, [Diagnostic]) {
        var reader = Reading(token: token)
        reader.run()
        return (Template(text: token.string, segments: reader.segments, range: token.range), reader.diagnostics)
    }

    private struct Reading {
        let token: Token
        let raw: [Unicode.Scalar]
        var offset = 1   // after the opening quote
        var segments: [Template.Segment] = []
        var diagnostics: [Diagnostic] = []
        var text = ""

        init(token: Token) {
            self.token = token
            self.raw = Array(token.text.unicodeScalars)
        }

        /// The end of the template's content: before the closing quote, if there is one.
        var end: Int { raw.count >= 2 && raw.last == "\"" ? raw.count - 1 : raw.count }

        func range(_ from: Int, _ to: Int) -> SourceRange {
            let line = token.range.start.line, column = token.range.start.column
            return SourceRange(file: token.range.file, start: SourcePosition(line: line, column: column + from),
                               end: SourcePosition(line: line, column: column + max(to, from + 1)))
        }

        func scalar(_ at: Int) -> Unicode.Scalar? { at < end ? raw[at] : nil }

        /// The character at `at` after escapes, and how many raw characters it took.
        func character(_ at: Int) -> (Unicode.Scalar, Int)? {
            guard let first = scalar(at) else { return nil }
            if first == "\\", let escaped = scalar(at + 1) { return (escaped, 2) }
            return (first, 1)
        }

        mutating func run() {
            while let (scalar, width) = character(offset) {
                if scalar == "{", width == 1 {
                    if self.scalar(offset + 1) == "{" {
                        text += "{"
                        offset += 2
                        continue
                    }
                    flushText()
                    readPlaceholder()
                    continue
                }
                if scalar == "}", width == 1 {
                    if self.scalar(offset + 1) == "}" {
                        offset += 2
                    } else {
                        diagnostics.append(.error("a '}' in a sentence with no '{' before it", at: range(offset, offset + 1),
                                                  help: "write }} for a brace in the text"))
                        offset += 1
                    }
                    text += "}"
                    continue
                }
                text.unicodeScalars.append(scalar)
                offset += width
            }
            flushText()
        }

        mutating func flushText() {
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
        }

        /// `{name.part|filter|filter(1)|filter('word', 'words')}`, from its `{`.
        mutating func readPlaceholder() {
            let open = offset
            guard let close = (open..<end).first(where: { raw[$0] == "}" }) else {
                diagnostics.append(.error("a placeholder with no closing '}'", at: range(open, end),
                                          help: "close it with }, or write {{ for a brace in the text"))
                offset = end
                return
            }
            offset = close + 1
            let pieces = split(open + 1, close)
            guard let first = pieces.first, !first.text.isEmpty else {
                diagnostics.append(.error("an empty placeholder", at: range(open, close + 1),
                                          help: "name a figure, such as {value} or {change.percent}"))
                return
            }
            let name = Located(first.text, at: range(first.start, first.start + first.text.unicodeScalars.count))
            if !first.text.unicodeScalars.allSatisfy({ isNamePart($0) || $0 == "." }) {
                diagnostics.append(.error("'\(first.text)' is not a placeholder name", at: name.range,
                                          help: "placeholders are names such as {value} or {change.percent}"))
                return
            }
            var filters: [Filter] = []
            for piece in pieces.dropFirst() {
                guard let filter = readFilter(piece) else { return }
                filters.append(filter)
            }
            segments.append(.placeholder(Placeholder(name: name, filters: filters, range: range(open, close + 1))))
        }

        func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 65 && scalar.value <= 90)
                || (scalar.value >= 48 && scalar.value <= 57) || scalar == "_"
        }

        /// The parts between `|`, trimmed, with where each starts.
        func split(_ from: Int, _ to: Int) -> [(text: String, start: Int)] {
            var parts: [(String, Int)] = []
            var current = "", start = from, inQuote = false
            for at in from..<to {
                let scalar = raw[at]
                if scalar == "'" { inQuote.toggle() }
                if scalar == "|", !inQuote {
                    parts.append((current, start))
                    current = ""
                    start = at + 1
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
            parts.append((current, start))
            return parts.map { part in
                let leading = part.0.unicodeScalars.prefix(while: { $0 == " " }).count
                let trimmed = part.0.trimmed(" ")
                return (trimmed, part.1 + leading)
            }
        }

        /// `abs`, `round(1)`, `plural('statement')`, `plural(child, children)`.
        mutating func readFilter(_ piece: (text: String, start: Int)) -> Filter? {
            let scalars = Array(piece.text.unicodeScalars)
            let nameEnd = scalars.firstIndex(where: { !isNamePart($0) }) ?? scalars.count
            let nameText = String(String.UnicodeScalarView(scalars[..<nameEnd]))
            let whole = range(piece.start, piece.start + max(1, scalars.count))
            guard !nameText.isEmpty else {
                diagnostics.append(.error("expected a filter name after '|'", at: whole, help: "filters are such as |abs, |round(1), |plural(statement)"))
                return nil
            }
            let name = Located(nameText, at: range(piece.start, piece.start + nameEnd))
            var rest = String(String.UnicodeScalarView(scalars[nameEnd...])).trimmed(" ")
            guard !rest.isEmpty else { return Filter(name: name, arguments: [], range: whole) }
            guard rest.hasPrefix("("), rest.hasSuffix(")") else {
                diagnostics.append(.error("expected '(' and the filter's arguments, or '|' or '}', after '\(nameText)'", at: whole))
                return nil
            }
            rest = String(rest.dropFirst().dropLast())
            var arguments: [Filter.Argument] = []
            for argument in rest.split(separator: ",", omittingEmptySubsequences: false) {
                var value = String(argument).trimmed(" ")
                if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
                    arguments.append(.text(String(value.dropFirst().dropLast())))
                } else if let number = Double(value) {
                    arguments.append(.number(number))
                } else if !value.isEmpty, value.unicodeScalars.allSatisfy({ isNamePart($0) || $0 == " " || $0 == "-" }) {
                    value = value.trimmed(" ")
                    arguments.append(.text(value))
                } else {
                    diagnostics.append(.error("'\(value)' is not an argument a filter can take", at: whole,
                                              help: "arguments are numbers or words, such as round(1) or plural(statement)"))
                    return nil
                }
            }
            return Filter(name: name, arguments: arguments, range: whole)
        }
    }
}

extension String {
    /// The text without `character` at either end.
    func trimmed(_ character: Character) -> String {
        guard let first = firstIndex(where: { $0 != character }), let last = lastIndex(where: { $0 != character }) else { return "" }
        return String(self[first...last])
    }
}
