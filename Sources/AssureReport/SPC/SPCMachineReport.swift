import Foundation
import AssureAnalysis
import AssureData

extension SPCChart {
    /// The chart for other tools, the stable interface documented in `docs/statistics.md`:
    ///
    ///     {"points": [{"period", "value", "mean", "lower_limit", "upper_limit", "point_type", "rule"}],
    ///      "variation": …, "assurance": …}
    ///
    /// Numbers in full precision; `null` for a missing value, a line a group does not have, a
    /// point no rule flags, and no variation or assurance. Keys in this order; one point a line.
    public func renderJSON() -> String {
        var out = "{\n  \"points\": ["
        for (position, fields) in pointFields().enumerated() {
            out += position == 0 ? "\n    " : ",\n    "
            out += JSONText.object(fields.map { ($0.key, $0.json) })
        }
        out += result.points.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"variation\": " + (result.variation.map { JSONText.string($0.rawValue) } ?? "null") + ",\n"
        out += "  \"assurance\": " + (result.assurance.map { JSONText.string($0.rawValue) } ?? "null") + "\n"
        return out + "}\n"
    }

    /// The points as CSV, one row each with the JSON's fields and a header line; an empty cell
    /// where the JSON has `null`. Numbers in full precision.
    public func renderCSV() -> String {
        var out = SPCChart.pointKeys.joined(separator: ",") + "\n"
        for fields in pointFields() {
            out += fields.map { csvCell($0.text) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The fields of each point, in the interface's order.
    static let pointKeys = ["period", "value", "mean", "lower_limit", "upper_limit", "point_type", "rule"]

    /// One field: its key, its JSON text, and its CSV text (empty for null).
    struct Field {
        var key: String
        var json: String
        var text: String

        static func number(_ key: String, _ value: Double?) -> Field {
            guard let value, value.isFinite else { return Field(key: key, json: "null", text: "") }
            let text = JSONText.number(value)
            return Field(key: key, json: text, text: text)
        }

        static func string(_ key: String, _ value: String?) -> Field {
            guard let value else { return Field(key: key, json: "null", text: "") }
            return Field(key: key, json: JSONText.string(value), text: value)
        }
    }

    func pointFields() -> [[Field]] {
        result.points.map { point in
            let group = result.groups.indices.contains(point.group) ? result.groups[point.group] : nil
            return [
                .string("period", periodName(at: point.index, code: true)),
                .number("value", point.value),
                .number("mean", group?.mean),
                .number("lower_limit", group?.limits?.lower),
                .number("upper_limit", group?.limits?.upper),
                .string("point_type", point.type.rawValue),
                .string("rule", point.specialCause?.rule.code),
            ]
        }
    }

    /// A CSV cell, quoted when it holds a comma, a quote or a line end.
    func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
