import AssureData

extension Parser {
    mutating func parseMeasureClause(_ word: String, into measure: inout MeasureDeclaration) -> Bool {
        let start = previousRange
        switch word {
        case "title":
            setOnce(&measure.title, parseString("the measure's title"), clause: "title", at: start)
        case "priority":
            setOnce(&measure.priority, parseName("the priority's name"), clause: "priority", at: start)
        case "value":
            if let earlier = measure.value {
                error("'value' is given twice", at: start, help: "a measure has one value",
                      notes: [Diagnostic.Note(range: earlier.range, message: "the first 'value' is here")])
                return true
            }
            measure.value = parseExpression("the measure's value: an indicator or arithmetic over indicators")
            if current.isWord("over"), !atClauseEnd {
                advance()
                measure.over = parsePeriodKind()
            }
        case "compare":
            guard expectWord("with", after: "'compare'"), let comparison = parseComparison() else { return true }
            measure.comparisons.append(Located(comparison, at: range(from: start)))
        case "change":
            guard expectWord("as", after: "'change'") else { return true }
            setOnce(&measure.change, parseChoice([("absolute", ChangeKind.absolute), ("percent", .percent), ("points", .points)],
                                                 what: "how change is expressed"), clause: "change", at: start)
        case "minimum":
            guard expectWord("base", after: "'minimum'") else { return true }
            guard current.kind == .number, !atClauseEnd else {
                error("expected the smallest base worth judging (a number), found \(currentDescription)", at: missingRange)
                return true
            }
            let token = advance()
            setOnce(&measure.minimumBase, Located(token.number, at: token.range), clause: "minimum base", at: start)
        case "doing", "explore", "to":
            let classification: Located<Classification>
            switch word {
            case "doing":
                guard expectWord("well", after: "'doing'") else { return true }
                classification = Located(.doingWell, at: range(from: start))
            case "to":
                guard expectWord("note", after: "'to'") else { return true }
                classification = Located(.toNote, at: range(from: start))
            default:
                classification = Located(.furtherExploration, at: start)
            }
            guard expectWord("when", after: "'\(classification.value.rawValue)'") else { return true }
            let condition = parseExpression("a condition such as 'change <= -10%'")
            measure.rules.append(ClassificationRuleSyntax(classification: classification, condition: condition, range: range(from: start)))
        case "judge":
            guard expectWord("by", after: "'judge'"), let method = parseName("a method of judgement (spc)") else { return true }
            var judgement = JudgementSyntax(method: method, options: [], range: start)
            while !atClauseEnd, let option = parseSPCOption() { judgement.options.append(option) }
            judgement.range = range(from: start)
            if let earlier = measure.judgement {
                error("'judge by' is given twice", at: judgement.range,
                      notes: [Diagnostic.Note(range: earlier.range, message: "the first is here")])
            } else {
                measure.judgement = judgement
            }
        case "notice":
            guard let kind = parseNoticeKind(), let template = parseTemplate("the notice's sentence") else { return true }
            measure.notices.append(NoticeSyntax(kind: kind, template: template, range: range(from: start)))
        case "say":
            if let reason = parseNoteSentence() {
                guard let template = parseTemplate("the sentence to say") else { return true }
                measure.noteSentences.append(NoteSentenceSyntax(reason: reason, template: template, range: range(from: start)))
                return true
            }
            guard let classification = parseClassification(), let template = parseTemplate("the sentence to say") else { return true }
            measure.narratives.append(NarrativeSyntax(classification: classification, template: template, range: range(from: start)))
        case "ignore":
            guard expectWord("chance", after: "'ignore'") else { return true }
            if let earlier = measure.ignoreChance {
                error("'ignore chance' is given twice", at: range(from: start),
                      notes: [Diagnostic.Note(range: earlier, message: "the first is here")])
            } else {
                measure.ignoreChance = range(from: start)
            }
        default:
            return false
        }
        return true
    }

    /// What follows `compare with`.
    mutating func parseComparison() -> ComparisonSyntax? {
        let choices: [(String, String)] = [("previous", "previous"), ("same", "same"), ("baseline", "baseline"),
                                           ("target", "target"), ("benchmark", "benchmark"), ("England", "England"),
                                           ("region", "region"), ("statistical", "statistical")]
        guard let first = parseChoice(choices, what: "what to compare with",
                                      help: "write previous period, previous available value, same period last year, baseline 2022/23, target 90%, benchmark <indicator>, England, region or statistical neighbours")
        else { return nil }
        switch first.value {
        case "previous":
            if current.isWord("available"), !atClauseEnd {
                advance()
                return expectWord("value", after: "'previous available'") ? .previousAvailable : nil
            }
            return expectWord("period", after: "'previous'") ? .previousPeriod : nil
        case "same":
            guard expectWord("period", after: "'same'"), expectWord("last", after: "'same period'"),
                  expectWord("year", after: "'same period last'") else { return nil }
            return .samePeriodLastYear
        case "baseline":
            return parsePeriodLiteral("the baseline period").map { .baseline($0) }
        case "target":
            return .target(parseExpression("the target, such as 90%"))
        case "England", "region", "statistical":
            let kind: ComparatorKind = first.value == "England" ? .england : first.value == "region" ? .region : .statisticalNeighbours
            if kind == .statisticalNeighbours, !expectWord("neighbours", after: "'statistical'") { return nil }
            var source: Located<String>? = nil
            if current.isWord("from"), !atClauseEnd {
                advance()
                guard let name = parseName("the published indicator to take \(kind.written)'s figures from") else { return nil }
                source = name
            }
            return .comparator(Located(kind, at: first.range), from: source)
        default:
            guard let name = parseName("the indicator that is the benchmark") else { return nil }
            let label = current.kind == .string && !atClauseEnd ? parseString("the benchmark's name") : nil
            return .benchmark(name, label: label)
        }
    }

