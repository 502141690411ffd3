/// JSON lines (one JSON value on one line each) for tools: `assure report --all-areas --format
/// json` writes each area's report.json this way.
public enum JSONLines {
    /// `document`'s report.json on one line, ending in a line feed: the same value, keys and
    /// text as report.json, with the spaces and line ends between tokens left out.
    public static func line(_ document: ReportDocument) -> String {
        compact(JSONReport.render(document)) + "\n"
    }

    /// `json` without whitespace outside strings. Inside a string nothing changes (the writer
    /// escapes line ends there, so a line end is always between tokens).
    static func compact(_ json: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count)
        var inString = false
        var escaped = false
        for byte in json.utf8 {
            if inString {
                bytes.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "\""): inString = true
            default: break
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
