import Foundation

/// A block of the sub-group's own text: a paragraph or a bulleted list.
public enum TextBlock: Hashable, Sendable {
    case paragraph(String)
    case bullets([String])
}

/// The sub-group's text for a section, as plain paragraphs and bullet lines: paragraphs are
/// separated by blank lines, lines of one paragraph are joined, and lines starting `- `, `* `
/// or `• ` are the items of a bulleted list (an indented line goes on with the item above).
enum ReportText {
    static func blocks(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [String] = []
        var items: [String] = []

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if !items.isEmpty { blocks.append(.bullets(items)) }
            paragraph = []
            items = []
        }

        // "\r\n" is one Character in Swift: split on every kind of line end.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush(); continue }
            if let item = bullet(trimmed) {
                if !paragraph.isEmpty { flush() }
                items.append(item)
            } else if !items.isEmpty, line.first == " " || line.first == "\t" {
                items[items.count - 1] += " " + trimmed
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(trimmed)
            }
        }
        flush()
        return blocks
    }

    /// The item of a bullet line, without its marker.
    private static func bullet(_ line: String) -> String? {
        for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
