import AssureLanguage

/// Finds the command named by the first argument and runs it.
enum Dispatcher {
    /// The version `assure --version` prints.
    static let version = "0.1.0"

    /// One subcommand: its name, a line of help, its usage, and how to run it.
    struct Command: Sendable {
        let name: String
        let summary: String
        let usage: String
        let run: @Sendable (inout Arguments, Console, CommandEnvironment) throws(UsageError) -> ExitStatus
    }

    static let commands: [Command] = [
        CheckCommand.command,
        FmtCommand.command,
        IndicatorsCommand.command,
        ExplainCommand.command,
        ReportCommand.command,
        RunCommand.command,
        OverviewCommand.command,
        SPCCommand.command,
        TestCommand.command,
    ]

    static func run(_ arguments: [String], console: Console, environment: CommandEnvironment) -> ExitStatus {
        guard let name = arguments.first else {
            console.error(overview)
            return .usage
        }
        if name == "help" || name == "--help" || name == "-h" {
            return help(Array(arguments.dropFirst()), console: console)
        }
        if name == "--version" || name == "version" {
            console.out("assure \(version)\n")
            return .clean
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            console.error("error: unknown command '\(name)'\n" + didYouMean(Suggestions.closest(to: name, among: commands.map(\.name)))
                          + "\n" + overview)
            return .usage
        }
        var rest = Arguments(Array(arguments.dropFirst()))
        if rest.flag(spelled: ["--help", "-h"]) {
            console.out(CommandHelp.text(of: command))
            return .clean
        }
        do {
            return try command.run(&rest, console, environment)
        } catch {
            let suggestion = error.unknownOption.flatMap { CommandHelp.suggestion(forOption: $0, of: command.name) }
            console.error("error: \(error.message)\n" + didYouMean(suggestion) + "usage: \(command.usage)\n"
                          + "Run 'assure \(command.name) --help' for every option.\n")
            return .usage
        }
    }

    /// `assure help` (the overview) and `assure help CMD` (the command's usage).
    private static func help(_ arguments: [String], console: Console) -> ExitStatus {
        guard let name = arguments.first else {
            console.out(overview)
            return .clean
        }
        guard arguments.count == 1, let command = commands.first(where: { $0.name == name }) else {
            let what = arguments.count == 1 ? "there is no command '\(name)'" : "help takes one command name"
            console.error("error: \(what)\n\n" + overview)
            return .usage
        }
        console.out(CommandHelp.text(of: command))
        return .clean
    }

    /// `  help: did you mean 'report'?` and a line end, or nothing.
    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "  help: did you mean '\($0)'?\n" } ?? ""
    }

    static var overview: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
        usage: assure <command> [options]

        Commands:
        \(lines.joined(separator: "\n"))

        Run 'assure help <command>' or 'assure <command> --help' for a command's options;
        'assure --version' for the version.
        Exit status: 0 clean, 1 problems in the rules or data, 2 bad usage.

        """
    }
}
