import AssureData

/// One rules file as written: its declarations in order. The parser builds it even from a file
/// with errors, leaving out what it could not read.
public struct SourceFile: Hashable, Sendable {
    public let path: String
    public var declarations: [Declaration]
}

/// A top-level declaration.
public enum Declaration: Hashable, Sendable {
    case report(ReportDeclaration)
    case priority(PriorityDeclaration)
    case indicator(IndicatorDeclaration)
    case measure(MeasureDeclaration)
    case outcome(OutcomeDeclaration)
}

/// `report { title "…" partnership "…" period quarter }`: the report's settings.
public struct ReportDeclaration: Hashable, Sendable {
    public var range: SourceRange
    public var title: Located<String>?
    public var partnership: Located<String>?
    public var area: Located<String>?
    /// `areas every local authority`, `areas "Salford", "Bolton"`, `areas in region "North West"`.
    public var areas: Located<ReportAreas>?
    public var period: Located<AggregationPeriod>?
    /// `confidence 95%`: the confidence level of every interval and test in the report.
    public var confidence: Located<Double>?
    /// `meeting "SSCB" on "2019-03-25"`: the meeting the report goes to, and its date.
    public var meeting: Located<String>?
    public var meetingDate: Located<String>?
    /// `author "Sub-group Chair"`, once for each author.
    public var authors: [Located<String>] = []
    /// `purpose "To provide the Board with …"`.
    public var purpose: Located<String>?
    /// `evidence "SSCB Q3 scorecard"`, once for each piece of evidence section 3 names.
    public var evidence: [Located<String>] = []
    /// `headlines m1, m2`: the measures 4.1 Data gives (all when none are named).
    public var headlines: [Located<String>] = []
    /// `section "4.2" from "sections/qualitative.md"`: the sub-group's text for a section.
    public var sections: [ReportSectionClause] = []
    /// `version "1.0"`: the version given at the end of the report.
    public var version: Located<String>?
}

/// `section "4.2" from "sections/qualitative.md"`: a template section's text, kept in a file
/// beside the rules.
public struct ReportSectionClause: Hashable, Sendable {
    /// The template's number: "1", "4.2", "4.3", "5" or "6".
    public var number: Located<String>
    /// The file, relative to the folder of the rules file that names it.
    public var file: Located<String>
}

/// `priority neglect { title "…" }`: a section of the report that groups measures.
public struct PriorityDeclaration: Hashable, Sendable {
    public var name: Located<String>
    public var range: SourceRange
    /// Whether the parser reported an error inside it (the checker then does not also
    /// report its missing clauses, which are usually the same mistake).
    public var isIncomplete = false
    public var title: Located<String>?
}

/// `indicator name { … }` or, derived, `indicator name = expression { … }`.
public struct IndicatorDeclaration: Hashable, Sendable {
    public var name: Located<String>
    public var range: SourceRange
    /// Whether the parser reported an error inside it (the checker then does not also
    /// report its missing clauses, which are usually the same mistake).
    public var isIncomplete = false
    public var definition: Expression?
    public var title: Located<String>?
    public var unit: Located<Unit>?
    public var frequency: Located<Frequency>?
    public var polarity: Located<Polarity>?
    public var aggregation: Located<Aggregation>?
    public var numerator: Located<String>?
    public var denominator: Located<String>?
    /// `from "file.csv" indicator "column" where filter = "value"`: a series of a published file.
    public var source: Located<PublishedSourceSyntax>?
}

/// `from "la_cla_swcount.csv" indicator "percentage" where sw_stability = "Total children"`:
/// which series of a published (DfE explore-education-statistics) file an indicator is.
public struct PublishedSourceSyntax: Hashable, Sendable {
    /// A filter column and the value the series has in it.
    public struct Filter: Hashable, Sendable {
        public var column: Located<String>
        public var value: Located<String>
    }

    /// The file's name (`la_cla_swcount.csv`; `.csv` may be left off).
    public var file: Located<String>
    /// The indicator column.
    public var indicator: Located<String>
    public var filters: [Filter]
}

