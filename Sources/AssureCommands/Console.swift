import Foundation

/// Where the command line writes, and where `assure spc -` reads: results to standard output,
/// diagnostics and summaries to standard error, colour only on a terminal and never when
/// `NO_COLOR` is set.
///
/// `Console.standard()` is the process's own streams; `Console.capturing(…)` keeps what is
/// written in memory (`output`, `errors`) and reads standard input from bytes given to it, so
/// a test can run any command in-process.
public final class Console: @unchecked Sendable {
    /// Whether standard error may carry colour codes.
    public let colourOnStandardError: Bool
    /// Whether standard error is a terminal, where progress may be shown (never when captured).
    let standardErrorIsTerminal: Bool
    private let capturesOutput: Bool
    private let input: [UInt8]
    // Commands write from one thread; the lock makes the class safe to share all the same.
    private let lock = NSLock()
    private var capturedOutput = ""
    private var capturedErrors = ""

    private init(colour: Bool, capturesOutput: Bool, input: [UInt8], terminal: Bool = false) {
        colourOnStandardError = colour
        standardErrorIsTerminal = terminal
        self.capturesOutput = capturesOutput
        self.input = input
    }

    /// The process's standard output, error and input. Colour goes to standard error when it
    /// is a terminal, `TERM` is not `dumb` and `NO_COLOR` is not set (to anything but empty).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal = isatty(FileHandle.standardError.fileDescriptor) == 1
        let colour = !noColour && terminal && environment["TERM"] != "dumb"
        return Console(colour: colour, capturesOutput: false, input: [], terminal: terminal)
    }

    /// A console that keeps everything written in memory and gives `input` as standard input.
    public static func capturing(input: [UInt8] = [], colour: Bool = false) -> Console {
        Console(colour: colour, capturesOutput: true, input: input)
    }

    /// Everything written to standard output (a capturing console; empty otherwise).
    public var output: String { lock.withLock { capturedOutput } }

    /// Everything written to standard error (a capturing console; empty otherwise).
    public var errors: String { lock.withLock { capturedErrors } }

    func out(_ text: String) {
        guard capturesOutput else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        lock.withLock { capturedOutput += text }
    }

    func error(_ text: String) {
        guard capturesOutput else { return FileHandle.standardError.write(Data(text.utf8)) }
        lock.withLock { capturedErrors += text }
    }

    /// All of standard input.
    func readStandardInput() -> [UInt8] {
        guard capturesOutput else { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        return input
    }
}

/// What a run of the command line needs from its process besides the arguments and the
/// console: a name for the temporary files it writes beside its outputs, unique to the run.
public struct CommandEnvironment: Sendable {
    /// Names staging files and folders (`.out.assure-new-RUN`); the process id by default.
    public var runIdentifier: String

    public init(runIdentifier: String) { self.runIdentifier = runIdentifier }

    /// This process's: its id.
    public static var current: CommandEnvironment {
        CommandEnvironment(runIdentifier: String(ProcessInfo.processInfo.processIdentifier))
    }
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
    /// The option that was not recognised, for a "did you mean" suggestion.
    var unknownOption: String? = nil
}
