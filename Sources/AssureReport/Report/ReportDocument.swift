import AssureData
import AssureEngine
import AssureLanguage

/// The "How are we doing?" report as values, following Appendix A of the report template:
/// header (meeting and its date, authors, purpose, period covered), 1 Introduction, 2 strategic
/// priorities, 3 evidence available in the period, 4.1 Data (areas to note, what we are doing
/// well, areas for further exploration, each by priority), 4.2 qualitative evidence, 4.3
/// voices, 5 other information and emerging issues, 6 recommendations, the date and version;
/// then appendices: outcome statements with their rating, data quality, every measure.
///
/// Built once from an `Assessment`; every format renders this value and none recomputes a
/// figure, so the formats always agree.
public struct ReportDocument: Hashable, Sendable {
    public let title: String
    public let partnership: String
    public let area: String?
    public let period: Period
    /// The date the report carries, given by the caller (never the clock).
    public let date: ReportDate
    /// The meeting the report goes to ("SSCB") and its date, when the rules give them.
    public let meeting: String?
    public let meetingDate: ReportDate?
    public let authors: [String]
    public let purpose: String?
    /// The version given at the end, when the rules give one.
    public let version: String?
    /// Section 1: the sub-group's introduction, or Assure's.
    public let introduction: [TextBlock]
    public let priorities: [ReportPriority]
    /// Section 3: the evidence as the rules name it; empty when they name none (then
    /// `evidence` lists the data files instead).
    public let evidenceNames: [String]
    public let evidence: [EvidenceSource]
    /// Whether 4.1 Data gives only the headline measures the rules name.
    public let headlinesOnly: Bool
    /// 4.2 Qualitative evidence, 4.3 Voices, 5 Other information and emerging issues, 6
    /// Recommendations: the sub-group's text, empty when the rules give none.
    public let qualitative: [TextBlock]
    public let voices: [TextBlock]
    public let emergingIssues: [TextBlock]
    public let recommendations: [TextBlock]
    /// Areas to note, what we are doing well, areas for further exploration — in that order,
    /// as in the template, each present even when empty.
    public let data: [ClassificationSection]
    public let outcomes: [OutcomeEntry]
    public let dataQuality: [DataQualityEntry]
    /// Every measure, in the order written.
    public let measures: [MeasureRow]
    /// What changed since the previous report, when one was given (`compared(with:)`); the
    /// appendix after data quality. Nil without a previous report: then there is no such appendix.
    public internal(set) var changes: ReportChanges? = nil

    /// The period covered in words: "October to December 2023 (Quarter 3)".
    public var periodCovered: String { period.name }