/// What a measure's value is compared with.
public enum ComparisonSyntax: Hashable, Sendable {
    /// `compare with previous period`.
    case previousPeriod
    /// `compare with previous available value` (surveys: the last period with a value).
    case previousAvailable
    /// `compare with same period last year`.
    case samePeriodLastYear
    /// `compare with baseline 2021/22`.
    case baseline(Located<String>)
    /// `compare with target 90%`.
    case target(Expression)
    /// `compare with benchmark cp_plans_rate_england "England"`.
    case benchmark(Located<String>, label: Located<String>?)
    /// `compare with England`, `compare with region`, `compare with statistical neighbours`,
    /// each optionally `from <indicator>` (the published indicator whose other areas are
    /// compared with, when the measure's own value is local data).
    case comparator(Located<ComparatorKind>, from: Located<String>?)
}

/// `doing well when change <= -10%`.
public struct ClassificationRuleSyntax: Hashable, Sendable {
    public var classification: Located<Classification>
    public var condition: Expression
    public var range: SourceRange
}

/// `say doing well "…"`: the narrative for one classification.
public struct NarrativeSyntax: Hashable, Sendable {
    public var classification: Located<Classification>
    public var template: Template
    public var range: SourceRange
}

/// `say small numbers "…"`: the sentence for an area to note for one reason.
public struct NoteSentenceSyntax: Hashable, Sendable {
    public var reason: Located<NoteSentence>
    public var template: Template
    public var range: SourceRange
}

/// An option of `judge by spc`.
public enum SPCOptionSyntax: Hashable, Sendable {
    /// `baseline 24 points`: fix the limits after the first N points.
    case baseline(Located<Double>)
    /// `rebase at 2021-04, 2022-04`: start a new group at each period.
    case rebase([Located<String>])
    /// `target 90%`: assurance against a target.
    case target(Expression)
    /// `without screening`: keep large moving ranges.
    case withoutScreening(SourceRange)
}

/// `judge by spc …`.
public struct JudgementSyntax: Hashable, Sendable {
    public var method: Located<String>
    public var options: [SPCOptionSyntax]
    public var range: SourceRange
}

/// What a notice watches for.
public enum NoticeKind: Hashable, Sendable {
    /// `notice trend since 2023-01 "…"`.
    case trend(since: Located<String>)
    /// `notice record high within 36 months "…"`.
    case record(high: Bool, within: Located<Double>, unit: Located<String>)
    /// `notice run of 7 "…"`: a run of points on one side of the mean.
    case run(length: Located<Double>)
}

/// A notice: something worth saying whatever the classification.
public struct NoticeSyntax: Hashable, Sendable {
    public var kind: NoticeKind
    public var template: Template
    public var range: SourceRange
}

/// `measure name { … }`: an impact measure.
public struct MeasureDeclaration: Hashable, Sendable {
    public var name: Located<String>
    public var range: SourceRange
    /// Whether the parser reported an error inside it (the checker then does not also
    /// report its missing clauses, which are usually the same mistake).
    public var isIncomplete = false
    public var title: Located<String>?
    public var priority: Located<String>?
    public var value: Expression?
    public var over: Located<AggregationPeriod>?
    public var comparisons: [Located<ComparisonSyntax>] = []
    public var change: Located<ChangeKind>?
    public var minimumBase: Located<Double>?
    public var rules: [ClassificationRuleSyntax] = []
    public var judgement: JudgementSyntax?
    public var notices: [NoticeSyntax] = []
    public var narratives: [NarrativeSyntax] = []
    /// `say small numbers "…"` and the other reasons' sentences.
    public var noteSentences: [NoteSentenceSyntax] = []
    /// `ignore chance`: judge changes by the rules alone, without the test of chance.
    public var ignoreChance: SourceRange?
}

/// A Green/Amber/Red rating and its rule.
public enum Rating: String, Hashable, Sendable, CaseIterable {
    case green, amber, red
}

/// `green when all doing well`, or `otherwise red`.
public struct RatingRuleSyntax: Hashable, Sendable {
    public var rating: Located<Rating>
    /// Nil for `otherwise`.
    public var condition: Expression?
    public var range: SourceRange
}

/// `outcome name { statement "…" evidence a, b  green when … otherwise red }`.
public struct OutcomeDeclaration: Hashable, Sendable {
    public var name: Located<String>
    public var range: SourceRange
    /// Whether the parser reported an error inside it (the checker then does not also
    /// report its missing clauses, which are usually the same mistake).
    public var isIncomplete = false
    public var statement: Located<String>?
    public var priority: Located<String>?
    public var evidence: [Located<String>] = []
    public var ratings: [RatingRuleSyntax] = []
}
