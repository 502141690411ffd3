import AssureData
import AssureLanguage

/// How one test fared: every expectation that did not hold, with what was expected and what
/// the engine gave, and the figures that decided.
public struct RuleTestResult: Sendable {
    public let test: RuleTest
    public let failures: [RuleTestFailure]
    /// The figures that decided, as `assure explain` tells them (for a measure), or each
    /// evidence measure's classification and the rating rule that held (for an outcome).
    public let explanation: String

    public var passed: Bool { failures.isEmpty }
}

/// One expectation that did not hold.
public struct RuleTestFailure: Hashable, Sendable {
    /// What was expected of: "classification", "reason", "sentence", "notice", "rating",
    /// "period".
    public let what: String
    public let expected: String
    public let actual: String
    /// Where the expectation is written.
    public let range: SourceRange
}

/// A run of rule tests: each test's result in file order, the problems that stopped the tests
/// from running (malformed test files, unknown names), and what the tests reach of the rules.
public struct RuleTestRun: Sendable {
    public let results: [RuleTestResult]
    public let diagnostics: [Diagnostic]
    public let coverage: RuleCoverage
    /// The test files run, in order.
    public let files: [String]

    public var failedCount: Int { results.filter { !$0.passed }.count }
}
