import AssureData
import AssureLanguage

/// The report as JSON for other tools; the schema is documented in `docs/report-json.md`.
/// Numbers are in full precision (tools round, not the report); text figures are given too.
public enum JSONReport {
    /// The schema's name and version, the first key of the document.
    public static let schema = "assure-report/1"

    public static func render(_ document: ReportDocument) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The document's UTF-8 bytes, written into one buffer, with a line end at the end.
    static func bytes(_ document: ReportDocument) -> [UInt8] {
        let root = JSONValue.fields([
            ("schema", .string(schema)),
            ("title", .string(document.title)),
            ("partnership", .string(document.partnership)),
            ("area", .optional(document.area)),
            ("period", period(document.period)),
            ("date", .string(document.date.code)),
            ("version", .optional(document.version)),
            ("meeting", document.meeting.map { name in
                .fields([("name", .string(name)), ("date", .optional(document.meetingDate?.code))]) } ?? .null),
            ("authors", .array(document.authors.map(JSONValue.string))),
            ("purpose", .optional(document.purpose)),
            ("introduction", blocks(document.introduction)),
            ("priorities", .array(document.priorities.map(priority))),
            ("evidence_names", .array(document.evidenceNames.map(JSONValue.string))),
            ("evidence", .array(document.evidence.map { source in
                .fields([("source", .string(source.source)), ("indicators", .array(source.indicators.map(JSONValue.string)))])
            })),
            ("headlines_only", .bool(document.headlinesOnly)),
            ("data", .array(document.data.map(section))),
            ("qualitative", blocks(document.qualitative)),
            ("voices", blocks(document.voices)),
            ("emerging_issues", blocks(document.emergingIssues)),
            ("recommendations", blocks(document.recommendations)),
            ("outcomes", .array(document.outcomes.map(outcome))),
            ("data_quality", .array(document.dataQuality.map { entry in
                .fields([("measure", .string(entry.measure)), ("title", .string(entry.title)),
                         ("kind", .string(entry.kind.rawValue)),
                         ("symbols", .array(entry.symbols.map { .string($0.rawValue) })), ("text", .string(entry.text))])
            })),
            ("measures", .array(document.measures.map(measure))),
        ] + (document.changes.map { [("changes", changes($0))] } ?? []))
        var bytes: [UInt8] = []
        root.write(into: &bytes, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// `doing_well`, `further_exploration`, `to_note`.
    static func code(_ classification: Classification) -> String {
        switch classification {
        case .doingWell: return "doing_well"
        case .furtherExploration: return "further_exploration"
        case .toNote: return "to_note"
        }
    }

    /// The sub-group's text: `{"paragraph": "…"}` and `{"bullets": ["…"]}` in order.
    private static func blocks(_ blocks: [TextBlock]) -> JSONValue {
        .array(blocks.map { block in
            switch block {
            case .paragraph(let text): return .fields([("paragraph", .string(text))])
            case .bullets(let items): return .fields([("bullets", .array(items.map(JSONValue.string)))])
            }
        })
    }

    private static func period(_ period: Period) -> JSONValue {
        .fields([("code", .string(period.code)), ("name", .string(period.name))])
    }

    private static func priority(_ priority: ReportPriority) -> JSONValue {
        .fields([("name", .string(priority.name)), ("title", .string(priority.title))])
    }

    private static func section(_ section: ClassificationSection) -> JSONValue {
        .fields([
            ("classification", .string(code(section.classification))),
            ("heading", .string(section.heading)),
            ("groups", .array(section.groups.map { group in
                .fields([
                    ("priority", .optional(group.priority?.name)),
                    ("heading", .string(group.heading)),
                    ("measures", .array(group.statements.map { statement in
                        .fields([("measure", .string(statement.measure)), ("title", .string(statement.title)),
                                 ("sentences", .array(statement.sentences.map(JSONValue.string)))])
                    })),
                ])
            })),
        ])
    }

    private static func outcome(_ outcome: OutcomeEntry) -> JSONValue {
        .fields([
            ("name", .string(outcome.name)),
            ("statement", .string(outcome.statement)),
            ("priority", .optional(outcome.priority?.name)),
            ("rating", .optional(outcome.rating?.rawValue)),
            ("rating_text", .string(outcome.ratingText)),
            ("evidence", .array(outcome.evidence.map { evidence in
                .fields([("measure", .string(evidence.measure)), ("title", .string(evidence.title)),
                         ("classification", .string(evidence.classification))])
            })),
        ])
    }

    private static func measure(_ row: MeasureRow) -> JSONValue {
        let comparison: JSONValue = row.comparisonBasis.map { basis in
            .fields([("basis", .string(basis)), ("period", row.comparisonPeriod.map(period) ?? .null),
                     ("value", .optional(row.comparisonValue)), ("text", .string(row.comparisonText))])
        } ?? .null
        let change: JSONValue = row.changeAbsolute.map { absolute in
            .fields([("absolute", .number(absolute)), ("percent", .optional(row.changePercent)),
                     ("points", .optional(row.changePoints)), ("text", .string(row.changeText))])
        } ?? .null
        var fields: [(String, JSONValue)] = [
            ("name", .string(row.name)),
            ("title", .string(row.title)),
            ("priority", .optional(row.priority?.name)),
            ("unit", .string(row.unit)),
            ("polarity", .string(row.polarity.rawValue)),
            ("period", period(row.period)),
            ("value", .optional(row.value)),
            ("value_text", .string(row.valueText)),
            ("comparison", comparison),
            ("change", change),
            ("chance", row.chance.map { chance in
                .fields([("method", .optional(chance.method)), ("p_value", .optional(chance.pValue)),
                         ("against_benchmark", .optional(chance.againstBenchmark)),
                         ("interval", chance.intervalLower.map { lower in
                             .fields([("lower", .number(lower)), ("upper", .optional(chance.intervalUpper))]) } ?? .null),
                         ("beyond_chance", chance.beyondChance.map(JSONValue.bool) ?? .null), ("text", .string(chance.text))])
            } ?? .null),
            ("classification", .string(code(row.classification))),
            ("verdict", .string(row.verdictText)),
            ("reason", .optional(row.reason)),
            ("judged", .bool(row.judged)),
            ("sentences", .array(row.sentences.map(JSONValue.string))),
            ("chart", chart(row.chart)),
        ]
        // Only for a measure compared with England, its region or its neighbours, so that
        // every other measure's object is as before.
        if !row.comparators.isEmpty {
            fields.append(("comparators", .array(row.comparators.map(comparator))))
            fields.append(("standing", row.standing.map(standing) ?? .null))
        }
        return .fields(fields)
    }

    private static func count(_ number: Int?) -> JSONValue {
        guard let number else { return .null }
        return .number(Double(number))
    }

    private static func comparator(_ comparator: ComparatorRow) -> JSONValue {
        let fields: [(String, JSONValue)] = [
            ("kind", .string(comparator.kind)), ("name", .string(comparator.name)), ("code", .optional(comparator.code)),
            ("value", .optional(comparator.value)), ("neighbours_with_figure", count(comparator.neighboursWithFigure)),
            ("neighbours", count(comparator.neighbours)), ("against", .optional(comparator.against)),
            ("text", .string(comparator.text)),
        ]
        return .fields(fields)
    }

    private static func standing(_ standing: StandingRow) -> JSONValue {
        let fields: [(String, JSONValue)] = [
            ("rank", count(standing.rank)), ("of", count(standing.outOf)), ("tied_with", count(standing.tiedWith)),
            ("quartile", count(standing.quartile)), ("first_is", .string(standing.firstIs)), ("by", .string(standing.by)),
        ]
        return .fields(fields)
    }

    /// What changed since the previous report (the key is there only when one was given).
    private static func changes(_ changes: ReportChanges) -> JSONValue {
        .fields([
            ("previous", .fields([("period", .string(changes.previousPeriod)), ("date", .string(changes.previousDate))])),
            ("measures", .array(changes.measures.map { change in
                .fields([("measure", .string(change.measure)), ("title", .string(change.title)), ("before", .string(change.before)),
                         ("after", .string(change.after)), ("reason", .optional(change.reason))])
            })),
            ("outcomes", .array(changes.outcomes.map { change in
                .fields([("outcome", .string(change.outcome)), ("statement", .string(change.statement)), ("before", .string(change.before)),
                         ("after", .string(change.after)), ("reason", .optional(change.reason))])
            })),
        ])
    }

    private static func chart(_ chart: ChartSeries) -> JSONValue {
        .fields([
            ("points", .array(chart.points.map { point in
                .fields([("period", .string(point.period.code)), ("value", .optional(point.value)), ("signal", .optional(point.signal))])
            })),
            ("groups", .array(chart.groups.map { group in
                .fields([("first", .number(Double(group.range.lowerBound))), ("end", .number(Double(group.range.upperBound))),
                         ("mean", .optional(group.mean)), ("lower", .optional(group.lower)), ("upper", .optional(group.upper))])
            })),
            ("reporting_index", chart.reportingIndex.map { .number(Double($0)) } ?? .null),
        ])
    }
}
