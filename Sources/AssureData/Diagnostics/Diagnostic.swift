/// How serious a diagnostic is. Any error makes a command exit with status 1; warnings do not.
public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in a rules file or an indicator file, as a value: what is wrong, where,
/// how to fix it, and the other places that matter (the first of two duplicate rows, say).
///
/// Diagnostics are collected, never thrown one at a time, so one run reports every problem.
/// Rendering them is `DiagnosticRenderer`'s job.
public struct Diagnostic: Hashable, Sendable {
    /// Another place that explains the diagnostic, e.g. "first defined here".
    public struct Note: Hashable, Sendable {
        public let range: SourceRange?
        public let message: String

        public init(range: SourceRange?, message: String) {
            self.range = range
            self.message = message
        }
    }

    /// A suggested replacement for the diagnostic's range, e.g. the indicator name meant.
    public struct FixIt: Hashable, Sendable {
        public let range: SourceRange
        public let replacement: String

        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    public let severity: Severity
    /// Where the problem is; nil for a problem with no place (a folder that does not exist).
    public let range: SourceRange?
    /// What is wrong, in words an analyst can act on; starts lower case, no full stop.
    public let message: String
    /// How to fix it ("did you mean 'cp_plans_neglect'?"); shown on a `help:` line.
    public let help: String?
    public let notes: [Note]
    public let fixIt: FixIt?

    public init(_ severity: Severity, _ message: String, at range: SourceRange?, help: String? = nil,
                notes: [Note] = [], fixIt: FixIt? = nil) {
        self.severity = severity
        self.range = range
        self.message = message
        self.help = help
        self.notes = notes
        self.fixIt = fixIt
    }

    /// An error at `range`.
    public static func error(_ message: String, at range: SourceRange?, help: String? = nil,
                             notes: [Note] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: range, help: help, notes: notes, fixIt: fixIt)
    }

    /// A warning at `range`.
    public static func warning(_ message: String, at range: SourceRange?, help: String? = nil,
                               notes: [Note] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: range, help: help, notes: notes, fixIt: fixIt)
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, then position, then severity, so output is the same every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = (lhs.range?.file ?? "", lhs.range?.start.line ?? 0, lhs.range?.start.column ?? 0)
        let right = (rhs.range?.file ?? "", rhs.range?.start.line ?? 0, rhs.range?.start.column ?? 0)
        if left != right { return left < right }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error (the command then exits with status 1).
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
