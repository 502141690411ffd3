import AssureData

extension Parser {
    /// Parses a file of rule tests (`*.assure-test`) with the rules' own lexer and clause
    /// rules: every problem with its place, recovering at clauses and tests.
    public static func parseRuleTests(_ text: String, path: String) -> RuleTestFile {
        var lexer = Lexer(text: text, file: path)
        let (tokens, lexical) = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        parser.readsRuleTests = true
        parser.diagnostics = lexical
        parser.lexicalErrorLines = Set(lexical.compactMap { $0.range?.start.line })
        var tests: [RuleTest] = []
        while parser.current.kind != .end {
            parser.clauseHasError = false
            if parser.current.isWord("test") {
                if let test = parser.parseRuleTest() { tests.append(test) }
                continue
            }
            let suggestion = parser.current.kind == .word ? Suggestions.closest(to: parser.current.text, among: ["test"]) : nil
            let found = parser.current.kind == .end ? "the end of the file" : "'\(parser.current.text)'"
            parser.error("expected a test (test \"what it shows\" { … }), found \(found)", at: parser.current.range,
                         help: suggestion.map { "did you mean '\($0)'?" } ?? "each test starts with test and its name in quotes; see docs/testing.md")
            parser.skipToNextTest()
        }
        return RuleTestFile(path: path, tests: tests, diagnostics: parser.diagnostics)
    }

    /// Whether the current word begins a test: `test` and its name, at the start of a line.
    var looksLikeTest: Bool {
        current.isWord("test") && current.startsLine && peek(1).kind == .string
    }

    private mutating func skipToNextTest() {
        advance()
        while current.kind != .end, !looksLikeTest { advance() }
    }

    private mutating func parseRuleTest() -> RuleTest? {
        let keyword = advance()
        clauseStarts.insert(index - 1)
        guard let name = parseString("the test's name") else { skipToNextTest(); return nil }
        var test = RuleTest(name: name, range: keyword.range)
        parseBlock(of: "test \"\(name.value)\"", kind: "test", opening: keyword.range) { parser, word in
            parser.parseRuleTestClause(word, into: &test)
        }
        test.range = range(from: keyword.range)
        return test
    }

    private mutating func parseRuleTestClause(_ word: String, into test: inout RuleTest) -> Bool {
        switch word {
        case "measure", "outcome":
            let start = previousRange
            guard let name = parseName("the \(word)'s name") else { return true }
            if let earlier = test.subject {
                error("a test judges one measure or outcome statement, and this one already names '\(earlier.value.name)'", at: range(from: start),
                      help: "write another test for '\(name.value)'")
                return true
            }
            test.subject = Located(word == "measure" ? .measure(name.value) : .outcome(name.value), at: name.range)
        case "as":
            guard expectWord("of", after: "'as'") else { return true }
            guard let period = parseTestPeriod("the period the test judges") else { return true }
            test.asOf = period
        case "series":
            if let series = parseInlineSeries(start: previousRange) { test.series.append(series) }
        case "expect":
            if let expectation = parseExpectation() { test.expectations.append(expectation) }
        default:
            return false
        }
        return true
    }

    // MARK: Series

    /// `NAME PERIOD VALUE, PERIOD VALUE, …` or `NAME from PERIOD VALUE [for N], VALUE, …`.
    private mutating func parseInlineSeries(start: SourceRange) -> InlineSeries? {
        guard let name = parseName("the indicator's name") else { return nil }
        var points: [InlinePoint] = []
        if !atClauseEnd, current.isWord("from") {
            advance()
            guard let first = parseTestPeriod("the first period of the series") else { return nil }
            var period = first.value
            var continued = false
            repeat {
                if continued { advance() }
                let valueStart = current.range
                guard let value = parseInlineValue(continued: continued) else { return nil }
                var count = 1
                if !atClauseEnd, current.isWord("for") {
                    advance()
                    guard !atClauseEnd, current.kind == .number, current.number >= 1, current.number <= 1200,
                          current.number == current.number.rounded() else {
                        error("expected how many periods the figure is repeated for (a whole number from 1 to 1,200), found \(currentDescription)",
                              at: missingRange, help: "for example 20 for 12: twelve periods of 20")
                        return nil
                    }
                    count = Int(advance().number)
                }
                let place = range(from: valueStart)
                for _ in 0..<count {
                    points.append(InlinePoint(period: period, value: value, range: place))
                    period = period.advanced(by: 1)
                }
                continued = true
            } while current.kind == .comma
        } else {
            var continued = false
            repeat {
                if continued { advance() }
                let pointStart = current.range
                guard let period = parseTestPeriod("a period and its figure, such as 2023/24 185", continued: continued),
                      let value = parseInlineValue(continued: false) else { return nil }
                points.append(InlinePoint(period: period.value, value: value, range: range(from: pointStart)))
                continued = true
            } while current.kind == .comma
        }
        guard let frequency = points.first?.period.frequency else {
            error("a series is of months, quarters, financial years or calendar years, not rolling 12 months", at: range(from: start))
            return nil
        }
        if let other = points.first(where: { $0.period.frequency != frequency }) {
            error("the series of '\(name.value)' mixes periods: \(other.period.code) is not \(frequency.words) like \(points[0].period.code)",
                  at: other.range, help: "write every period of a series at the indicator's frequency")
            return nil
        }
        var seen: Set<Period> = []
        for point in points where !seen.insert(point.period).inserted {
            error("the series of '\(name.value)' gives \(point.period.code) twice", at: point.range,
                  help: "give each period one figure")
            return nil
        }
        return InlineSeries(indicator: name, frequency: frequency, points: points, range: range(from: start))
    }

