import AssureData
import AssureEngine
import AssureReport
import Foundation

/// `assure report`: the "How are we doing?" report in one format, to standard output or a file
/// (written atomically).
enum ReportCommand {
    static let command = Dispatcher.Command(
        name: "report",
        summary: "write the \"How are we doing?\" report in one format",
        usage: "assure report [--period P] [--area A] [--format md|text|html|json|csv] [--output FILE|-] [--rules DIR] [--indicators DIR]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    static let formats: [String: ReportFormat] = ["md": .markdown, "markdown": .markdown, "text": .text, "txt": .text,
                                                  "html": .html, "json": .json, "csv": .csv]

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let options = try PartnershipOptions(&arguments)
        let formatName = try arguments.choice("format", of: ["md", "markdown", "text", "txt", "html", "json", "csv"], default: "md")
        // `--output -` is standard output, as leaving it out is.
        let output = try arguments.option("output").flatMap { $0 == "-" ? nil : $0 }
        _ = try arguments.positionals(max: 0)
        let format = formats[formatName] ?? .markdown

        if let output, !options.allowsOutput(output, option: "--output", replacesWhole: false, console) { return .problems }
        guard let partnership = options.load(console), let assessment = options.assess(partnership, console) else {
            return .problems
        }
        let text = format.render(ReportDocument(assessment, date: ReportDate.end(of: assessment.period)))
        guard let output else {
            console.out(text)
            return .clean
        }
        do {
            try RulesFiles.writeAtomically(text, to: FilePath.resolved(output), runIdentifier: environment.runIdentifier)
        } catch {
            console.error("error: cannot write '\(output)': \(error.localizedDescription)\n  help: check that the folder exists and can be written\n")
            return .problems
        }
        return .clean
    }
}
