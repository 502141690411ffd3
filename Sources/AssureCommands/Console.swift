import Foundation

/// Where the command line writes: results to standard output, diagnostics and summaries to
/// standard error, colour only on a terminal and never when `NO_COLOR` is set.
struct Console: Sendable {
    /// Whether standard error may carry colour codes.
    let colourOnStandardError: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colourOnStandardError = !noColour && isatty(FileHandle.standardError.fileDescriptor) == 1
            && environment["TERM"] != "dumb"
    }

    func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    func error(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// The exit status of a command.
enum ExitStatus: Int32 {
    /// Clean: nothing wrong (warnings allowed).
    case clean = 0
    /// A problem in the user's rules or data, or an output that could not be written.
    case problems = 1
    /// The command was used wrongly (unknown option, missing argument).
    case usage = 2
}

/// A usage mistake, reported with the command's usage and exit status 2.
struct UsageError: Error {
    let message: String
}
