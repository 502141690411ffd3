import AssureData
import AssureEngine
import AssureLanguage
import AssureReport

/// Runs rule tests through the engine and the narrative `assure run` uses — `Assessment` over
/// the test's inline series, `Narrative.sentence(for:)` for the sentence — never a second
/// interpreter, and compares what they give with what each test expects.
public enum RuleTestRunner {
    /// Runs every test of `files` against `ruleSet` (the rules as `assure check` accepted
    /// them). When a file is malformed or a test names what the rules do not have, nothing is
    /// run and the run holds the diagnostics.
    public static func run(_ files: [RuleTestFile], ruleSet: RuleSet) -> RuleTestRun {
        var diagnostics = files.flatMap(\.diagnostics)
        for file in files {
            for test in file.tests { diagnostics += RuleTestChecks.diagnostics(test, ruleSet: ruleSet) }
        }
        let paths = files.map(\.path)
        guard !diagnostics.hasErrors else {
            return RuleTestRun(results: [], diagnostics: diagnostics.sorted(), coverage: RuleCoverage(ruleSet, tested: []), files: paths)
        }
        var results: [RuleTestResult] = []
        var tested: [Trial] = []
        for test in files.flatMap(\.tests) {
            let (result, trial) = run(test, ruleSet: ruleSet)
            results.append(result)
            if let trial { tested.append(trial) }
        }
        return RuleTestRun(results: results, diagnostics: diagnostics.sorted(), coverage: RuleCoverage(ruleSet, tested: tested), files: paths)
    }

    /// One test's result, and what it reached of the rules.
    static func run(_ test: RuleTest, ruleSet: RuleSet) -> (RuleTestResult, Trial?) {
        guard let subject = test.subject?.value else {
            return (RuleTestResult(test: test, failures: [], explanation: ""), nil)
        }
        let data = InlineData(test, indicators: ruleSet.indicators)
        guard let assessment = Assessment.evaluate(ruleSet, data: data, period: test.asOf?.value) else {
            let failure = RuleTestFailure(what: "period", expected: "a period to judge",
                                          actual: "none: the series have no figure for the indicators the measures use",
                                          range: test.name.range)
            return (RuleTestResult(test: test, failures: [failure], explanation: ""), nil)
        }
        switch subject {
        case .measure(let name):
            guard let finding = assessment.measures.first(where: { $0.measure.name == name }) else {
                return (RuleTestResult(test: test, failures: [], explanation: ""), nil)
            }
            let failures = test.expectations.compactMap { check($0, finding) }
            let explanation = Explanation.text(finding, asOf: assessment.period)
            let held = finding.rules.enumerated().filter { $0.element.outcome == .held }.map(\.offset)
            return (RuleTestResult(test: test, failures: failures, explanation: explanation), Trial(subject: .measure(name), reached: held))
        case .outcome(let name):
            guard let finding = assessment.outcomes.first(where: { $0.outcome.name == name }) else {
                return (RuleTestResult(test: test, failures: [], explanation: ""), nil)
            }
            let failures = test.expectations.compactMap { check($0, finding) }
            let decided = finding.decidingRule.flatMap { finding.outcome.ratings.firstIndex(of: $0) }.map { [$0] } ?? []
            return (RuleTestResult(test: test, failures: failures, explanation: explanation(of: finding)), Trial(subject: .outcome(name), reached: decided))
        }
    }

    // MARK: Measures

