/// Finds the command named by the first argument and runs it.
enum Dispatcher {
    /// One subcommand: its name, a line of help, its usage, and how to run it.
    struct Command: Sendable {
        let name: String
        let summary: String
        let usage: String
        let run: @Sendable (inout Arguments, Console) throws(UsageError) -> ExitStatus
    }

    static let commands: [Command] = [
        CheckCommand.command,
        FmtCommand.command,
        IndicatorsCommand.command,
        ExplainCommand.command,
        ReportCommand.command,
        RunCommand.command,
        SPCCommand.command,
    ]

    static func run(_ arguments: [String], console: Console) -> ExitStatus {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            console.out(overview)
            return arguments.isEmpty ? .usage : .clean
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            console.error("error: unknown command '\(name)'\n\n" + overview)
            return .usage
        }
        var rest = Arguments(Array(arguments.dropFirst()))
        if rest.flag("help") {
            console.out("usage: \(command.usage)\n")
            return .clean
        }
        do {
            return try command.run(&rest, console)
        } catch {
            console.error("error: \(error.message)\nusage: \(command.usage)\n")
            return .usage
        }
    }

    static var overview: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
        usage: assure <command> [options]

        Commands:
        \(lines.joined(separator: "\n"))

        Run 'assure <command> --help' for a command's options.
        Exit status: 0 clean, 1 problems in the rules or data, 2 bad usage.

        """
    }
}
