import AssureData
import AssureLanguage

/// A run of rule tests as JSON (`assure test --format json`), schema `assure-test/1`
/// (docs/testing.md): keys in a fixed order, the same run the same bytes.
public enum RuleTestJSON {
    public static let schema = "assure-test/1"

    public static func render(_ run: RuleTestRun) -> String {
        let tests = run.results.map { result -> String in
            let subject: String
            switch result.test.subject?.value {
            case .measure(let name)?: subject = JSONText.object([("measure", JSONText.string(name))])
            case .outcome(let name)?: subject = JSONText.object([("outcome", JSONText.string(name))])
            case nil: subject = "null"
            }
            let failures = result.failures.map { failure in
                JSONText.object([("what", JSONText.string(failure.what)), ("expected", JSONText.string(failure.expected)),
                                 ("actual", JSONText.string(failure.actual))] + location(failure.range))
            }
            return "    " + JSONText.object([("name", JSONText.string(result.test.name.value))] + location(result.test.range)
                                            + [("subject", subject), ("passed", result.passed ? "true" : "false"),
                                               ("failures", "[" + failures.joined(separator: ", ") + "]")])
        }
        let coverage = run.coverage
        let untested = coverage.untestedMeasures.map { measure in
            JSONText.object([("measure", JSONText.string(measure.name))] + location(measure.range))
        }
        let unreached = coverage.unreachedRules.map { place in
            JSONText.object([("measure", JSONText.string(place.measure)), ("rule", JSONText.string(place.rule.text))] + location(place.rule.range))
        }
        let never = coverage.neverHolding.map { found -> String in
            let why: String
            switch found.why {
            case .contradiction: why = "contradiction"
            case .belowMinimumBase: why = "below the minimum base"
            case .alwaysWonBy: why = "always won by an earlier rule"
            }
            return JSONText.object([("measure", JSONText.string(found.place.measure)), ("rule", JSONText.string(found.place.rule.text))]
                                   + location(found.place.rule.range)
                                   + [("why", JSONText.string(why)),
                                      ("earlier", "[" + found.winners.map { JSONText.string($0.text) }.joined(separator: ", ") + "]")])
        }
        let untestedOutcomes = coverage.untestedOutcomes.map { outcome in
            JSONText.object([("outcome", JSONText.string(outcome.name))] + location(outcome.range))
        }
        let unreachedRatings = coverage.unreachedRatings.map { entry in
            JSONText.object([("outcome", JSONText.string(entry.outcome.name)), ("rule", JSONText.string(entry.rule.text))] + location(entry.outcome.range))
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n" + items.map { "      " + $0 }.joined(separator: ",\n") + "\n    ]" }
        return """
            {
              "schema": \(JSONText.string(schema)),
              "summary": \(JSONText.object([("tests", String(run.results.count)), ("passed", String(run.results.count - run.failedCount)),
                                             ("failed", String(run.failedCount)), ("files", String(run.files.count))])),
              "tests": \(tests.isEmpty ? "[]" : "[\n" + tests.joined(separator: ",\n") + "\n  ]"),
              "coverage": {
                "measures": \(coverage.measureCount),
                "rules": \(coverage.ruleCount),
                "untested_measures": \(list(untested)),
                "unreached_rules": \(list(unreached)),
                "never_holding_rules": \(list(never)),
                "outcomes": \(coverage.outcomeCount),
                "rating_rules": \(coverage.ratingCount),
                "untested_outcomes": \(list(untestedOutcomes)),
                "unreached_rating_rules": \(list(unreachedRatings))
              }
            }

            """
    }

    private static func location(_ range: SourceRange?) -> [(String, String)] {
        guard let range else { return [("file", "null"), ("line", "null"), ("column", "null")] }
        return [("file", JSONText.string(range.file)), ("line", String(range.start.line)), ("column", String(range.start.column))]
    }
}