    private static func check(_ expectation: Expectation, _ finding: MeasureFinding) -> RuleTestFailure? {
        switch expectation {
        case .classification(let classification, let because):
            let actual = finding.verdict.classification
            if classification.value != actual {
                return RuleTestFailure(what: "classification", expected: classification.value.rawValue,
                                       actual: actual.rawValue + " because " + reason(finding), range: classification.range)
            }
            if let because, because.value != reason(finding) {
                return RuleTestFailure(what: "reason", expected: because.value, actual: reason(finding), range: because.range)
            }
            return nil
        case .sentence(let expected):
            let actual = sentence(finding)
            return expected.value == actual ? nil : RuleTestFailure(what: "sentence", expected: expected.value, actual: actual, range: expected.range)
        case .notice(let expected):
            let notices = finding.notices.compactMap { Narrative.sentence(for: $0, of: finding).map(noticeText) }
            guard !notices.contains(expected.value) else { return nil }
            return RuleTestFailure(what: "notice", expected: expected.value,
                                   actual: notices.isEmpty ? "no notice applies" : notices.joined(separator: " | "), range: expected.range)
        case .rating, .noEvidence:
            return nil
        }
    }

    /// Why the measure got its classification, as a test writes it: the condition of the rule
    /// that decided (`change <= -10%`), the reason for an area to note in the words `explain`
    /// uses ("there is no change beyond the thresholds"), or what statistical process control
    /// shows at the latest point.
    static func reason(_ finding: MeasureFinding) -> String {
        if case .toNote(let note) = finding.verdict, note != .ruleHeld {
            return ReasonText.reason(note, period: finding.period)
        }
        if let rule = finding.decidingRule { return condition(of: rule) }
        if let latest = finding.spc?.latestType { return "statistical process control shows \(latest.words)" }
        return "of the figures"
    }

    /// `change <= -10%` of `doing well when change <= -10%`.
    static func condition(of rule: ClassificationRule) -> String {
        guard let when = rule.text.range(of: " when ") else { return rule.text }
        let condition = String(rule.text[when.upperBound...])
        // `(a or b)` as the rule's text prints it reads `a or b` as the analyst wrote it.
        guard condition.hasPrefix("("), condition.hasSuffix(")") else { return condition }
        var depth = 0
        for (offset, character) in condition.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0, offset < condition.count - 1 { return condition }
        }
        return String(condition.dropFirst().dropLast())
    }

    /// The measure's sentence as the report writes it: its template filled in, or (when the
    /// template cannot be filled in) the default sentence the report writes instead.
    static func sentence(_ finding: MeasureFinding) -> String {
        switch Narrative.sentence(for: finding) {
        case .sentence(let text): return text
        case .problem(let problem): return Narrative.defaultSentence(finding) + " [the template could not be filled in: \(problem.message)]"
        }
    }

    /// A notice's sentence, or what stopped it.
    private static func noticeText(_ result: NarrativeResult) -> String {
        switch result {
        case .sentence(let text): return text
        case .problem(let problem): return "[the notice's template could not be filled in: \(problem.message)]"
        }
    }

    // MARK: Outcomes

    private static func check(_ expectation: Expectation, _ finding: OutcomeFinding) -> RuleTestFailure? {
        let actual = finding.rating?.rawValue ?? "no evidence"
        switch expectation {
        case .rating(let rating):
            return rating.value == finding.rating ? nil : RuleTestFailure(what: "rating", expected: rating.value.rawValue, actual: actual, range: rating.range)
        case .noEvidence(let range):
            return finding.hasNoEvidence ? nil : RuleTestFailure(what: "rating", expected: "no evidence", actual: actual, range: range)
        case .classification, .sentence, .notice:
            return nil
        }
    }

    /// Each evidence measure's classification and why, and the rating rule that held.
    static func explanation(of finding: OutcomeFinding) -> String {
        var lines = ["Outcome \(finding.outcome.name): \(finding.outcome.statement)"]
        for evidence in finding.evidence {
            lines.append("  \(evidence.measure.name): \(evidence.verdict.classification.rawValue), because \(reason(evidence))")
        }
        if let rule = finding.decidingRule {
            lines.append("Rating: \(rule.rating.rawValue), by '\(rule.text)'")
        } else {
            lines.append("Rating: none, because no evidence measure could be judged")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A test as coverage needs it: the measure whose classification rules held (by position), or
/// the outcome statement whose rating rule decided.
struct Trial: Sendable {
    let subject: RuleTestSubject
    let reached: [Int]
}
