import AssureData

/// The overview's files: `overview.csv` (one row per area and measure, for spreadsheets),
/// `overview.json` (schema `assure-overview/1`, for tools, and read back as the next run's
/// previous overview) and `overview.md` (for reading). docs/commands.md describes them.
public enum OverviewFormat: String, Hashable, Sendable, CaseIterable {
    case csv, json, markdown

    /// The schema's name and version, the first key of overview.json.
    public static let schema = "assure-overview/1"

    /// The file name in the output folder.
    public var fileName: String {
        switch self {
        case .csv: return "overview.csv"
        case .json: return "overview.json"
        case .markdown: return "overview.md"
        }
    }

    /// The overview in this format.
    public func render(_ overview: Overview) -> String {
        switch self {
        case .csv: return OverviewFormat.csv(overview)
        case .json: return OverviewFormat.json(overview)
        case .markdown: return OverviewFormat.markdown(overview)
        }
    }

    /// The CSV's header.
    public static let csvColumns = ["area", "area_name", "level", "period", "measure", "title", "value", "value_text",
                                    "classification", "verdict", "rank", "quartile", "rank_order", "previous_classification"]

    private static func csv(_ overview: Overview) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for row in overview.rows {
            for (column, cell) in zip(overview.columns, row.cells) {
                guard let cell else { continue }
                let fields = [row.area.area, row.area.name ?? "", row.area.level ?? "", row.area.periodCode, column.name,
                              column.title, cell.measure.value.map(JSONText.number) ?? "", cell.measure.valueText,
                              cell.measure.classification, cell.measure.verdict, cell.rank.map(String.init) ?? "",
                              cell.quartile.map(String.init) ?? "", column.rankOrder, cell.previousClassification ?? ""]
                out += fields.map(CSVReport.field).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    private static func json(_ overview: Overview) -> String {
        let root = JSONValue.fields([
            ("schema", .string(schema)),
            ("title", .string(overview.title)),
            ("measures", .array(overview.columns.map { column in
                .fields([("name", .string(column.name)), ("title", .string(column.title)),
                         ("polarity", .string(column.polarity)), ("rank_order", .string(column.rankOrder))])
            })),
            ("areas", .array(overview.rows.map { row in
                .fields([
                    ("area", .string(row.area.area)),
                    ("name", .optional(row.area.name)),
                    ("level", .optional(row.area.level)),
                    ("period", .fields([("code", .string(row.area.periodCode)), ("name", .string(row.area.periodName))])),
                    ("date", .string(row.area.date)),
                    ("counts", .fields(counts(row).map { ($0.code, .number(Double($0.count))) })),
                    ("changed", .bool(row.changed)),
                    ("measures", .array(zip(overview.columns, row.cells).compactMap { column, cell in
                        cell.map { cell in
                            .fields([
                                ("measure", .string(column.name)),
                                ("value", .optional(cell.measure.value)),
                                ("value_text", .string(cell.measure.valueText)),
                                ("classification", .string(cell.measure.classification)),
                                ("verdict", .string(cell.measure.verdict)),
                                ("rank", cell.rank.map { .number(Double($0)) } ?? .null),
                                ("quartile", cell.quartile.map { .number(Double($0)) } ?? .null),
                                ("previous_classification", .optional(cell.previousClassification)),
                            ])
                        }
                    })),
                ])
            })),
            ("changes", overview.previousDate.map { date in
                .fields([("previous_date", .string(date)),
                         ("areas", .array(overview.changedRows.map { .string($0.area.area) }))])
            } ?? .null),
        ])
        return root.rendered() + "\n"
    }

    /// Doing well, for further exploration, to note (of which not judged), for one area.
    static func counts(_ row: Overview.Row) -> [(code: String, count: Int)] {
        let cells = row.cells.compactMap { $0 }
        return [("doing_well", cells.filter { $0.measure.classification == "doing_well" }.count),
                ("further_exploration", cells.filter { $0.measure.classification == "further_exploration" }.count),
                ("to_note", cells.filter { $0.measure.classification == "to_note" }.count),
                ("not_judged", cells.filter { !$0.measure.judged }.count)]
    }

    private static func markdown(_ overview: Overview) -> String {
        func area(_ row: Overview.Row) -> String {
            MarkdownText.escape(row.area.name.map { "\($0) (\(row.area.area))" } ?? row.area.area)
        }
        var out = "# \(MarkdownText.escape(overview.title)): every area\n\n"
        let periods = Set(overview.rows.map(\.area.periodName))
        out += periods.count == 1 ? "Period: \(MarkdownText.escape(periods.first ?? "")). " : "Periods: see each area. "
        out += "\(overview.rows.count) \(overview.rows.count == 1 ? "area" : "areas"), \(overview.columns.count) "
            + "\(overview.columns.count == 1 ? "measure" : "measures").\n\n"
        out += "## Areas\n\n| area | period | doing well | further exploration | to note | not judged |\n| --- | --- | ---: | ---: | ---: | ---: |\n"
        for row in overview.rows {
            let counts = counts(row).map { String($0.count) }
            out += "| \(area(row)) | \(MarkdownText.escape(row.area.periodName)) | \(counts.joined(separator: " | ")) |\n"
        }
        out += "\n## What changed since the previous run\n\n"
        if let date = overview.previousDate {
            let changed = overview.changedRows
            out += changed.isEmpty ? "No area's verdicts changed since the previous run (dated \(date)).\n" :
                "Compared with the previous run (dated \(date)):\n\n"
            for row in changed {
                let moves = zip(overview.columns, row.cells).compactMap { column, cell -> String? in
                    guard let cell, let before = cell.previousClassification else { return nil }
                    return "\(MarkdownText.escape(column.title)) \(words(before)) → \(words(cell.measure.classification))"
                }
                out += "- \(area(row)): \(moves.joined(separator: "; "))\n"
            }
        } else {
            out += "There was no previous overview to compare with.\n"
        }
        for (position, column) in overview.columns.enumerated() {
            out += "\n## \(MarkdownText.escape(column.title))\n\nRanked \(column.rankOrder) (better \(column.polarity)).\n\n"
            out += "| area | value | classification | rank | quartile |\n| --- | ---: | --- | ---: | ---: |\n"
            for row in overview.rows {
                guard let cell = row.cells[position] else { continue }
                out += "| \(area(row)) | \(MarkdownText.escape(cell.measure.valueText)) | \(MarkdownText.escape(cell.measure.verdict)) | "
                    + "\(cell.rank.map(String.init) ?? "–") | \(cell.quartile.map { "Q\($0)" } ?? "–") |\n"
            }
        }
        return out
    }

    /// `to_note` → "to note".
    private static func words(_ code: String) -> String {
        code.replacingOccurrences(of: "_", with: " ")
    }
}
