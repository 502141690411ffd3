import AssureData

/// A file of rule tests (`Rules/tests/*.assure-test`) as read: each test's measure or outcome
/// statement, its as-of period, its inline series and what it expects, every part with its
/// place in the file; and the problems found reading it. docs/testing.md gives the grammar.
public struct RuleTestFile: Sendable {
    public let path: String
    public let tests: [RuleTest]
    public let diagnostics: [Diagnostic]
}

/// One `test "…" { … }`: a measure (or an outcome statement) given a short series, judged as
/// of a period, and what the analyst expects of it.
public struct RuleTest: Hashable, Sendable {
    /// The test's name, as the analyst wrote it: what it shows about the rules.
    public var name: Located<String>
    /// From `test` to its closing brace.
    public var range: SourceRange
    /// The measure or outcome statement under test.
    public var subject: Located<RuleTestSubject>?
    /// The reporting period (`as of 2023/24`); nil for the latest the series cover.
    public var asOf: Located<Period>?
    /// The indicators' figures; every other indicator has none.
    public var series: [InlineSeries] = []
    public var expectations: [Expectation] = []

    public init(name: Located<String>, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// What a test judges: one measure's finding, or one outcome statement's rating.
public enum RuleTestSubject: Hashable, Sendable {
    case measure(String)
    case outcome(String)

    /// The measure's or outcome statement's name.
    public var name: String {
        switch self {
        case .measure(let name), .outcome(let name): return name
        }
    }
}

/// `series marac_repeats_children from 2022-04 20 for 12, 15 for 12`: an indicator's figures
/// written in the test, at the frequency of the periods written.
public struct InlineSeries: Hashable, Sendable {
    public var indicator: Located<String>
    public var frequency: Frequency
    public var points: [InlinePoint]
    public var range: SourceRange
}

/// One period's figure in an inline series, with the place it was written.
public struct InlinePoint: Hashable, Sendable {
    public var period: Period
    public var value: InlineValue
    public var range: SourceRange
}

/// A figure as a test writes it.
public enum InlineValue: Hashable, Sendable {
    /// `185`, `45%` (45), `-3`.
    case number(Double)
    /// `90 of 200`: a share or rate made of its numerator and denominator, which the engine
    /// needs to combine shares over a period and to test them for chance.
    case counts(numerator: Double, denominator: Double)
    /// `missing`: a period with no figure.
    case missing
    /// `suppressed`: a figure withheld as a small number.
    case suppressed
}

/// What a test expects.
public enum Expectation: Hashable, Sendable {
    /// `expect doing well`, optionally `because "…"`: the classification, and the reason
    /// (a rule's condition as written, or an area to note's reason in words).
    case classification(Located<Classification>, because: Located<String>?)
    /// `expect sentence "…"`: the narrative sentence, exactly as the report writes it.
    case sentence(Located<String>)
    /// `expect notice "…"`: the sentence of a trend, record or run notice that applies,
    /// exactly.
    case notice(Located<String>)
    /// `expect green`: an outcome statement's rating.
    case rating(Located<Rating>)
    /// `expect no evidence`: none of an outcome statement's evidence could be judged.
    case noEvidence(SourceRange)

    /// Where the expectation is written.
    public var range: SourceRange {
        switch self {
        case .classification(let classification, _): return classification.range
        case .sentence(let text), .notice(let text): return text.range
        case .rating(let rating): return rating.range
        case .noEvidence(let range): return range
        }
    }
}