    /// Builds the report for `assessment`, dated `date` (by default the last day of the period).
    public init(_ assessment: Assessment, date: ReportDate? = nil) {
        let plan = assessment.ruleSet
        title = plan.report.title
        partnership = plan.report.partnership ?? ""
        area = assessment.area
        period = assessment.period
        self.date = date ?? ReportDate.end(of: assessment.period)
        let settings = plan.report
        meeting = settings.meeting
        meetingDate = settings.meetingDate.flatMap(ReportDate.init(code:))
        authors = settings.authors
        purpose = settings.purpose
        version = settings.version
        evidenceNames = settings.evidence
        headlinesOnly = !settings.headlines.isEmpty
        qualitative = ReportText.blocks(settings.text(ofSection: "4.2") ?? "")
        voices = ReportText.blocks(settings.text(ofSection: "4.3") ?? "")
        emergingIssues = ReportText.blocks(settings.text(ofSection: "5") ?? "")
        recommendations = ReportText.blocks(settings.text(ofSection: "6") ?? "")
        let ownIntroduction = ReportText.blocks(settings.text(ofSection: "1") ?? "")
        introduction = ownIntroduction.isEmpty ? [.paragraph(ReportWording.introduction(assessment.period.name))] : ownIntroduction
        priorities = plan.priorities.map { ReportPriority(name: $0.name, title: $0.title) }
        let byName = Dictionary(priorities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

        var rows: [MeasureRow] = []
        var quality: [DataQualityEntry] = []
        var charts: [String: MeasureChart] = [:]
        for finding in assessment.measures {
            let chart = MeasureChart(finding)
            charts[finding.measure.name] = chart
            let narrative = MeasureNarrative(finding, reportPeriod: assessment.period)
            rows.append(MeasureRowBuilder.row(finding, priority: finding.measure.priority.flatMap { byName[$0] },
                                              sentences: narrative.sentences, chart: chart))
            if let entry = DataQuality.entry(for: finding, indicators: plan.indicators, problems: narrative.problems) {
                quality.append(entry)
            }
        }
        measures = rows
        dataQuality = quality
        evidence = ReportDocument.evidence(assessment)
        data = [Classification.toNote, .doingWell, .furtherExploration].map { classification in
            ClassificationSection(classification: classification, heading: classification.heading,
                                  groups: ReportDocument.groups(rows.filter { $0.classification == classification && (settings.headlines.isEmpty || settings.headlines.contains($0.name)) },
                                                                priorities: plan.priorities.map { byName[$0.name] }, charts: charts))
        }
        outcomes = assessment.outcomes.map { outcome in
            OutcomeEntry(name: outcome.outcome.name, statement: outcome.outcome.statement,
                         priority: outcome.outcome.priority.flatMap { byName[$0] }, rating: outcome.rating,
                         ratingText: outcome.rating.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? "No evidence",
                         rule: outcome.rating == nil ? nil : outcome.decidingRule?.text,
                         evidence: outcome.evidence.map { finding in
                             OutcomeEvidence(measure: finding.measure.name, title: finding.measure.title,
                                             classification: ReasonText.classification(finding.verdict.classification))
                         })
        }
    }

    /// Rows grouped by priority in declared order, then those of no declared priority.
    private static func groups(_ rows: [MeasureRow], priorities: [ReportPriority?], charts: [String: MeasureChart]) -> [PriorityGroup] {
        func statement(_ row: MeasureRow) -> MeasureStatement {
            MeasureStatement(measure: row.name, title: row.title, sentences: row.sentences, chart: charts[row.name])
        }
        var groups: [PriorityGroup] = []
        for case let priority? in priorities {
            let statements = rows.filter { $0.priority?.name == priority.name }.map(statement)
            if !statements.isEmpty { groups.append(PriorityGroup(priority: priority, statements: statements)) }
        }
        let others = rows.filter { $0.priority == nil }.map(statement)
        if !others.isEmpty { groups.append(PriorityGroup(priority: nil, statements: others)) }
        return groups
    }

    /// The indicators with a figure in the period, by the file they came from (files in name
    /// order, indicators in the order measures first use them).
    private static func evidence(_ assessment: Assessment) -> [EvidenceSource] {
        var order: [String] = []
        var bySource: [String: [String]] = [:]
        for finding in assessment.measures {
            for operand in finding.current.operands {
                let present = operand.value.points.filter { $0.observation.value != nil }
                guard let source = present.first?.origin.file else { continue }
                let title = assessment.ruleSet.indicators[operand.indicator]?.title ?? operand.indicator
                if bySource[source] == nil { order.append(source) }
                if !(bySource[source] ?? []).contains(title) { bySource[source, default: []].append(title) }
            }
        }
        return order.sorted().map { EvidenceSource(source: $0, indicators: bySource[$0] ?? []) }
    }
}

/// A measure's sentences: its narrative (or the default sentence when the template cannot be
/// filled in) and the sentences of its notices that apply.
struct MeasureNarrative {
    var sentences: [String] = []
    var problems: [NarrativeProblem] = []

    /// The measure's sentences in a report for `reportPeriod`: a figure for another period (an
    /// annual figure, a survey year in a quarterly report) names its period when the sentence
    /// does not.
    init(_ finding: MeasureFinding, reportPeriod: Period? = nil) {
        switch Narrative.sentence(for: finding) {
        case .sentence(let text): sentences.append(MeasureNarrative.namingPeriod(text, finding, reportPeriod))
        case .problem(let problem):
            problems.append(problem)
            sentences.append(Narrative.defaultSentence(finding))
        }
        for notice in finding.notices {
            switch Narrative.sentence(for: notice, of: finding) {
            case .sentence(let text)?: sentences.append(text)
            case .problem(let problem)?: problems.append(problem)
            case nil: continue
            }
        }
    }

    /// "… (up from 78% in 2021)." in a report for 2023/24 Q4 becomes "… (up from 78% in 2021)
    /// (figures for 2023)." when the sentence names no period of its own.
    static func namingPeriod(_ sentence: String, _ finding: MeasureFinding, _ reportPeriod: Period?) -> String {
        guard let reportPeriod, finding.period != reportPeriod else { return sentence }
        let names = [finding.period.name, finding.period.code]
        guard !names.contains(where: sentence.contains) else { return sentence }
        var text = sentence
        var ending = ""
        if let last = text.last, ".?!".contains(last) { ending = String(last); text.removeLast() }
        return text + " (figures for \(finding.period.name))" + ending
    }
}
