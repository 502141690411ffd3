import AssureData
import AssureLanguage

/// A strategic priority, as the report's section 2 lists it.
public struct ReportPriority: Hashable, Sendable {
    public let name: String
    public let title: String
}

/// The indicators with data in the period that came from one source file.
public struct EvidenceSource: Hashable, Sendable {
    /// The data file, as the data points name it (`Indicators/police.csv`).
    public let source: String
    /// Indicator titles, in the order the measures first use them.
    public let indicators: [String]
}

/// One of 4.1 Data's three lists: *Areas to note*, *What we are doing well*, *Areas for further
/// exploration*, each grouped by priority.
public struct ClassificationSection: Hashable, Sendable {
    public let classification: Classification
    /// The template's heading: "Areas to note".
    public let heading: String
    /// Priorities with at least one measure here, in the order they were declared; measures of
    /// no (or an undeclared) priority come last, under a group with no priority.
    public let groups: [PriorityGroup]
}

/// The measures of one priority within a section.
public struct PriorityGroup: Hashable, Sendable {
    /// Nil for measures of no declared priority.
    public let priority: ReportPriority?
    public let statements: [MeasureStatement]

    /// The group's heading: the priority's title, or "Other measures".
    public var heading: String { priority?.title ?? "Other measures" }
}

/// What the report says about one measure: its narrative and any notices that apply.
public struct MeasureStatement: Hashable, Sendable {
    public let measure: String
    public let title: String
    /// The narrative sentence first, then notice sentences.
    public let sentences: [String]
    /// The chart that shows the verdict, drawn beside the statement in HTML and Word.
    public let chart: MeasureChart?
}

/// An outcome statement with its Green / Amber / Red rating and the evidence behind it.
public struct OutcomeEntry: Hashable, Sendable {
    public let name: String
    public let statement: String
    public let priority: ReportPriority?
    /// Nil when none of the evidence could be judged.
    public let rating: Rating?
    /// "Green", "Amber", "Red" or "No evidence".
    public let ratingText: String
    /// The rule that gave the rating, as written; nil for no evidence.
    public let rule: String?
    public let evidence: [OutcomeEvidence]
}

/// One evidence measure of an outcome statement and its classification.
public struct OutcomeEvidence: Hashable, Sendable {
    public let measure: String
    public let title: String
    /// "what we are doing well", "area to note"…
    public let classification: String
}

/// Something the reader should know about the data behind a measure: figures missing or given
/// as statistical symbols, a measure that could not be judged, a narrative that could not be
/// written.
public struct DataQualityEntry: Hashable, Sendable {
    /// What kind of issue it is.
    public enum Kind: String, Hashable, Sendable {
        case missing
        /// Figures given as statistical symbols (`symbols` says which).
        case symbol
        case notJudged = "not_judged"
        case narrative
    }

    public let measure: String
    public let title: String
    public let kind: Kind
    /// The statistical symbols the entry names, in `StatisticalSymbol` order; empty when none.
    public let symbols: [StatisticalSymbol]
    /// The issue in words: "no figure for November 2023 (missing or late)".
    public let text: String
}

/// One row of the appendix table: a measure's figures, verdict and series, all worked out once
/// so that no renderer recomputes them.
public struct MeasureRow: Hashable, Sendable {
    public let name: String
    public let title: String
    public let priority: ReportPriority?
    /// The unit as the rules write it: `count`, `percent`, `rate per 10,000`.
    public let unit: String
    public let polarity: Polarity
    public let period: Period
    public let value: Double?
    /// The value for reading: `37.9%`, `59,370`, or `no figure`.
    public let valueText: String
    /// What the value is compared with, in words: "previous period", "target".
    public let comparisonBasis: String?
    public let comparisonPeriod: Period?
    public let comparisonValue: Double?
    public let comparisonText: String
    public let changeAbsolute: Double?
    public let changePercent: Double?
    public let changePoints: Double?
    /// The change in the measure's own way, signed: `−26.1%`, `+3.3 points`, or `–`.
    public let changeText: String
    /// The test of chance of the first comparison: what was tested, its p-value or where the
    /// benchmark lies, the value's interval, and the words; nil without a comparison.
    public let chance: ChanceSummary?
    public let classification: Classification
    /// "what we are doing well", "area for further exploration", "area to note".
    public let verdictText: String
    /// Why an area to note is noted; nil otherwise.
    public let reason: String?
    /// The rule that gave the classification, as written; nil when none did (an area to note
    /// by default, or a measure that could not be judged).
    public let rule: String?
    /// Whether the measure could be judged (false when figures were missing).
    public let judged: Bool
    public let sentences: [String]
    public let chart: ChartSeries
}

/// A measure's series for a small chart (the appendix's sparkline): the figures (gaps as nil),
/// and for statistical process control the centre line and process limits of each group.
public struct ChartSeries: Hashable, Sendable {
    public let points: [ChartPoint]
    public let groups: [ChartGroup]
    /// The index of the reporting period's point, when it is charted.
    public let reportingIndex: Int?
    /// How the figures are written (`37.9%`, `59,370`), for the chart's text alternative.
    public let style: NumberStyle
}

extension ChartSeries {
    /// The series of a measure's chart, period for period (a survey's waves without the years
    /// it was not run), each group's lines over the points whose periods they cover.
    init(_ chart: MeasureChart) {
        points = chart.periods.map { ChartPoint(period: $0.period, value: $0.value, signal: $0.pointType?.words) }
        groups = chart.processLines.map { lines in
            let covered = chart.periods.indices.filter { chart.periods[$0].position > lines.from && chart.periods[$0].position < lines.to }
            let range = (covered.first ?? 0)..<((covered.last ?? -1) + 1)
            return ChartGroup(range: range, mean: lines.mean, lower: lines.lower, upper: lines.upper)
        }
        reportingIndex = chart.reportingIndex
        style = chart.style
    }
}

/// One period of a chart.
public struct ChartPoint: Hashable, Sendable {
    public let period: Period
    public let value: Double?
    /// The statistical process control point type in words, when the chart has one.
    public let signal: String?
}

/// The lines of one statistical process control group over `range` of the chart's points.
public struct ChartGroup: Hashable, Sendable {
    public let range: Range<Int>
    public let mean: Double?
    public let lower: Double?
    public let upper: Double?
}

/// A comparison's test of chance as the report's tables and files give it.
public struct ChanceSummary: Hashable, Sendable {
    /// The test ("exact conditional test", "Fisher's exact test"…); nil when none applies or
    /// the comparison is with a benchmark or target (then `againstBenchmark` says how it lies).
    public let method: String?
    public let pValue: Double?
    /// better, similar, worse, higher or lower, against a benchmark or target.
    public let againstBenchmark: String?
    /// The value's interval at the report's confidence, in the measure's unit.
    public let intervalLower: Double?
    public let intervalUpper: Double?
    /// Whether chance alone does not explain the change or gap; nil when untested.
    public let beyondChance: Bool?
    /// The test in words, as `explain` gives it.
    public let text: String
}
