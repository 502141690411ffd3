import AssureData

/// The report as Markdown, for a repository, a wiki or a conversion to Word. User-written text
/// (titles, statements, narratives) is escaped so that it reads as written.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument) -> String {
        var out = "# " + MarkdownText.escape(document.title) + "\n\n"
        for (label, value) in ReportWording.header(document) {
            out += "**\(label):** \(MarkdownText.escape(value))  \n"
        }
        out += "\n## \(ReportWording.introductionHeading)\n\n" + blocks(document.introduction, empty: "")

        out += "## \(ReportWording.prioritiesHeading)\n\n"
        out += list(document.priorities.map(\.title), empty: ReportWording.noPriorities)

        out += "## \(ReportWording.evidenceHeading)\n\n"
        if document.evidenceNames.isEmpty {
            out += list(document.evidence.map(ReportWording.evidence), empty: ReportWording.noEvidence)
        } else {
            out += ReportWording.evidenceIntroduction + "\n\n" + list(document.evidenceNames, empty: "")
        }

        out += "## \(ReportWording.reviewHeading)\n\n### \(ReportWording.dataHeading)\n\n\(ReportWording.dataIntroduction(document))\n\n"
        for section in document.data {
            out += "#### \(section.heading)\n\n"
            if section.groups.isEmpty { out += "\(ReportWording.nothingInSection)\n\n" }
            for group in section.groups {
                out += "**\(MarkdownText.escape(group.heading))**\n\n"
                out += list(group.statements.map { $0.sentences.joined(separator: " ") }, empty: "")
            }
        }
        for (number, section) in ReportWording.writtenSections(document).enumerated() {
            out += (number < 2 ? "### " : "## ") + section.heading + "\n\n" + blocks(section.blocks, empty: section.empty)
        }
        for (label, value) in ReportWording.ending(document) {
            out += "**\(label):** \(MarkdownText.escape(value))  \n"
        }
        out += "\n"

        out += "## \(ReportWording.outcomesHeading)\n\n"
        if document.outcomes.isEmpty { out += "\(ReportWording.noOutcomes)\n\n" }
        for outcome in document.outcomes {
            out += "- **\(outcome.ratingText):** \(MarkdownText.escape(outcome.statement))\n"
            for evidence in outcome.evidence {
                out += "  - \(MarkdownText.escape(ReportWording.outcomeEvidence(evidence)))\n"
            }
        }
        if !document.outcomes.isEmpty { out += "\n" }

        out += "## \(ReportWording.qualityHeading)\n\n"
        out += list(document.dataQuality.map(ReportWording.quality), empty: ReportWording.noQualityIssues)

        if let changes = document.changes {
            out += "## \(ReportWording.changesHeading)\n\n\(MarkdownText.escape(ReportWording.changesIntroduction(changes)))\n\n"
            out += "### \(ReportWording.changedMeasuresHeading)\n\n"
            out += list(changes.measures.map(ReportWording.change), empty: ReportWording.noChangedMeasures)
            out += "### \(ReportWording.changedOutcomesHeading)\n\n"
            out += list(changes.outcomes.map(ReportWording.change), empty: ReportWording.noChangedOutcomes)
        }

        out += "## \(ReportWording.appendixHeading)\n\n"
        out += "| " + ReportWording.tableColumns.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: ReportWording.tableColumns.count) + "\n"
        for row in document.measures {
            let cells = [row.title, row.priority?.title ?? "", row.period.name, row.valueText, row.comparisonText,
                         row.changeText, ReportWording.verdict(row), Sparkline.text(row.chart)]
            out += "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The sub-group's paragraphs and bulleted lists.
    private static func blocks(_ blocks: [TextBlock], empty: String) -> String {
        guard !blocks.isEmpty else { return empty + "\n\n" }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): return MarkdownText.escape(text) + "\n\n"
            case .bullets(let items): return list(items, empty: "")
            }
        }.joined()
    }

    private static func list(_ items: [String], empty: String) -> String {
        guard !items.isEmpty else { return empty.isEmpty ? "" : empty + "\n\n" }
        return items.map { "- " + MarkdownText.escape($0) }.joined(separator: "\n") + "\n\n"
    }
}
