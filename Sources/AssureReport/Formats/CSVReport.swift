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
    /// a spreadsheet would read as a formula is prefixed with `'`: one whose first character
    /// after any leading spaces, tabs and line ends is `=`, `+`, `-` or `@` (a spreadsheet
    /// skips the spaces), and one that starts with a tab or carriage return; unless it is a
    /// plain decimal number (`-12.5`, `+0.1`, `-1.5e-07`), never text that merely reads as one to a
    /// number parser (`-inf`, `-nan`, `-0x1p3`).
    static func field(_ text: String) -> String {
        var value = text
        if looksLikeAFormula(value) { value = "'" + value }
        // Over the bytes: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet might run the cell as a formula.
    static func looksLikeAFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let leading = text.unicodeScalars.first(where: { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n") }),
              "=+-@".unicodeScalars.contains(leading) else { return false }
        return !isPlainDecimal(text)
    }

    /// `[+-]?digits(.digits)?([eE][+-]?digits)?`: the numbers this report writes (and signed
    /// changes such as `+0.1`), and nothing else.
    static func isPlainDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let next = scalars.first, ("0"..."9").contains(next) { scalars.removeFirst(); count += 1 }
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
        guard digits() > 0 else { return false }
        if scalars.first == "." {
            scalars.removeFirst()
            guard digits() > 0 else { return false }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
