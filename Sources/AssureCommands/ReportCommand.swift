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
        usage: "assure report [--period P] [--area A | --all-areas | --areas A,B,…] [--jobs N] [--format md|text|html|json|csv|docx] [--output FILE|-] [--date YYYY-MM-DD] [--previous FILE] [--rules DIR] [--indicators DIR]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    static let formats: [String: ReportFormat] = ["md": .markdown, "markdown": .markdown, "text": .text, "txt": .text,
                                                  "html": .html, "json": .json, "csv": .csv]

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let options = try PartnershipOptions(&arguments)
        let formatName = try arguments.choice("format", of: ["md", "markdown", "text", "txt", "html", "json", "csv", "docx"], default: "md")
        // `--output -` is standard output, as leaving it out is.
        let output = try arguments.option("output").flatMap { $0 == "-" ? nil : $0 }
        let date = try reportDate(&arguments)
        let previousPath = try PreviousReportOption.option(&arguments)
        let areas = try AreaOptions(&arguments, area: options.area)
        _ = try arguments.positionals(max: 0)
        let format = formats[formatName] ?? .markdown
        if areas.isMany {
            guard format == .json, previousPath == nil else {
                throw UsageError(message: previousPath != nil ? "--previous is for one area's report; leave it out with \(areas.choice == .every ? "--all-areas" : "--areas")"
                                 : "a report of many areas is written as JSON lines: give --format json (assure run --all-areas writes every format)")
            }
            if let output, !options.allowsOutput(output, option: "--output", replacesWhole: false, console) { return .problems }
            guard let partnership = options.load(console) else { return .problems }
            return AllAreasReport.run(options, partnership, areas: areas, output: output, date: date, console, environment)
        }

        if let output, !options.allowsOutput(output, option: "--output", replacesWhole: false, console) { return .problems }
        if formatName == "docx", output == nil {
            // A Word document is binary: it goes to a file, never to the terminal.
            console.error("error: the Word document is a binary file and is not written to standard output\n  help: give --output report.docx\n")
            return .problems
        }
        let previous: PreviousReport?
        switch PreviousReportOption.load(explicit: previousPath, fallback: nil, console) {
        case .failed: return .problems
        case .none: previous = nil
        case .report(let report): previous = report
        }
        guard let partnership = options.load(console) else { return .problems }
        // The report block's `areas` stands for --all-areas or --areas when no area is given.
        let chosen = areas.adopting(partnership.ruleSet.report, area: options.area)
        if chosen.isMany {
            guard format == .json, previousPath == nil else {
                console.error("error: the report block names several areas ('\(partnership.ruleSet.report.areas?.clause ?? "areas")'), and a report in "
                              + (previousPath != nil ? "many areas has no one previous report" : "\(formatName) is one area's") + "\n"
                              + "  help: give --area A for one area's report, or --format json (without --previous) for one JSON line an area\n")
                return .problems
            }
            return AllAreasReport.run(options, partnership, areas: chosen, output: output, date: date, console, environment)
        }
        guard let assessment = options.assess(partnership, console) else { return .problems }
        let plain = ReportDocument(assessment, date: date ?? ReportDate.end(of: assessment.period))
        let document = previous.map { plain.compared(with: $0) } ?? plain
        if formatName == "docx", let output {
            let bytes = DocxReport.render(document)
            do {
                // Written to a temporary file beside it and renamed into place.
                try Data(bytes).write(to: URL(fileURLWithPath: FilePath.resolved(output)), options: .atomic)
            } catch {
                console.error(cannotWrite(output, error))
                return .problems
            }
            return .clean
        }
        return emit(format.render(document), to: output, console, environment)
    }

    /// Writes `text` to standard output, or atomically to `output` when one is given.
    static func emit(_ text: String, to output: String?, _ console: Console, _ environment: CommandEnvironment) -> ExitStatus {
        guard let output else {
            console.out(text)
            return .clean
        }
        do {
            try RulesFiles.writeAtomically(text, to: FilePath.resolved(output), runIdentifier: environment.runIdentifier)
        } catch {
            console.error(cannotWrite(output, error))
            return .problems
        }
        return .clean
    }

    /// "error: cannot write 'FILE': …" with what to check.
    static func cannotWrite(_ output: String, _ error: Error) -> String {
        "error: cannot write '\(output)': \(error.localizedDescription)\n  help: check that the folder exists and can be written\n"
    }

    /// `--date 2024-01-23`: the date the report carries (by default the last day of the period).
    static func reportDate(_ arguments: inout Arguments) throws(UsageError) -> ReportDate? {
        guard let text = try arguments.option("date") else { return nil }
        guard let date = ReportDate(code: text) else {
            throw UsageError(message: "--date must be a date written as year-month-day, such as 2024-01-23, not '\(text)'")
        }
        return date
    }
}
