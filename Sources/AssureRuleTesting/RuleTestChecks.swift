import AssureData
import AssureLanguage

/// What makes a test unable to run, found before any is run: a measure, outcome statement or
/// indicator the rules do not have (with the nearest name), a series at another frequency than
/// its indicator's, a series of an indicator that is worked out rather than recorded, an
/// expectation of the wrong kind, or a test that expects nothing. Each is an error at its
/// place in the test file.
enum RuleTestChecks {
    static func diagnostics(_ test: RuleTest, ruleSet: RuleSet) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let subject = test.subject else {
            return [.error("test \"\(test.name.value)\" names no measure or outcome statement", at: test.name.range,
                           help: "add 'measure NAME' (or 'outcome NAME') for what the test judges")]
        }
        switch subject.value {
        case .measure(let name):
            if !ruleSet.measures.contains(where: { $0.name == name }) {
                problems.append(unknown("measure", name, at: subject.range, among: ruleSet.measures.map(\.name)))
            }
        case .outcome(let name):
            if !ruleSet.outcomes.contains(where: { $0.name == name }) {
                problems.append(unknown("outcome statement", name, at: subject.range, among: ruleSet.outcomes.map(\.name)))
            }
        }
        if test.expectations.isEmpty {
            problems.append(.error("test \"\(test.name.value)\" expects nothing", at: test.name.range,
                                   help: subject.value.isMeasure ? "add 'expect doing well' (or explore, to note) or 'expect sentence \"…\"'"
                                                                 : "add 'expect green' (or amber, red, no evidence)"))
        }
        for expectation in test.expectations {
            switch (expectation, subject.value.isMeasure) {
            case (.classification, true), (.sentence, true), (.notice, true), (.rating, false), (.noEvidence, false): continue
            case (.classification, false), (.sentence, false), (.notice, false):
                problems.append(.error("an outcome statement is rated, not classified", at: expectation.range,
                                       help: "expect green, amber, red or no evidence; test a measure's classification in a test of the measure"))
            case (.rating, true), (.noEvidence, true):
                problems.append(.error("a measure is classified, not rated", at: expectation.range,
                                       help: "expect doing well, explore or to note; test a rating in a test of an outcome statement"))
            }
        }
        var given: Set<String> = []
        for series in test.series {
            let name = series.indicator.value
            if !given.insert(name).inserted {
                problems.append(.error("the test gives '\(name)' twice", at: series.indicator.range,
                                       help: "give each indicator one series, its figures separated by commas"))
                continue
            }
            guard let indicator = ruleSet.indicators[name] else {
                problems.append(unknown("indicator", name, at: series.indicator.range, among: Array(ruleSet.indicators.keys)))
                continue
            }
            if indicator.formula != nil {
                problems.append(.error("'\(name)' is worked out from other indicators, not recorded", at: series.indicator.range,
                                       help: "give the series of the indicators it is made of"))
                continue
            }
            if series.frequency != indicator.frequency {
                problems.append(.error("'\(name)' is recorded \(indicator.frequency.words), but its series here is \(series.frequency.words)",
                                       at: series.range, help: "write the series in \(indicator.frequency.words) periods, as the rules declare"))
            }
            if indicator.unit == .count || indicator.unit == .number,
               let counts = series.points.first(where: { if case .counts = $0.value { return true }; return false }) {
                problems.append(.error("'\(name)' is not a percentage or a rate, so it has no numerator and denominator", at: counts.range,
                                       help: "write its figure alone, such as 185"))
            }
        }
        return problems
    }

    private static func unknown(_ kind: String, _ name: String, at range: SourceRange, among names: [String]) -> Diagnostic {
        let suggestion = Suggestions.closest(to: name, among: names)
        return .error("the rules have no \(kind) '\(name)'", at: range,
                      help: suggestion.map { "did you mean '\($0)'?" } ?? "the test names one of the rules' \(kind == "indicator" ? "indicators" : kind + "s")",
                      fixIt: suggestion.map { Diagnostic.FixIt(range: range, replacement: $0) })
    }
}

extension RuleTestSubject {
    var isMeasure: Bool {
        if case .measure = self { return true }
        return false
    }
}
