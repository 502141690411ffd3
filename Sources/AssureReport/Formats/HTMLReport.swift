import AssureData

/// The report as one self-contained HTML file: inline CSS (with print rules) and inline SVG
/// charts, no scripts and no external resources. Headings are real headings, tables have
/// captions, charts have text alternatives, and every user-written string is escaped.
public enum HTMLReport {
    public static func render(_ document: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(document.title)) — \(e(document.periodCovered))</title>\n"
        out += "<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"

        out += "<header>\n<h1>\(e(document.title))</h1>\n<dl class=\"facts\">\n"
        for (label, value) in ReportWording.header(document) {
            out += "<dt>\(e(label))</dt><dd>\(e(value))</dd>\n"
        }
        out += "</dl>\n</header>\n<main>\n"

        out += section(ReportWording.introductionHeading, blocks(document.introduction, empty: ""))
        out += section(ReportWording.prioritiesHeading, list(document.priorities.map { e($0.title) }, empty: ReportWording.noPriorities))
        if document.evidenceNames.isEmpty {
            out += section(ReportWording.evidenceHeading, list(document.evidence.map { source in
                "<strong>\(e(source.source))</strong>: " + e(source.indicators.joined(separator: "; "))
            }, empty: ReportWording.noEvidence))
        } else {
            out += section(ReportWording.evidenceHeading, "<p>\(e(ReportWording.evidenceIntroduction))</p>\n" + list(document.evidenceNames.map(e), empty: ""))
        }
        let written = ReportWording.writtenSections(document)
        out += section(ReportWording.reviewHeading, data(document) + written.prefix(2).map { written in
            "<h3>\(e(written.heading))</h3>\n" + blocks(written.blocks, empty: written.empty)
        }.joined())
        for written in written.dropFirst(2) {
            out += section(written.heading, blocks(written.blocks, empty: written.empty))
        }
        out += "<dl class=\"facts\">\n" + ReportWording.ending(document).map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>\n" }.joined() + "</dl>\n"
        out += section(ReportWording.outcomesHeading, outcomes(document))
        out += section(ReportWording.qualityHeading, list(document.dataQuality.map { entry in
            "<strong>\(e(entry.title))</strong>: \(e(entry.text))"
        }, empty: ReportWording.noQualityIssues))
        if let changes = document.changes {
            out += section(ReportWording.changesHeading, "<p>\(e(ReportWording.changesIntroduction(changes)))</p>\n"
                + "<h3>\(e(ReportWording.changedMeasuresHeading))</h3>\n"
                + list(changes.measures.map { e(ReportWording.change($0)) }, empty: ReportWording.noChangedMeasures)
                + "<h3>\(e(ReportWording.changedOutcomesHeading))</h3>\n"
                + list(changes.outcomes.map { e(ReportWording.change($0)) }, empty: ReportWording.noChangedOutcomes))
        }
        out += section(ReportWording.appendixHeading, appendix(document))
        out += "</main>\n<footer>\n<p>Produced by Assure for \(e(document.periodCovered)), dated \(e(document.date.name)).</p>\n</footer>\n"
        return out + "</body>\n</html>\n"
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }

    private static func section(_ heading: String, _ body: String) -> String {
        "<section>\n<h2>\(e(heading))</h2>\n\(body)</section>\n"
    }

    /// The sub-group's paragraphs and bulleted lists.
    private static func blocks(_ blocks: [TextBlock], empty: String) -> String {
        guard !blocks.isEmpty else { return "<p class=\"empty\">\(e(empty))</p>\n" }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): return "<p>\(e(text))</p>\n"
            case .bullets(let items): return list(items.map(e), empty: "")
            }
        }.joined()
    }

    /// Items already escaped; an empty list is a sentence saying so.
    private static func list(_ items: [String], empty: String) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">\(e(empty))</p>\n" }
        return "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }

    private static func data(_ document: ReportDocument) -> String {
        var out = "<h3>\(e(ReportWording.dataHeading))</h3>\n<p>\(e(ReportWording.dataIntroduction(document)))</p>\n"
        var charted = 0
        for section in document.data {
            out += "<h4>\(e(section.heading))</h4>\n"
            if section.groups.isEmpty { out += "<p class=\"empty\">\(e(ReportWording.nothingInSection))</p>\n" }
            for group in section.groups {
                out += "<h5>\(e(group.heading))</h5>\n"
                out += list(group.statements.map { statement in
                    charted += 1
                    let figure = statement.chart.map { ChartSVG(chart: $0, identifier: HTMLText.identifier("headline", statement.measure, charted)).render() }
                    return e(statement.sentences.joined(separator: " ")) + (figure.map { "\n" + $0 } ?? "")
                }, empty: "")
            }
        }
        return out
    }

    private static func outcomes(_ document: ReportDocument) -> String {
        guard !document.outcomes.isEmpty else { return "<p class=\"empty\">\(e(ReportWording.noOutcomes))</p>\n" }
        var out = scrollBox("outcomes-caption") + "<table class=\"reflow\">\n<caption id=\"outcomes-caption\">Outcome statements rated Green, Amber or Red for \(e(document.periodCovered))</caption>\n"
        out += "<thead><tr><th scope=\"col\">Outcome statement</th><th scope=\"col\">Rating</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n"
        for outcome in document.outcomes {
            let kind = outcome.rating?.rawValue ?? "none"
            let evidence = outcome.evidence.isEmpty ? "" : "<ul>" + outcome.evidence.map { "<li>\(e(ReportWording.outcomeEvidence($0)))</li>" }.joined() + "</ul>"
            out += "<tr><th scope=\"row\">\(e(outcome.statement))</th><td data-label=\"Rating\"><span class=\"rating rating-\(kind)\">\(e(outcome.ratingText))</span></td>"
            out += "<td data-label=\"Evidence\">\(evidence)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }

    /// A table's own scrolling box: a wide table scrolls inside it rather than the page
    /// scrolling sideways. Focusable, so a keyboard can scroll it, and named by the caption.
    private static func scrollBox(_ captionID: String) -> String {
        "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(captionID)\" tabindex=\"0\">\n"
    }

    private static func appendix(_ document: ReportDocument) -> String {
        var out = scrollBox("measures-caption") + "<table class=\"reflow\">\n<caption id=\"measures-caption\">Every measure for \(e(document.periodCovered)): figures, verdict and series</caption>\n<thead><tr>"
        out += ReportWording.tableColumns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in document.measures.enumerated() {
            let chart = SVGChart(chart: row.chart, title: row.title, identifier: HTMLText.identifier("chart", row.name, index + 1))
            let cells = [e(row.priority?.title ?? ""), e(row.period.name), e(row.valueText), e(row.comparisonText), e(row.changeText),
                         e(ReportWording.verdict(row)), chart.render()]
            out += "<tr><th scope=\"row\">\(e(row.title))</th>"
            for (column, cell) in zip(ReportWording.tableColumns.dropFirst(), cells) {
                let number = column == "Value" || column == "Change" ? " class=\"number\"" : ""
                out += "<td\(number) data-label=\"\(e(column))\">\(cell)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }
}