    /// One option of `judge by spc`: `baseline 24 points`, `rebase at 2021-04`, `target 90%`,
    /// `without screening`.
    mutating func parseSPCOption() -> SPCOptionSyntax? {
        let start = current.range
        guard let option = parseChoice([("baseline", "baseline"), ("rebase", "rebase"), ("target", "target"), ("without", "without")],
                                       what: "an option of 'judge by'") else { return nil }
        switch option.value {
        case "baseline":
            guard current.kind == .number, !atClauseEnd else {
                error("expected how many points fix the limits (12 or more), found \(currentDescription)", at: missingRange)
                return nil
            }
            let count = advance()
            guard expectWord("points", after: "the number of baseline points") else { return nil }
            return .baseline(Located(count.number, at: count.range))
        case "rebase":
            guard expectWord("at", after: "'rebase'") else { return nil }
            var periods: [Located<String>] = []
            repeat {
                if !periods.isEmpty { advance() }
                guard let period = parsePeriodLiteralAfterComma(first: periods.isEmpty) else { return nil }
                periods.append(period)
            } while current.kind == .comma
            return .rebase(periods)
        case "target":
            return .target(parseExpression("the target, such as 90%"))
        default:
            guard expectWord("screening", after: "'without'") else { return nil }
            return .withoutScreening(range(from: start))
        }
    }

    private mutating func parsePeriodLiteralAfterComma(first: Bool) -> Located<String>? {
        if !first, current.kind == .period {
            let token = advance()
            return Located(token.text, at: token.range)
        }
        return parsePeriodLiteral("a period to rebase at")
    }

    /// `trend since 2023-01`, `record high within 36 months`, `run of 7`.
    mutating func parseNoticeKind() -> NoticeKind? {
        guard let kind = parseChoice([("trend", "trend"), ("record", "record"), ("run", "run")], what: "what to notice") else { return nil }
        switch kind.value {
        case "trend":
            guard expectWord("since", after: "'trend'"), let since = parsePeriodLiteral("the period the trend is watched from") else { return nil }
            return .trend(since: since)
        case "record":
            guard let high = parseChoice([("high", true), ("low", false)], what: "'high' or 'low'"),
                  expectWord("within", after: "'record \(high.value ? "high" : "low")'") else { return nil }
            guard current.kind == .number, !atClauseEnd else {
                error("expected how far back to look (for example 36 months), found \(currentDescription)", at: missingRange)
                return nil
            }
            let count = advance()
            guard let unit = parseChoice([("months", "months"), ("quarters", "quarters"), ("years", "years"), ("periods", "periods")],
                                         what: "months, quarters, years or periods") else { return nil }
            return .record(high: high.value, within: Located(count.number, at: count.range), unit: unit)
        default:
            guard expectWord("of", after: "'run'") else { return nil }
            guard current.kind == .number, !atClauseEnd else {
                error("expected the length of the run (for example 7), found \(currentDescription)", at: missingRange)
                return nil
            }
            let count = advance()
            return .run(length: Located(count.number, at: count.range))
        }
    }

    /// A narrative template in quotes, read into text and placeholders.
    mutating func parseTemplate(_ what: String) -> Template? {
        guard current.kind == .string, !atClauseEnd else {
            error("expected \(what) in double quotes, found \(currentDescription)", at: missingRange)
            return nil
        }
        let token = advance()
        let (template, problems) = TemplateReader.read(token)
        diagnostics += problems
        return template
    }

    /// `small numbers`, `within chance`, `no figure`, `not enough history` after `say`; nil
    /// (reading nothing) when the words are a classification instead.
    mutating func parseNoteSentence() -> Located<NoteSentence>? {
        let start = current.range
        let words: [(String, String, NoteSentence)] = [("small", "numbers", .smallNumbers), ("within", "chance", .withinChance),
                                                      ("no", "figure", .noFigure), ("not", "enough", .notEnoughHistory)]
        guard let (_, second, reason) = words.first(where: { current.isWord($0.0) }) else { return nil }
        advance()
        guard expectWord(second, after: "'say \(reason.rawValue.split(separator: " ")[0])'") else { return nil }
        if reason == .notEnoughHistory, !expectWord("history", after: "'say not enough'") { return nil }
        return Located(reason, at: range(from: start))
    }
}
