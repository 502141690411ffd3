import AssureData
import AssureLanguage

/// The report's fixed wording, shared by every format so that they say the same thing.
enum ReportWording {
    static let introductionHeading = "1. Introduction"
    static let prioritiesHeading = "2. Our strategic priorities"
    static let evidenceHeading = "3. Summary of evidence available in the period"
    static let reviewHeading = "4. Review of performance"
    static let dataHeading = "4.1 Data"
    static let outcomesHeading = "5. Outcome statements"
    static let qualityHeading = "6. Data quality"
    static let appendixHeading = "Appendix: every measure"

    static func introduction(_ document: ReportDocument) -> String {
        "This report summarises the evidence about how we are doing for \(document.periodCovered). "
            + "Each measure is an area to note (no real change, or not enough data to judge), something we are doing well, "
            + "or an area for further exploration, where more information, analysis or explanation from the responsible lead "
            + "may be required. We do not use the terms ‘poor performance’ or ‘areas for improvement’ until we know that this is the case."
    }

    static let dataIntroduction = "Here we summarise current performance from the evidence, by priority."
    static let nothingInSection = "None this period."
    static let noPriorities = "No priorities are declared."
    static let noEvidence = "No indicator has data in the period."
    static let noOutcomes = "No outcome statements are declared."
    static let noQualityIssues = "No missing or suppressed figures, and every measure could be judged."

    /// "Repeat cases (Indicators/police.csv)".
    static func evidence(_ source: EvidenceSource) -> String {
        "\(source.source): " + source.indicators.joined(separator: "; ")
    }

    /// The header's facts, in order, as label and value.
    static func header(_ document: ReportDocument) -> [(String, String)] {
        var lines: [(String, String)] = []
        if !document.partnership.isEmpty { lines.append(("Partnership", document.partnership)) }
        if let area = document.area { lines.append(("Area", area)) }
        lines.append(("Period covered", document.periodCovered))
        lines.append(("Date", document.date.name))
        return lines
    }

    static let tableColumns = ["Measure", "Priority", "Period", "Value", "Comparison", "Change", "Verdict", "Series"]

    /// "(Green) Professionals tell us they feel supported" evidence line.
    static func outcomeEvidence(_ evidence: OutcomeEvidence) -> String {
        "\(evidence.title): \(evidence.classification)"
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
