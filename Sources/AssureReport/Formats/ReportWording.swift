import AssureData
import AssureLanguage

/// The report's fixed wording, shared by every format so that they say the same thing.
enum ReportWording {
    static let introductionHeading = "1. Introduction"
    static let prioritiesHeading = "2. Our strategic priorities"
    static let evidenceHeading = "3. Summary of evidence available in the period"
    static let reviewHeading = "4. Review of performance"
    static let dataHeading = "4.1 Data"
    static let qualitativeHeading = "4.2 Qualitative evidence, including audit, research and evaluation"
    static let voicesHeading = "4.3 Voices (children, families, professionals)"
    static let emergingHeading = "5. Other information and emerging issues for next period (horizon scanning)"
    static let recommendationsHeading = "6. Recommendations for the partnership"
    static let outcomesHeading = "Appendix A: Outcome statements"
    static let qualityHeading = "Appendix B: Data quality"
    static let appendixHeading = "Appendix C: Every measure"

    /// What a section the sub-group has not written says.
    static let noQualitative = "No qualitative evidence is recorded for this period."
    static let noVoices = "No voices are recorded for this period."
    static let noEmerging = "No other information or emerging issues are recorded for this period."
    static let noRecommendations = "No recommendations are recorded for this period."

    /// 4.2 to 6: heading, the sub-group's text, and what an empty section says.
    static func writtenSections(_ document: ReportDocument) -> [(heading: String, blocks: [TextBlock], empty: String)] {
        [(qualitativeHeading, document.qualitative, noQualitative), (voicesHeading, document.voices, noVoices),
         (emergingHeading, document.emergingIssues, noEmerging), (recommendationsHeading, document.recommendations, noRecommendations)]
    }

    static let evidenceIntroduction = "Evidence available for scrutiny:"

    /// The data section's introduction: headlines only when the rules name headline measures.
    static func dataIntroduction(_ document: ReportDocument) -> String {
        document.headlinesOnly
            ? "Here we summarise current performance from the evidence, by priority: headline measures only; every measure is in Appendix C."
            : dataIntroduction
    }

    /// The lines that end the report: its date, and its version when the rules give one.
    static func ending(_ document: ReportDocument) -> [(String, String)] {
        [("Date", document.date.name)] + (document.version.map { [("Version", $0)] } ?? [])
    }

    static func introduction(_ periodName: String) -> String {
        "This report summarises the evidence about how we are doing for \(periodName). "
            + "Each measure is an area to note (no real change, or not enough data to judge), something we are doing well, "
            + "or an area for further exploration, where more information, analysis or explanation from the responsible lead "
            + "may be required. We do not use the terms ‘poor performance’ or ‘areas for improvement’ until we know that this is the case."
    }

    static let dataIntroduction = "Here we summarise current performance from the evidence, by priority."
    static let nothingInSection = "None this period."
    static let noPriorities = "No priorities are declared."
    static let noEvidence = "No indicator has data in the period."
    static let noOutcomes = "No outcome statements are declared."
    static let noQualityIssues = "No missing figures, no symbols in place of figures, and every measure could be judged."

    /// "Repeat cases (Indicators/police.csv)".
    static func evidence(_ source: EvidenceSource) -> String {
        "\(source.source): " + source.indicators.joined(separator: "; ")
    }

    /// The header's facts, in order, as label and value.
    static func header(_ document: ReportDocument) -> [(String, String)] {
        var lines: [(String, String)] = []
        if !document.partnership.isEmpty { lines.append(("Partnership", document.partnership)) }
        if let area = document.area { lines.append(("Area", area)) }
        if let meeting = document.meeting {
            lines.append(("\(meeting) meeting date", document.meetingDate?.name ?? "to be arranged"))
        }
        if !document.authors.isEmpty { lines.append(("Report author", document.authors.joined(separator: "; "))) }
        if let purpose = document.purpose { lines.append(("Purpose of report", purpose)) }
        lines.append(("Period covered", document.periodCovered))
        return lines
    }

    static let tableColumns = ["Measure", "Priority", "Period", "Value", "Comparison", "Change", "Verdict", "Series"]

    /// "(Green) Professionals tell us they feel supported" evidence line.
    static func outcomeEvidence(_ evidence: OutcomeEvidence) -> String {
        "\(evidence.title): \(evidence.classification)"
    }

    /// The appendix after data quality, present only when a previous report was given.
    static let changesHeading = "What changed since the last report"
    static let changedMeasuresHeading = "Measures whose classification changed"
    static let changedOutcomesHeading = "Outcome statements whose rating changed"
    static let noChangedMeasures = "No measure's classification changed."
    static let noChangedOutcomes = "No outcome statement's rating changed."

    /// "Compared with the last report, for 2022/23, dated 31 March 2023."
    static func changesIntroduction(_ changes: ReportChanges) -> String {
        "Compared with the last report, for \(changes.previousPeriod), dated \(ReportDate(code: changes.previousDate)?.name ?? changes.previousDate)."
    }

    /// "Repeat MARAC cases: area to note → what we are doing well (doing well when change <= -10%)".
    static func change(_ change: ReportChanges.MeasureChange) -> String {
        "\(change.title): \(change.before) → \(change.after)" + (change.reason.map { " (\($0))" } ?? "")
    }

    /// "Children are safer: Red → Green (green when all doing well)".
    static func change(_ change: ReportChanges.OutcomeChange) -> String {
        "\(change.statement): \(change.before) → \(change.after)" + (change.reason.map { " (\($0))" } ?? "")
    }

    static func quality(_ entry: DataQualityEntry) -> String {
        "\(entry.title): \(entry.text)"
    }

    /// The verdict with its reason for the table: "area to note: there is no data for 2023/24".
    static func verdict(_ row: MeasureRow) -> String {
        row.reason.map { "\(row.verdictText): \($0)" } ?? row.verdictText
    }
}

/// A series drawn in eight block characters for text formats (`▁▂▄█`), a gap as `·`.
enum Sparkline {
    private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func text(_ chart: ChartSeries) -> String {
        let present = chart.points.compactMap(\.value)
        guard let low = present.min(), let high = present.max() else { return "" }
        return String(chart.points.map { point -> Character in
            guard let value = point.value else { return "·" }
            guard high > low else { return blocks[3] }
            let level = Int(((value - low) / (high - low) * Double(blocks.count - 1)).rounded())
            return blocks[min(max(level, 0), blocks.count - 1)]
        })
    }
}