    /// `185`, `-3`, `45%`, `90 of 200`, `missing`, `suppressed`. `continued`: the first token
    /// may start a line (after a comma).
    private mutating func parseInlineValue(continued: Bool) -> InlineValue? {
        let atEnd = continued ? current.kind == .end || current.kind == .rightBrace : atClauseEnd
        if !atEnd, current.isWord("missing") { advance(); return .missing }
        if !atEnd, current.isWord("suppressed") { advance(); return .suppressed }
        var sign = 1.0
        if !atEnd, current.kind == .minus || current.kind == .plus {
            sign = advance().kind == .minus ? -1 : 1
        }
        guard !(atEnd && sign == 1), current.kind == .number || current.kind == .percent else {
            error("expected a figure (185, 45%, 90 of 200, missing or suppressed), found \(currentDescription)", at: missingRange)
            return nil
        }
        let token = advance()
        let number = sign * token.number
        guard token.kind == .number, !atClauseEnd, current.isWord("of") else { return .number(number) }
        advance()
        guard !atClauseEnd, current.kind == .number else {
            error("expected the denominator after 'of', found \(currentDescription)", at: missingRange,
                  help: "90 of 200 is a numerator of 90 and a denominator of 200")
            return nil
        }
        return .counts(numerator: number, denominator: advance().number)
    }

    /// A period literal, parsed: `2023-10`, `2023/24 Q3`, `2023/24`, or a calendar year `2021`.
    private mutating func parseTestPeriod(_ what: String, continued: Bool = false) -> Located<Period>? {
        let literal: Located<String>?
        if continued, current.kind == .period || (current.kind == .number && current.text.count == 4) {
            let token = advance()
            literal = Located(token.text, at: token.range)
        } else {
            literal = parsePeriodLiteral(what)
        }
        guard let literal else { return nil }
        do {
            return Located(try Period.parse(literal.value), at: literal.range)
        } catch {
            self.error("'\(literal.value)' is not a period: \(error.message)", at: literal.range, help: error.help)
            return nil
        }
    }

    // MARK: Expectations

    private mutating func parseExpectation() -> Expectation? {
        let start = current.range
        if !atClauseEnd, current.isWord("sentence") {
            advance()
            return parseString("the sentence the report writes").map(Expectation.sentence)
        }
        if !atClauseEnd, current.isWord("notice") {
            advance()
            return parseString("the notice's sentence").map(Expectation.notice)
        }
        if !atClauseEnd, current.kind == .word, let rating = Rating(rawValue: current.text) {
            let token = advance()
            return .rating(Located(rating, at: token.range))
        }
        if !atClauseEnd, current.isWord("no") {
            advance()
            guard expectWord("evidence", after: "'no'") else { return nil }
            return .noEvidence(range(from: start))
        }
        guard !atClauseEnd, ["doing", "explore", "to"].contains(current.text) else {
            let words = ["doing well", "explore", "to note", "sentence", "notice", "green", "amber", "red", "no evidence"]
            let suggestion = current.kind == .word ? Suggestions.closest(to: current.text, among: words) : nil
            error("expected what the test expects (doing well, explore, to note, sentence \"…\", notice \"…\", green, amber, red or no evidence), found \(currentDescription)",
                  at: missingRange, help: suggestion.map { "did you mean '\($0)'?" })
            return nil
        }
        guard let classification = parseClassification() else { return nil }
        var because: Located<String>? = nil
        if !atClauseEnd, current.isWord("because") {
            advance()
            because = parseString("the reason")
            if because == nil { return nil }
        }
        return .classification(classification, because: because)
    }
}
