/// Writes diagnostics as JSON for editors and other tools: one object with a `diagnostics`
/// array, each entry `{severity, file, line, column, end_line, end_column, message, help,
/// notes, fix}`. Keys are in a fixed order and the output ends with a line end.
public enum DiagnosticJSON {
    /// `schema`, when given, is written first as `"schema"`: the version of the layout a
    /// command documents (`assure check`'s `assure-check/1`).
    public static func render(_ diagnostics: [Diagnostic], schema: String? = nil) -> String {
        var out = "{\n" + (schema.map { "  \"schema\": \(JSONText.string($0)),\n" } ?? "") + "  \"diagnostics\": ["
        for (offset, diagnostic) in diagnostics.enumerated() {
            out += offset == 0 ? "\n" : ",\n"
            var fields: [(String, String)] = [("severity", JSONText.string(diagnostic.severity.rawValue))]
            fields += location(diagnostic.range)
            fields.append(("message", JSONText.string(diagnostic.message)))
            fields.append(("help", diagnostic.help.map(JSONText.string) ?? "null"))
            let notes = diagnostic.notes.map { note -> String in
                JSONText.object(location(note.range) + [("message", JSONText.string(note.message))])
            }
            fields.append(("notes", "[" + notes.joined(separator: ", ") + "]"))
            if let fix = diagnostic.fixIt {
                fields.append(("fix", JSONText.object(location(fix.range) + [("replacement", JSONText.string(fix.replacement))])))
            } else {
                fields.append(("fix", "null"))
            }
            out += "    " + JSONText.object(fields)
        }
        out += diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func location(_ range: SourceRange?) -> [(String, String)] {
        guard let range else {
            return [("file", "null"), ("line", "null"), ("column", "null"), ("end_line", "null"), ("end_column", "null")]
        }
        return [("file", JSONText.string(range.file)), ("line", String(range.start.line)),
                ("column", String(range.start.column)), ("end_line", String(range.end.line)),
                ("end_column", String(range.end.column))]
    }
}

/// Small, dependable JSON text building: escaped strings, objects with keys in the given order,
/// and numbers that never print `nan`, `inf` or `-0`. Used wherever Assure writes JSON, so
/// that output is byte-identical run to run.
public enum JSONText {
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"   // safe to embed in HTML <script> blocks
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// A number in full precision (shortest text that reads back to the same double);
    /// `null` for a value that is not finite; `0` for negative zero.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
