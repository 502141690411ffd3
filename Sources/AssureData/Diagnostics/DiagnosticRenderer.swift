import Foundation

/// Gives the text of a line of a source file, so that diagnostics can show it under their
/// location. The CLI reads files lazily; tests hand in text directly.
public protocol SourceLineProvider {
    /// Line `number` (from 1) of `file`, without its line end; nil when unknown.
    func line(_ number: Int, of file: String) -> String?
}

/// Source lines from texts held in memory, keyed by file path.
public struct InMemorySources: SourceLineProvider {
    private var lines: [String: [Substring]] = [:]

    public init(_ texts: [String: String] = [:]) {
        for (file, text) in texts { add(text, for: file) }
    }

    public mutating func add(_ text: String, for file: String) {
        lines[file] = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    public func line(_ number: Int, of file: String) -> String? {
        guard let fileLines = lines[file], number >= 1, number <= fileLines.count else { return nil }
        return String(fileLines[number - 1].drop(while: { $0 == "\u{FEFF}" }))
    }
}

/// Writes diagnostics for people: `file:line:column: error: message`, the source line, a
/// caret under the range, `help:` and `note:` lines. Colour only when asked (the CLI asks
/// on a terminal without `NO_COLOR`).
public struct DiagnosticRenderer {
    public var useColour: Bool

    public init(useColour: Bool = false) { self.useColour = useColour }

    /// All diagnostics, each followed by a blank line, then a one-line count.
    public func render(_ diagnostics: [Diagnostic], sources: SourceLineProvider) -> String {
        var text = ""
        for diagnostic in diagnostics {
            text += render(diagnostic, sources: sources)
            text += "\n"
        }
        return text
    }

    /// One diagnostic.
    public func render(_ diagnostic: Diagnostic, sources: SourceLineProvider) -> String {
        var text = ""
        let label = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;33" : "1;36")
        if let range = diagnostic.range {
            text += paint(range.description + ":", "1") + " " + label + " " + paint(diagnostic.message, "1") + "\n"
            text += excerpt(range, sources: sources)
        } else {
            text += label + " " + paint(diagnostic.message, "1") + "\n"
        }
        if let help = diagnostic.help {
            text += "  " + paint("help:", "1;32") + " " + help + "\n"
        }
        for note in diagnostic.notes {
            if let range = note.range {
                text += "  " + paint("note:", "1;36") + " " + range.description + ": " + note.message + "\n"
                text += excerpt(range, sources: sources)
            } else {
                text += "  " + paint("note:", "1;36") + " " + note.message + "\n"
            }
        }
        return text
    }

    /// The source line with a gutter and carets under the range.
    private func excerpt(_ range: SourceRange, sources: SourceLineProvider) -> String {
        guard let line = sources.line(range.start.line, of: range.file) else { return "" }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let scalars = Array(line.unicodeScalars)
        let startColumn = min(max(range.start.column, 1), scalars.count + 1)
        let endColumn = range.end.line == range.start.line ? max(range.end.column, startColumn + 1) : scalars.count + 1
        let width = max(1, min(endColumn, scalars.count + 1) - startColumn)
        // Keep tabs in the padding so the caret lines up however the terminal shows them.
        let padding = String(String.UnicodeScalarView(scalars.prefix(startColumn - 1).map { $0 == "\t" ? "\t" : " " }))
        let displayed = line.replacingOccurrences(of: "\r", with: "")
        return " \(gutter) |\n \(number) | \(displayed)\n \(gutter) | \(padding)\(paint(String(repeating: "^", count: width), "1;32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
