/// Text made safe for HTML: every user-written string (titles, statements, narratives, file
/// names) passes through `escape` before it reaches the page, in element content and in
/// attribute values alike.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// An `id` made from a measure's name and its position: letters, digits and `-` only, so it
    /// needs no escaping and is unique within the page.
    static func identifier(_ prefix: String, _ name: String, _ index: Int) -> String {
        let cleaned = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        return "\(prefix)-\(index)-\(cleaned)"
    }
}
