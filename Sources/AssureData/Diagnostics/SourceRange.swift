/// A place in a source file (a rules file or an indicator CSV): line and column, both from 1.
/// Columns count characters (Unicode scalars), so a caret lines up under non-ASCII text.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The stretch of a file a diagnostic points at: from `start` up to (not including) `end`.
/// A range within one line is underlined with carets; a longer one is marked at its start.
public struct SourceRange: Hashable, Sendable, Codable {
    /// The file's path as the user gave it (`Rules/neglect.assure`, `Indicators/police.csv`).
    public let file: String
    public let start: SourcePosition
    public let end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// A range of `length` characters starting at `line`:`column`.
    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.init(file: file, start: SourcePosition(line: line, column: column),
                  end: SourcePosition(line: line, column: column + max(length, 1)))
    }

    /// `file:line:column`, the prefix of a diagnostic's first line.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
