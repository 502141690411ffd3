import Foundation
import AssureData
import AssureEngine
@testable import AssureLanguage

/// Builds a narrative template from text as the rules would write it, `"… by {change.percent|abs}."`,
/// with source ranges on line 1 of `rules.assure` (column = offset + 1), since the language
/// parser is another module's work.
func template(_ text: String) -> Template {
    let file = "rules.assure"
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(file: file, start: SourcePosition(line: 1, column: start + 1), end: SourcePosition(line: 1, column: end + 1))
    }
    let characters = Array(text)
    var segments: [Template.Segment] = []
    var literal = ""
    var index = 0
    while index < characters.count {
        guard characters[index] == "{", let close = characters[index...].firstIndex(of: "}") else {
            literal.append(characters[index])
            index += 1
            continue
        }
        if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
        segments.append(.placeholder(placeholder(characters, from: index + 1, to: close, range: range)))
        index = close + 1
    }
    if !literal.isEmpty { segments.append(.text(literal)) }
    return Template(text: text, segments: segments, range: range(0, characters.count))
}

private func placeholder(_ characters: [Character], from start: Int, to end: Int,
                         range: (Int, Int) -> SourceRange) -> Placeholder {
    // Split on `|` outside quotes.
    var pieces: [(text: String, start: Int)] = []
    var current = ""
    var pieceStart = start
    var quoted = false
    for index in start..<end {
        let character = characters[index]
        if character == "\"" { quoted.toggle() }
        if character == "|", !quoted {
            pieces.append((current, pieceStart))
            current = ""
            pieceStart = index + 1
        } else {
            current.append(character)
        }
    }
    pieces.append((current, pieceStart))
    let name = pieces[0]
    let filters = pieces.dropFirst().map { piece -> Filter in
        let text = piece.text
        let open = text.firstIndex(of: "(")
        let filterName = String(text[..<(open ?? text.endIndex)])
        var arguments: [Filter.Argument] = []
        if let open, let close = text.lastIndex(of: ")") {
            let inside = text[text.index(after: open)..<close]
            for raw in inside.split(separator: ",") {
                let argument = raw.trimmingCharacters(in: .whitespaces)
                if argument.hasPrefix("\"") {
                    arguments.append(.text(String(argument.dropFirst().dropLast())))
                } else {
                    arguments.append(.number(Double(argument) ?? .nan))
                }
            }
        }
        return Filter(name: Located(filterName, at: range(piece.start, piece.start + filterName.count)), arguments: arguments,
                      range: range(piece.start, piece.start + text.count))
    }
    return Placeholder(name: Located(name.text, at: range(name.start, name.start + name.text.count)), filters: filters,
                       range: range(start - 1, end + 1))
}
