import AssureData

extension Parser {
    /// `indicator name { … }` or `indicator name = expression { … }`, after the keyword.
    mutating func parseIndicator(_ keyword: Token) -> Declaration? {
        guard let name = parseName("the indicator's name (for example cp_plans_neglect)") else {
            skipToDeclaration()
            return nil
        }
        var indicator = IndicatorDeclaration(name: name, range: keyword.range)
        if current.kind == .equal {
            advance()
            // After '=' the arithmetic may start on the next line.
            indicator.definition = parseExpression("the arithmetic that derives '\(name.value)'", continued: true)
        }
        parseBlock(of: "indicator '\(name.value)'", kind: "indicator", opening: keyword.range) { parser, word in
            parser.parseIndicatorClause(word, into: &indicator)
        }
        indicator.range = range(from: keyword.range)
        return .indicator(indicator)
    }

    mutating func parseIndicatorClause(_ word: String, into indicator: inout IndicatorDeclaration) -> Bool {
        let start = previousRange
        switch word {
        case "title":
            setOnce(&indicator.title, parseString("the indicator's title"), clause: "title", at: start)
        case "unit":
            setOnce(&indicator.unit, parseUnit(), clause: "unit", at: start)
        case "frequency":
            setOnce(&indicator.frequency, parseFrequency(), clause: "frequency", at: start)
        case "better":
            setOnce(&indicator.polarity, parseChoice([("higher", Polarity.higher), ("lower", .lower), ("neither", .neither)],
                                                     what: "which direction is better"), clause: "better", at: start)
        case "aggregate":
            setOnce(&indicator.aggregation,
                    parseChoice([("sum", Aggregation.sum), ("last", .last), ("mean", .mean), ("ratio", .ratio)],
                                what: "how values add up over a period: sum for a flow, last for a stock"),
                    clause: "aggregate", at: start)
        case "numerator":
            setOnce(&indicator.numerator, parseName("the indicator that is the numerator"), clause: "numerator", at: start)
        case "denominator":
            setOnce(&indicator.denominator, parseName("the indicator that is the denominator"), clause: "denominator", at: start)
        case "from":
            setOnce(&indicator.source, parsePublishedSource(start), clause: "from", at: start)
        default:
            return false
        }
        return true
    }

    /// `"file.csv" indicator "column" [where filter = "value" {, filter = "value"}]`, after `from`.
    mutating func parsePublishedSource(_ start: SourceRange) -> Located<PublishedSourceSyntax>? {
        guard let file = parseString("the published file's name (for example \"la_cla_swcount.csv\")") else { return nil }
        guard expectWord("indicator", after: "the file's name") else { return nil }
        guard let column = parseNameOrString("the indicator column's name") else { return nil }
        var filters: [PublishedSourceSyntax.Filter] = []
        if !atClauseEnd, current.isWord("where") {
            advance()
            repeat {
                if !filters.isEmpty { advance() }
                guard let filter = parseNameOrString("a filter column's name") else { return nil }
                guard !atClauseEnd, current.kind == .equal else {
                    error("expected '=' after the filter column '\(filter.value)', found \(currentDescription)", at: missingRange,
                          help: "write each filter as column = \"value\", as in sw_stability = \"Total children\"")
                    return nil
                }
                advance()
                guard let value = parseString("the filter's value") else { return nil }
                filters.append(PublishedSourceSyntax.Filter(column: filter, value: value))
            } while !atClauseEnd && current.kind == .comma
        }
        return Located(PublishedSourceSyntax(file: file, indicator: column, filters: filters), at: range(from: start))
    }

    /// A column name as a name (`percentage`) or in quotes (`"3_months_or_less"`).
    mutating func parseNameOrString(_ what: String) -> Located<String>? {
        if !atClauseEnd, current.kind == .string { return parseString(what) }
        return parseName(what)
    }

    /// Stores a clause's value, reporting a clause given twice.
    mutating func setOnce<T>(_ slot: inout Located<T>?, _ value: Located<T>?, clause: String, at keyword: SourceRange) {
        guard let value else { return }
        if let earlier = slot {
            error("'\(clause)' is given twice", at: range(from: keyword),
                  help: "keep one '\(clause)' clause",
                  notes: [Diagnostic.Note(range: earlier.range, message: "the first '\(clause)' is here")])
            return
        }
        slot = value
    }

