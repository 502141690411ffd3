/// User-written text (titles, statements, sentences, file names) made safe to put in a
/// Markdown report: it reads as written and cannot break the report's structure.
///
/// - Every ASCII punctuation character Markdown gives a meaning to is backslash-escaped
///   (CommonMark lets any ASCII punctuation be escaped): emphasis, code and fences (`` ` ``,
///   `~`), links and images, HTML (`<`, and `&` where it could start an entity), table cells (`|`), headings (`#`), quotes (`>`).
/// - Line breaks (`\n`, `\r`, and the Unicode line and paragraph separators) become spaces, so
///   text stays in its heading, list item or table row; leading spaces and tabs are dropped,
///   so that no text becomes an indented code block.
/// - At the start, a list marker (`-`, `+`, `1.`, `1)`), a rule or a setext underline (`=`) is escaped,
///   so that text in a list item does not open a list of its own.
enum MarkdownText {
    /// `text` escaped for anywhere in a line: a heading, a list item, bold text or a table cell.
    ///
    /// Over the UTF-8 bytes: everything escaped or changed is ASCII but the line and paragraph
    /// separators (E2 80 A8, E2 80 A9), and no byte of a longer character is ASCII.
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var text = text
        text.withUTF8 { escape($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let space = UInt8(ascii: " "), backslash = UInt8(ascii: "\\")
        var atStart = true
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            var width = 1
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                byte = space
                width = 3
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { byte = space }
            if byte == space || byte == UInt8(ascii: "\t") {
                // Leading blanks are dropped; a run of blanks inside becomes one space.
                pendingSpace = !atStart
                index += width
                continue
            }
            if pendingSpace { out.append(space); pendingSpace = false }
            if atStart {
                atStart = false
                // `-`, `+` or `=` first could be a list item, a rule or an underline; not
                // before a digit (`+4.5 points`, `-3`), where it is a sign.
                if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=") {
                    if !(index + 1 < bytes.count && isDigit(bytes[index + 1])) { out.append(backslash) }
                    out.append(byte)
                    index += 1
                    continue
                }
                if isDigit(byte) {
                    // `1.` or `1)` and a blank at the start would be an ordered list.
                    var end = index
                    while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                    out.append(contentsOf: bytes[index..<end])
                    let after = end + 1 < bytes.count ? bytes[end + 1] : space
                    if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"),
                       after == space || after == UInt8(ascii: "\t") || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r") {
                        out.append(backslash)
                        out.append(bytes[end])
                        end += 1
                    }
                    index = end
                    continue
                }
            }
            if isPunctuation(byte) || (byte == UInt8(ascii: "&") && startsAnEntity(bytes, after: index)) { out.append(backslash) }
            out.append(byte)
            index += 1
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The characters escaped wherever they are: \\ ` * _ [ ] < > | # ~
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    /// Whether the `&` at `index` could start an entity (`&amp;`, `&#60;`): a letter or `#`
    /// follows. A lone `&` (`heard & acted on`) is left as it is.
    private static func startsAnEntity(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        return next == UInt8(ascii: "#") || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
    }
}
