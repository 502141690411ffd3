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
    /// The characters escaped wherever they are.
    private static let punctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// `text` escaped for anywhere in a line: a heading, a list item, bold text or a table cell.
    static func escape(_ text: String) -> String {
        var out = ""
        var atStart = true
        var pendingSpace = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            var character = characters[index]
            if character == "\n" || character == "\r" || character == "\r\n" || character == "\u{2028}" || character == "\u{2029}" {
                character = " "
            }
            if character == " " || character == "\t" {
                // Leading blanks are dropped; a run of blanks inside becomes one space.
                pendingSpace = !atStart
                index += 1
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if atStart {
                atStart = false
                // `-`, `+` or `=` first could be a list item, a rule or an underline; not
                // before a digit (`+4.5 points`, `-3`), where it is a sign.
                if character == "-" || character == "+" || character == "=" {
                    let next = index + 1 < characters.count ? characters[index + 1] : " "
                    out += (next.isASCII && next.isNumber ? "" : "\\") + String(character)
                    index += 1
                    continue
                }
                if character.isASCII, character.isNumber {
                    // `1.` or `1)` and a blank at the start would be an ordered list.
                    var end = index
                    while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                    out += String(characters[index..<end])
                    let after = end + 1 < characters.count ? characters[end + 1] : " "
                    if end < characters.count, characters[end] == "." || characters[end] == ")",
                       after == " " || after == "\t" || after == "\n" || after == "\r" {
                        out += "\\" + String(characters[end])
                        end += 1
                    }
                    index = end
                    continue
                }
            }
            if punctuation.contains(character) || (character == "&" && startsAnEntity(characters, after: index)) {
                out += "\\" + String(character)
            } else {
                out.append(character)
            }
            index += 1
        }
        return out
    }

    /// Whether the `&` at `index` could start an entity (`&amp;`, `&#60;`): a letter or `#`
    /// follows. A lone `&` (`heard & acted on`) is left as it is.
    private static func startsAnEntity(_ characters: [Character], after index: Int) -> Bool {
        guard index + 1 < characters.count else { return false }
        let next = characters[index + 1]
        return next == "#" || (next.isASCII && next.isLetter)
    }
}
