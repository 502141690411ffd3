/// The report as a Word document (`report.docx`) written by Assure itself: a ZIP of the
/// minimal WordprocessingML parts, stored without compression and with a fixed date, so the
/// same report gives the same bytes. Sections use Word's heading styles (the navigation pane
/// lists them), lists are real bulleted lists, and the appendix of every measure is a real
/// table in a landscape A4 section of its own, each measure's series a small PNG chart.
public enum DocxReport {
    /// The file `assure run` writes.
    public static let fileName = "report.docx"

    /// The document's bytes.
    public static func render(_ document: ReportDocument) -> [UInt8] {
        let pictures = document.measures.map { ChartPicture.image($0.chart)?.png }
        let headlines = headlineCharts(document)
        var zip = StoredZip()
        zip.add("[Content_Types].xml", Array(WordParts.contentTypes.utf8))
        zip.add("_rels/.rels", Array(WordParts.packageRelationships.utf8))
        zip.add("word/document.xml", Array(documentXML(document, hasPicture: pictures.map { $0 != nil }).utf8))
        let numbers = pictures.indices.filter { pictures[$0] != nil }.map { $0 + 1 }
        zip.add("word/_rels/document.xml.rels", Array(WordParts.documentRelationships(pictures: numbers, headlines: headlines.count).utf8))
        zip.add("word/styles.xml", Array(WordParts.styles.utf8))
        zip.add("word/numbering.xml", Array(WordParts.numbering.utf8))
        // Chart n is the nth measure's; a measure with no figures has none.
        for (index, picture) in pictures.enumerated() {
            if let picture { zip.add("word/media/chart\(index + 1).png", picture) }
        }
        // Headline n is the nth chart of 4.1 Data, in the order the section gives them.
        for (index, chart) in headlines.enumerated() {
            zip.add("word/media/headline\(index + 1).png", ChartPNG.image(chart).png)
        }
        return zip.bytes
    }