    /// `count`, `percent`, `number`, `rate per 10,000`.
    mutating func parseUnit() -> Located<Unit>? {
        let start = current.range
        guard let first = parseChoice([("count", "count"), ("percent", "percent"), ("number", "number"), ("rate", "rate")],
                                      what: "a unit") else { return nil }
        switch first.value {
        case "count": return Located(.count, at: first.range)
        case "percent": return Located(.percent, at: first.range)
        case "number": return Located(.number, at: first.range)
        default:
            guard expectWord("per", after: "'rate'") else { return nil }
            guard current.kind == .number, !atClauseEnd, current.number > 0 else {
                error("expected how many the rate is per (for example 10,000), found \(currentDescription)", at: missingRange)
                return nil
            }
            let per = advance().number
            return Located(.rate(per: per), at: range(from: start))
        }
    }

    /// `monthly`, `quarterly`, `financial year`, `calendar year`, `academic year`,
    /// `pooled 3 calendar years`, `pooled 3 financial years`.
    mutating func parseFrequency() -> Located<Frequency>? {
        let start = current.range
        guard let first = parseChoice([("monthly", Frequency.monthly), ("quarterly", .quarterly),
                                       ("financial", .financialYear), ("calendar", .calendarYear),
                                       ("academic", .academicYear), ("pooled", .pooled(years: 0, of: .calendar))],
                                      what: "a frequency: monthly, quarterly, financial year, calendar year, academic year or pooled 3 calendar years") else { return nil }
        if case .pooled = first.value {
            guard let pool = parsePooledYears() else { return nil }
            return Located(.pooled(years: pool.years, of: pool.kind), at: range(from: start))
        }
        if first.value == .financialYear || first.value == .calendarYear || first.value == .academicYear {
            guard expectWord("year", after: "'\(first.value.label.split(separator: " ")[0])'") else { return nil }
        }
        return Located(first.value, at: range(from: start))
    }

    /// After `pooled`: how many years and of which kind, `3 calendar years` or `3 financial
    /// years`, as Fingertips pools them (`2017 - 19`, `2017/18 - 19/20`).
    mutating func parsePooledYears() -> (years: Int, kind: YearKind)? {
        guard !atClauseEnd, current.kind == .number, current.number >= 2, current.number <= 20,
              current.number == current.number.rounded() else {
            error("expected how many years are pooled (2 to 20) after 'pooled', found \(currentDescription)", at: missingRange,
                  help: "write 'pooled 3 calendar years' for periods such as 2017 - 19, 'pooled 3 financial years' for 2017/18 - 19/20")
            return nil
        }
        let years = Int(advance().number)
        guard let kind = parseChoice([("calendar", YearKind.calendar), ("financial", .financial)],
                                     what: "the kind of years pooled") else { return nil }
        guard expectWord("years", after: "'pooled \(years) \(kind.value.rawValue)'") else { return nil }
        return (years, kind.value)
    }

    /// A period literal (`2023-10`, `2023/24`, `2023/24 Q3`), a calendar year (`2021`) or years
    /// pooled (`2017 - 19`, `2017/18 - 19/20`).
    mutating func parsePeriodLiteral(_ what: String) -> Located<String>? {
        if !atClauseEnd, current.kind == .period || (current.kind == .number && current.text.count == 4) {
            let token = advance()
            if let pool = parsePoolEnd(after: token) { return pool }
            return Located(token.text, at: token.range)
        }
        error("expected \(what), such as 2023-10, 2023/24 Q3 or 2023/24, found \(currentDescription)", at: missingRange)
        return nil
    }

    /// The rest of a pool of years after its first year: `- 19`, `- 2019`, `- 19/20`,
    /// `- 2019/20`, on the same line; nil (nothing read) when no dash and year follow.
    private mutating func parsePoolEnd(after first: Token) -> Located<String>? {
        // Only a year (`2017`) or a financial year (`2017/18`) starts a pool: a month
        // (`2022-04`) followed by `-5` is a month and a number.
        let startsPool = first.kind == .number || (first.text.count == 7 && first.text.contains("/"))
        func isYear(_ token: Token) -> Bool {
            token.kind == .number && (token.text.count == 2 || token.text.count == 4) && token.text.allSatisfy(\.isNumber)
        }
        guard startsPool, !atClauseEnd, current.kind == .minus, peek(1).range.start.line == first.range.start.line else { return nil }
        let end = peek(1)
        var text: String
        var count = 2
        if end.kind == .period, end.text.count == 7, end.text.contains("/") {
            text = end.text
        } else if isYear(end), peek(2).kind == .slash, isYear(peek(3)), peek(3).range.start.line == end.range.start.line {
            text = end.text + "/" + peek(3).text
            count = 4
        } else if isYear(end) {
            text = end.text
        } else {
            return nil
        }
        text = first.text + " - " + text
        for _ in 0..<count { advance() }
        return Located(text, at: range(from: first.range))
    }
}
