import AssureData

extension Parser {
    static let declarationWords = ["report", "priority", "indicator", "measure", "outcome"]

    /// The whole file: declarations until the end, skipping what cannot be read.
    mutating func parseFile() -> [Declaration] {
        var declarations: [Declaration] = []
        while current.kind != .end {
            clauseHasError = false
            if current.kind == .word, Parser.declarationWords.contains(current.text) {
                if let declaration = parseDeclaration() { declarations.append(declaration) }
                continue
            }
            let suggestion = current.kind == .word ? Suggestions.closest(to: current.text, among: Parser.declarationWords) : nil
            error("expected a declaration (indicator, measure, outcome, priority or report), found \(current.kind == .end ? "the end of the file" : "'\(current.text)'")",
                  at: current.range,
                  help: suggestion.map { "did you mean '\($0)'?" } ?? "each declaration starts with indicator, measure, outcome, priority or report",
                  fixIt: suggestion.map { Diagnostic.FixIt(range: current.range, replacement: $0) })
            skipToDeclaration()
        }
        return declarations
    }

    /// Skips to the next word that starts a declaration at the start of a line, outside braces.
    mutating func skipToDeclaration() {
        if readsRuleTests {
            while current.kind != .end, !looksLikeTest { advance() }
            return
        }
        var nesting = 0
        if looksLikeDeclaration { return }
        advance()
        while current.kind != .end {
            switch current.kind {
            case .leftBrace: nesting += 1
            case .rightBrace: nesting = max(0, nesting - 1)
            case .word where current.startsLine && Parser.declarationWords.contains(current.text):
                if nesting == 0 || looksLikeDeclaration { return }
            default: break
            }
            advance()
        }
    }

    /// Whether the current word begins a declaration rather than a clause: `measure x {`,
    /// `indicator x =`, `report {`.
    var looksLikeDeclaration: Bool {
        if readsRuleTests { return looksLikeTest }
        guard current.kind == .word, current.startsLine, Parser.declarationWords.contains(current.text) else { return false }
        if current.text == "report" { return peek(1).kind == .leftBrace }
        if current.text != "priority" { return true }
        // In a measure, `priority neglect` is a clause; `priority neglect {` is a declaration.
        return peek(1).kind == .word && peek(2).kind == .leftBrace
    }

    mutating func parseDeclaration() -> Declaration? {
        let before = diagnostics.count
        var declaration = parseDeclarationBody()
        if diagnostics.count > before { declaration = declaration.map(Parser.markingIncomplete) }
        return declaration
    }

    private static func markingIncomplete(_ declaration: Declaration) -> Declaration {
        switch declaration {
        case .report: return declaration
        case .priority(var priority): priority.isIncomplete = true; return .priority(priority)
        case .indicator(var indicator): indicator.isIncomplete = true; return .indicator(indicator)
        case .measure(var measure): measure.isIncomplete = true; return .measure(measure)
        case .outcome(var outcome): outcome.isIncomplete = true; return .outcome(outcome)
        }
    }

    private mutating func parseDeclarationBody() -> Declaration? {
        let keyword = advance()
        clauseStarts.insert(index - 1)
        switch keyword.text {
        case "report":
            var report = ReportDeclaration(range: keyword.range)
            parseBlock(of: "the report settings", kind: "report", opening: keyword.range) { parser, word in parser.parseReportClause(word, into: &report) }
            report.range = range(from: keyword.range)
            return .report(report)
        case "priority":
            guard let name = parseName("the priority's name (for example neglect)") else { skipToDeclaration(); return nil }
            var priority = PriorityDeclaration(name: name, range: keyword.range)
            parseBlock(of: "priority '\(name.value)'", kind: "priority", opening: keyword.range) { parser, word in
                guard word == "title" else { return false }
                priority.title = parser.parseString("the priority's title")
                return true
            }
            priority.range = range(from: keyword.range)
            return .priority(priority)
        case "indicator":
            return parseIndicator(keyword)
        case "measure":
            guard let name = parseName("the measure's name (for example marac_repeats)") else { skipToDeclaration(); return nil }
            var measure = MeasureDeclaration(name: name, range: keyword.range)
            parseBlock(of: "measure '\(name.value)'", kind: "measure", opening: keyword.range) { parser, word in parser.parseMeasureClause(word, into: &measure) }
            measure.range = range(from: keyword.range)
            return .measure(measure)
        default:
            guard let name = parseName("the outcome's name (for example professionals_supported)") else { skipToDeclaration(); return nil }
            var outcome = OutcomeDeclaration(name: name, range: keyword.range)
            parseBlock(of: "outcome '\(name.value)'", kind: "outcome", opening: keyword.range) { parser, word in parser.parseOutcomeClause(word, into: &outcome) }
            outcome.range = range(from: keyword.range)
            return .outcome(outcome)
        }
    }

