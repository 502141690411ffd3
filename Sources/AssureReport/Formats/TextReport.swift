import AssureData

/// The report as plain text that pastes cleanly into Word: no markup, headings in capitals on
/// their own line, one paragraph a line (Word wraps them), bullets as `•`, and the measure
/// table as tab-separated lines that Word's "Convert Text to Table" turns into a table.
public enum TextReport {
    public static func render(_ document: ReportDocument) -> String {
        var out = oneLine(document.title).uppercased() + "\n\n"
        for (label, value) in ReportWording.header(document) {
            out += "\(label): \(oneLine(value))\n"
        }
        out += "\n" + heading(ReportWording.introductionHeading) + blocks(document.introduction, empty: "")

        out += heading(ReportWording.prioritiesHeading)
        out += list(document.priorities.map(\.title), empty: ReportWording.noPriorities)

        out += heading(ReportWording.evidenceHeading)
        if document.evidenceNames.isEmpty {
            out += list(document.evidence.map(ReportWording.evidence), empty: ReportWording.noEvidence)
        } else {
            out += ReportWording.evidenceIntroduction + "\n\n" + list(document.evidenceNames, empty: "")
        }

        out += heading(ReportWording.reviewHeading) + heading(ReportWording.dataHeading) + ReportWording.dataIntroduction(document) + "\n\n"
        for section in document.data {
            out += section.heading + ":\n\n"
            if section.groups.isEmpty { out += ReportWording.nothingInSection + "\n\n" }
            for group in section.groups {
                out += oneLine(group.heading) + "\n"
                out += list(group.statements.map { $0.sentences.joined(separator: " ") }, empty: "")
            }
        }
        for section in ReportWording.writtenSections(document) {
            out += heading(section.heading) + blocks(section.blocks, empty: section.empty)
        }
        for (label, value) in ReportWording.ending(document) {
            out += "\(label): \(oneLine(value))\n"
        }
        out += "\n"

        out += heading(ReportWording.outcomesHeading)
        if document.outcomes.isEmpty { out += ReportWording.noOutcomes + "\n\n" }
        for outcome in document.outcomes {
            out += "• \(outcome.ratingText): \(oneLine(outcome.statement))\n"
            for evidence in outcome.evidence {
                out += "    – \(oneLine(ReportWording.outcomeEvidence(evidence)))\n"
            }
        }
        if !document.outcomes.isEmpty { out += "\n" }

        out += heading(ReportWording.qualityHeading)
        out += list(document.dataQuality.map(ReportWording.quality), empty: ReportWording.noQualityIssues)

        if let changes = document.changes {
            out += heading(ReportWording.changesHeading) + oneLine(ReportWording.changesIntroduction(changes)) + "\n\n"
            out += ReportWording.changedMeasuresHeading + "\n\n"
            out += list(changes.measures.map(ReportWording.change), empty: ReportWording.noChangedMeasures)
            out += ReportWording.changedOutcomesHeading + "\n\n"
            out += list(changes.outcomes.map(ReportWording.change), empty: ReportWording.noChangedOutcomes)
        }

        out += heading(ReportWording.appendixHeading)
        out += ReportWording.tableColumns.joined(separator: "\t") + "\n"
        for row in document.measures {
            let cells = [row.title, row.priority?.title ?? "", row.period.name, row.valueText, row.comparisonText,
                         row.changeText, ReportWording.verdict(row), Sparkline.text(row.chart)]
            out += cells.map(cell).joined(separator: "\t") + "\n"
        }
        return out
    }

    private static func heading(_ text: String) -> String { text.uppercased() + "\n\n" }

    /// The sub-group's paragraphs and bulleted lists.
    private static func blocks(_ blocks: [TextBlock], empty: String) -> String {
        guard !blocks.isEmpty else { return empty + "\n\n" }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): return oneLine(text) + "\n\n"
            case .bullets(let items): return list(items, empty: "")
            }
        }.joined()
    }

    private static func list(_ items: [String], empty: String) -> String {
        guard !items.isEmpty else { return empty.isEmpty ? "" : empty + "\n\n" }
        return items.map { "• " + oneLine($0) }.joined(separator: "\n") + "\n\n"
    }

    /// Text kept to one line, so that a paragraph or bullet stays whole.
    /// Text without a line end (most text) comes back as it is, found over its bytes.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
        // "\r\n" is one Character (equal to neither "\r" nor "\n"): one space for it.
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// A table cell: one line, no tabs.
    private static func cell(_ text: String) -> String {
        let line = oneLine(text)
        guard line.utf8.contains(UInt8(ascii: "\t")) else { return line }
        return String(line.map { $0 == "\t" ? " " : $0 })
    }
}
