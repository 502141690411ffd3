import AssureData
import AssureLanguage

/// A run of rule tests for a person: a line for each test, each failure as expected against
/// actual with a caret where they part and the figures that decided, a summary, and coverage.
public enum RuleTestText {
    public static func render(_ run: RuleTestRun) -> String {
        var out: [String] = []
        for result in run.results {
            let place = "\(result.test.range.file):\(result.test.range.start.line)"
            guard !result.passed else {
                out.append("ok    \(place): \(result.test.name.value)")
                continue
            }
            out.append("FAIL  \(place): \(result.test.name.value)")
            for failure in result.failures {
                out.append("  \(failure.range.description): \(failure.what)")
                out += difference(expected: failure.expected, actual: failure.actual)
            }
            if !result.explanation.isEmpty {
                out.append("  The figures that decided (as assure explain gives them):")
                out += result.explanation.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.isEmpty ? "" : "    " + $0 }
            }
        }
        if !run.results.isEmpty { out.append("") }
        out.append(summary(run))
        out.append("")
        out += coverage(run.coverage)
        return out.joined(separator: "\n") + "\n"
    }

    /// "Ran 12 tests in 3 files: 11 passed, 1 failed."
    static func summary(_ run: RuleTestRun) -> String {
        let failed = run.failedCount
        return "Ran \(count(run.results.count, "test")) in \(count(run.files.count, "file")): "
            + "\(run.results.count - failed) passed, \(failed) failed."
    }

    /// `expected:`, `actual:`, and for two texts that share a beginning, a caret under the
    /// first character where they differ.
    static func difference(expected: String, actual: String) -> [String] {
        var lines = ["    expected: \(expected)", "    actual:   \(actual)"]
        let shared = zip(expected, actual).prefix { $0 == $1 }.count
        if shared > 0, expected != actual {
            lines.append("              " + String(repeating: " ", count: shared) + "^ differs here")
        }
        return lines
    }

    static func coverage(_ coverage: RuleCoverage) -> [String] {
        let testedMeasures = coverage.measureCount - coverage.untestedMeasures.count
        let reached = coverage.ruleCount - coverage.unreachedRules.count
        var line = "Coverage: \(testedMeasures) of \(count(coverage.measureCount, "measure")) tested; "
            + "\(reached) of \(count(coverage.ruleCount, "classification rule")) held in a test"
        if coverage.outcomeCount > 0 {
            line += "; \(coverage.outcomeCount - coverage.untestedOutcomes.count) of \(count(coverage.outcomeCount, "outcome statement")) rated, "
                + "\(coverage.ratingCount - coverage.unreachedRatings.count) of \(count(coverage.ratingCount, "rating rule")) giving the rating"
        }
        var out = [line + "."]
        if !coverage.untestedMeasures.isEmpty {
            out.append("Measures no test judges:")
            out += coverage.untestedMeasures.map { "  \(place($0.range))\($0.name)" }
        }
        if !coverage.unreachedRules.isEmpty {
            out.append("Rules no test reaches:")
            out += coverage.unreachedRules.map { "  \(place($0.rule.range))\($0.measure): \($0.rule.text)" }
        }
        if !coverage.untestedOutcomes.isEmpty {
            out.append("Outcome statements no test rates:")
            out += coverage.untestedOutcomes.map { "  \(place($0.range))\($0.name)" }
        }
        if !coverage.unreachedRatings.isEmpty {
            out.append("Rating rules no test reaches:")
            out += coverage.unreachedRatings.map { "  \(place($0.outcome.range))\($0.outcome.name): \($0.rule.text)" }
        }
        if !coverage.neverHolding.isEmpty {
            out.append("Rules that can never hold:")
            out += coverage.neverHolding.map { "  \(place($0.place.rule.range))\($0.place.measure): " + neverHolds($0) }
        }
        return out
    }

    /// "'…' contradicts itself: no figures satisfy it" or "'…' never decides: whenever it
    /// holds, '…' (file:line:column) holds first".
    static func neverHolds(_ never: RuleCoverage.NeverHolding) -> String {
        switch never.why {
        case .contradiction:
            return "'\(never.place.rule.text)' contradicts itself: no figures satisfy it"
        case .belowMinimumBase(let minimum):
            return "'\(never.place.rule.text)' never holds: it needs a base below the minimum base of \(NumberText.grouped(minimum)), "
                + "and below that the measure is noted as small numbers before any rule is tried"
        case .alwaysWonBy:
            let winners = never.winners.map { "'\($0.text)'" + ($0.range.map { " (\($0.description))" } ?? "") }
            return "'\(never.place.rule.text)' never decides: whenever it holds, "
                + winners.joined(separator: " or ") + " holds first"
        }
    }

    private static func place(_ range: SourceRange?) -> String { range.map { "\($0.description): " } ?? "" }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
