import AssureData

/// Many charts in one output, for `assure spc --all`: JSON lines (one object a series, its
/// indicator and area first) and one CSV with the indicator and area on every row. The fields
/// are those of one chart's JSON and CSV (`renderJSON`, `renderCSV`).
extension SPCChart {
    /// The chart as one line of JSON: `{"indicator", "area", "points", "variation", "assurance"}`,
    /// `area` null when the file has no area column.
    public func renderJSONLine(indicator: String, area: String?) -> String {
        var out = "{\"indicator\": " + JSONText.string(indicator) + ", \"area\": " + (area.map(JSONText.string) ?? "null")
        out += ", \"points\": ["
        for (position, fields) in pointFields().enumerated() {
            if position > 0 { out += ", " }
            out += JSONText.object(fields.map { ($0.key, $0.json) })
        }
        out += "], \"variation\": " + (result.variation.map { JSONText.string($0.rawValue) } ?? "null")
        out += ", \"assurance\": " + (result.assurance.map { JSONText.string($0.rawValue) } ?? "null")
        return out + "}\n"
    }

    /// The header of the CSV of many charts: `indicator,area`, then one chart's columns.
    public static var csvHeaderWithSeries: String {
        (["indicator", "area"] + pointKeys).joined(separator: ",") + "\n"
    }

    /// The chart's points as CSV rows (no header), each starting with the indicator and area
    /// (empty when the file has no area column).
    public func renderCSVRows(indicator: String, area: String?) -> String {
        let prefix = csvCell(indicator) + "," + csvCell(area ?? "") + ","
        var out = ""
        for fields in pointFields() {
            out += prefix + fields.map { csvCell($0.text) }.joined(separator: ",") + "\n"
        }
        return out
    }
}