    /// `word/document.xml`: the template's sections in order, then the appendices.
    static func documentXML(_ document: ReportDocument, hasPicture: [Bool]) -> String {
        var body = WordBody()
        body.paragraph(document.title, style: "Title")
        for (label, value) in ReportWording.header(document) { body.labelled(label, value) }

        body.heading(ReportWording.introductionHeading, level: 1)
        blocks(document.introduction, empty: "", into: &body)

        body.heading(ReportWording.prioritiesHeading, level: 1)
        list(document.priorities.map(\.title), empty: ReportWording.noPriorities, into: &body)

        body.heading(ReportWording.evidenceHeading, level: 1)
        if document.evidenceNames.isEmpty {
            list(document.evidence.map(ReportWording.evidence), empty: ReportWording.noEvidence, into: &body)
        } else {
            body.paragraph(ReportWording.evidenceIntroduction)
            list(document.evidenceNames, empty: "", into: &body)
        }

        body.heading(ReportWording.reviewHeading, level: 1)
        body.heading(ReportWording.dataHeading, level: 2)
        body.paragraph(ReportWording.dataIntroduction(document))
        var headline = 0
        for section in document.data {
            body.heading(section.heading, level: 3)
            if section.groups.isEmpty { body.paragraph(ReportWording.nothingInSection) }
            for group in section.groups {
                body.heading(group.heading, level: 4)
                for statement in group.statements {
                    body.bullet(statement.sentences.joined(separator: " "), keepNext: statement.chart != nil)
                    guard let chart = statement.chart else { continue }
                    headline += 1
                    body.picture(WordBody.picture(relationship: "rIdHeadline\(headline)", number: document.measures.count + headline,
                                                  width: headlineWidth, height: headlineWidth * ChartPNG.height(chart) / ChartPNG.width,
                                                  description: chart.textAlternative), indent: 720)
                }
            }
        }
        for (number, section) in ReportWording.writtenSections(document).enumerated() {
            body.heading(section.heading, level: number < 2 ? 2 : 1)
            blocks(section.blocks, empty: section.empty, into: &body)
        }
        for (label, value) in ReportWording.ending(document) { body.labelled(label, value) }

        body.heading(ReportWording.outcomesHeading, level: 1)
        if document.outcomes.isEmpty { body.paragraph(ReportWording.noOutcomes) }
        for outcome in document.outcomes {
            body.bullet(outcome.statement, lead: outcome.ratingText + ": ")
            for evidence in outcome.evidence { body.bullet(ReportWording.outcomeEvidence(evidence), level: 1) }
        }

        body.heading(ReportWording.qualityHeading, level: 1)
        list(document.dataQuality.map(ReportWording.quality), empty: ReportWording.noQualityIssues, into: &body)
        if let changes = document.changes {
            body.heading(ReportWording.changesHeading, level: 1)
            body.paragraph(ReportWording.changesIntroduction(changes))
            body.heading(ReportWording.changedMeasuresHeading, level: 2)
            list(changes.measures.map(ReportWording.change), empty: ReportWording.noChangedMeasures, into: &body)
            body.heading(ReportWording.changedOutcomesHeading, level: 2)
            list(changes.outcomes.map(ReportWording.change), empty: ReportWording.noChangedOutcomes, into: &body)
        }
        body.endPortraitSection()

        body.heading(ReportWording.appendixHeading, level: 1)
        body.table(header: ReportWording.tableColumns, rows: document.measures.enumerated().map { index, row in
            let texts = [row.title, row.priority?.title ?? "", row.period.name, row.valueText, row.comparisonText,
                         row.changeText, ReportWording.verdict(row)].map { WordBody.run($0) }
            let description = SVGChart(chart: row.chart, title: row.title, identifier: "").description
            let chart = hasPicture.indices.contains(index) && hasPicture[index]
                ? WordBody.picture(relationship: "rIdChart\(index + 1)", number: index + 1, width: pictureWidth, height: pictureHeight,
                                   description: "Chart of \(row.title): \(description)")
                : WordBody.run("")
            return texts + [chart]
        }, widths: appendixWidths)

        return WordParts.declaration + "<w:document xmlns:w=\"\(WordParts.main)\" xmlns:r=\"\(WordParts.relationships)\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
            + body.xml + "<w:sectPr>" + WordBody.pageProperties(landscape: true) + "</w:sectPr></w:body></w:document>"
    }

    /// The charts of 4.1 Data, in the order the section gives them.
    static func headlineCharts(_ document: ReportDocument) -> [MeasureChart] {
        document.data.flatMap(\.groups).flatMap(\.statements).compactMap(\.chart)
    }

    /// A headline chart 4.8 inches wide (4,389,120 EMU), within the portrait page's 6.27 inches
    /// inside one-inch margins less the list's half-inch indent; its 14-pixel capitals print
    /// about 6 points high.
    static let headlineWidth = 4_389_120

    /// The appendix's columns, filling landscape A4 inside one-inch margins (16,838 − 2 × 1,440
    /// = 13,958 twentieths of a point).
    static let appendixWidths = [2700, 2000, 1500, 1000, 1700, 1058, 2500, 1500]

    /// A chart 0.85 inch wide (777,240 EMU), fitting the series column (1,500 less 2 × 108
    /// margin = 1,284 twentieths of a point, 0.89 inch), at the picture's 270 × 84 proportions.
    static let pictureWidth = 777_240
    static let pictureHeight = 777_240 * ChartPicture.height / ChartPicture.width

    private static func list(_ items: [String], empty: String, into body: inout WordBody) {
        if items.isEmpty, !empty.isEmpty { body.paragraph(empty) }
        for item in items { body.bullet(item) }
    }

    private static func blocks(_ blocks: [TextBlock], empty: String, into body: inout WordBody) {
        if blocks.isEmpty, !empty.isEmpty { body.paragraph(empty) }
        for block in blocks {
            switch block {
            case .paragraph(let text): body.paragraph(text)
            case .bullets(let items): for item in items { body.bullet(item) }
            }
        }
    }
}
