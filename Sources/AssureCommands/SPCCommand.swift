import AssureAnalysis
import AssureData
import AssureReport
import Foundation

/// `assure spc FILE`: the XmR chart of one `period,value` series (`-` reads standard input),
/// as a text table with the verdict in words, or as JSON or CSV for other tools. With `--all`,
/// every series of a long or wide indicator file, one chart after another (`SPCEverySeries`).
enum SPCCommand {
    static let command = Dispatcher.Command(
        name: "spc",
        summary: "chart one period,value series (or with --all every series of a file) by statistical process control (Making Data Count rules)",
        usage: "assure spc FILE|- [--all] [--improvement increase|decrease|neutral] [--target X] [--rebase P[,P…]] [--fix-after N] [--no-screening] [--format text|json|csv]",
        run: { arguments, console, _ throws(UsageError) in try run(&arguments, console) })

    static func run(_ arguments: inout Arguments, _ console: Console) throws(UsageError) -> ExitStatus {
        let improvement = try arguments.choice("improvement", of: ImprovementDirection.allCases.map(\.rawValue), default: "increase")
        let format = try arguments.choice("format", of: ["text", "json", "csv"], default: "text")
        let request = SPCChartRequest(
            improvement: ImprovementDirection(rawValue: improvement) ?? .increase,
            target: try number(arguments.option("target"), option: "target"),
            fixAfterPoints: try fixAfter(arguments.option("fix-after")),
            rebase: try arguments.option("rebase").map(periods) ?? [],
            screensMovingRanges: !arguments.flag("no-screening"))
        let every = arguments.flag("all")
        guard let file = try arguments.positionals(max: 1).first else {
            throw UsageError(message: "name the CSV file to chart, or '-' for standard input")
        }
        if every {
            let read = file == "-"
                ? SPCSeriesReader.readAll(bytes: console.readStandardInput())
                : SPCSeriesReader.readAll(path: file)
            return SPCEverySeries.chart(read, request: request, format: format, console)
        }

        let read = file == "-"
            ? SPCSeriesReader.read(bytes: console.readStandardInput())
            : SPCSeriesReader.read(path: file)
        let renderer = DiagnosticRenderer(useColour: console.colourOnStandardError)
        if !read.diagnostics.isEmpty {
            console.error(renderer.render(read.diagnostics, sources: read.sourceLines))
        }
        guard let series = read.series else { return .problems }

        let chart: SPCChart
        do {
            chart = try SPCChart.draw(series, request: request)
        } catch {
            console.error(renderer.render([error.diagnostic], sources: read.sourceLines))
            return .problems
        }
        switch format {
        case "json": console.out(chart.renderJSON())
        case "csv": console.out(chart.renderCSV())
        default: console.out(chart.renderText())
        }
        if format != "text" {
            // The text output carries these itself; JSON and CSV stay pure data.
            for warning in chart.warnings { console.error("warning: \(warning)\n") }
        }
        return .clean
    }

    private static func number(_ text: String?, option: String) throws(UsageError) -> Double? {
        guard let text else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw UsageError(message: "--\(option) must be a number, not '\(text)'")
        }
        return value
    }

    private static func fixAfter(_ text: String?) throws(UsageError) -> Int? {
        guard let text else { return nil }
        guard let points = Int(text), points >= SPCOptions.smallestFixedBaseline else {
            throw UsageError(message: "--fix-after must be a whole number of points, at least \(SPCOptions.smallestFixedBaseline), not '\(text)'")
        }
        return points
    }

    private static func periods(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
