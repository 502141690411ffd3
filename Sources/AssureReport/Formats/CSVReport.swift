import AssureData

/// The measure table as CSV (RFC 4180: comma-separated, fields quoted when they hold a comma,
/// quote or line end, CRLF line ends), one row a measure in the order written. Numbers are in
/// full precision and empty when there is none; text figures sit beside them.
public enum CSVReport {
    public static let columns = [
        "measure", "title", "priority", "unit", "polarity", "period", "value", "value_text",
        "comparison_basis", "comparison_period", "comparison_value", "change_absolute", "change_percent",
        "change_points", "change_text", "classification", "verdict", "reason", "judged",
        "chance_test", "p_value", "against_benchmark", "interval_lower", "interval_upper", "beyond_chance", "chance_text",
    ]

    public static func render(_ document: ReportDocument) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for row in document.measures {
            let fields: [String] = [
                row.name, row.title, row.priority?.name ?? "", row.unit, row.polarity.rawValue, row.period.code,
                number(row.value), row.valueText, row.comparisonBasis ?? "", row.comparisonPeriod?.code ?? "",
                number(row.comparisonValue), number(row.changeAbsolute), number(row.changePercent), number(row.changePoints),
                row.changeText, JSONReport.code(row.classification), row.verdictText, row.reason ?? "", row.judged ? "true" : "false",
                row.chance?.method ?? "", number(row.chance?.pValue), row.chance?.againstBenchmark ?? "",
                number(row.chance?.intervalLower), number(row.chance?.intervalUpper),
                row.chance?.beyondChance.map { $0 ? "true" : "false" } ?? "", row.chance?.text ?? "",
            ]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func number(_ value: Double?) -> String {
        value.map(JSONText.number) ?? ""
    }

    /// Quotes a field that holds a comma, quote or line end, doubling its quotes. A field that
    /// a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