    /// `{ clause … }`. `clause` parses one clause after its first word has been consumed and
    /// returns false when the word is not one of the declaration's clauses.
    mutating func parseBlock(of what: String, kind: String, opening: SourceRange, clause: (inout Parser, String) -> Bool) {
        guard current.kind == .leftBrace else {
            error("expected '{' to open the clauses of \(what), found \(currentDescription)", at: missingRange,
                  help: "write the clauses between braces: { … }")
            skipToDeclaration()
            return
        }
        let brace = advance()
        while true {
            clauseHasError = false
            parenthesisDepth = 0
            while current.kind == .semicolon { advance() }
            if current.kind == .rightBrace { advance(); return }
            if current.kind == .end || looksLikeDeclaration {
                error("\(what) has no closing '}'", at: brace.range,
                      help: "add '}' after its last clause", notes: current.kind == .end ? [] : [Diagnostic.Note(range: current.range, message: "the next declaration starts here")])
                return
            }
            guard current.kind == .word else {
                error("expected a clause of \(what), found \(currentDescription)", at: current.range)
                skipToClauseEnd()
                continue
            }
            clauseStarts.insert(index)
            let clauseStart = index
            let word = advance()
            if !clause(&self, word.text) {
                let known = Parser.clauseWords[kind] ?? []
                let suggestion = Suggestions.closest(to: word.text, among: known)
                error("unknown clause '\(word.text)' in \(what)", at: word.range,
                      help: suggestion.map { "did you mean '\($0)'?" } ?? (known.isEmpty ? nil : "the clauses here are " + known.joined(separator: ", ")),
                      fixIt: suggestion.map { Diagnostic.FixIt(range: word.range, replacement: $0) })
                skipToClauseEnd()
            }
            endClause("the '\(word.text)' clause")
            // Every turn must move on, whatever went wrong in the clause.
            if index <= clauseStart { advance() }
        }
    }

    /// The first words of the clauses of each declaration, for suggestions.
    static let clauseWords: [String: [String]] = [
        "report": ["title", "partnership", "area", "areas", "period", "confidence", "meeting", "author", "purpose", "evidence",
                   "headlines", "section", "version"],
        "priority": ["title"],
        "indicator": ["title", "unit", "frequency", "better", "aggregate", "numerator", "denominator"],
        "measure": ["title", "priority", "value", "compare", "change", "minimum", "doing", "explore", "to", "judge", "notice", "say", "ignore"],
        "outcome": ["statement", "priority", "evidence", "green", "amber", "red", "otherwise"],
        "test": ["measure", "outcome", "as", "series", "expect"],
    ]

    mutating func parseReportClause(_ word: String, into report: inout ReportDeclaration) -> Bool {
        switch word {
        case "title": report.title = parseString("the report's title")
        case "partnership": report.partnership = parseString("the partnership's name")
        case "area": report.area = parseString("the area's name")
        case "areas": report.areas = parseReportAreas()
        case "period": report.period = parsePeriodKind()
        case "confidence":
            guard current.kind == .percent, !atClauseEnd else {
                error("expected a confidence level such as 95% or 99.8%, found \(currentDescription)", at: missingRange)
                return true
            }
            let token = advance()
            report.confidence = Located(token.number, at: token.range)
        case "meeting":
            report.meeting = parseString("the meeting's name (for example \"SSCB\")")
            if report.meeting != nil, !atClauseEnd, current.isWord("on") {
                advance()
                report.meetingDate = parseString("the meeting's date, such as \"2019-03-25\"")
            }
        case "author":
            if let author = parseString("the report author") { report.authors.append(author) }
        case "purpose": report.purpose = parseString("the report's purpose")
        case "evidence":
            if let evidence = parseString("the name of a piece of evidence (for example \"SSCB Q3 scorecard\")") { report.evidence.append(evidence) }
        case "headlines":
            report.headlines += parseNameList("the name of a headline measure")
        case "section":
            guard let number = parseString("the template section's number (\"1\", \"4.2\", \"4.3\", \"5\" or \"6\")"),
                  expectWord("from", after: "the section's number"),
                  let file = parseString("the file holding the section's text") else { return true }
            report.sections.append(ReportSectionClause(number: number, file: file))
        case "version": report.version = parseString("the report's version")
        default: return false
        }
        return true
    }

    /// `month`, `quarter`, `financial year`, `calendar year`, `academic year`, `rolling 12 months`,
    /// `pooled 3 calendar years`.
    mutating func parsePeriodKind() -> Located<AggregationPeriod>? {
        let start = current.range
        let choices: [(String, AggregationPeriod)] = [("month", .month), ("quarter", .quarter), ("financial", .financialYear),
                                                       ("calendar", .calendarYear), ("academic", .academicYear),
                                                       ("rolling", .rolling12Months), ("pooled", .pooled(years: 0, of: .calendar))]
        guard let first = parseChoice(choices, what: "a period: month, quarter, financial year, calendar year, academic year, rolling 12 months or pooled 3 calendar years") else { return nil }
        switch first.value {
        case .pooled:
            guard let pool = parsePooledYears() else { return nil }
            return Located(.pooled(years: pool.years, of: pool.kind), at: range(from: start))
        case .financialYear, .calendarYear, .academicYear:
            guard expectWord("year", after: "'\(first.value.rawValue.split(separator: " ")[0])'") else { return nil }
        case .rolling12Months:
            guard current.kind == .number, current.number == 12, !atClauseEnd else {
                error("expected '12 months' after 'rolling', found \(currentDescription)", at: missingRange)
                return nil
            }
            advance()
            guard expectWord("months", after: "'rolling 12'") else { return nil }
        case .month, .quarter: break
        }
        return Located(first.value, at: range(from: start))
    }
}
