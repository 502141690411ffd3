import AssureData

/// `assure indicators`: loads the indicator extracts and prints the catalogue (each indicator
/// with its frequency, areas, first and last period, counts and gaps), or the diagnostics
/// and exit status 1 when the data has errors.
enum IndicatorsCommand {
    static let command = Dispatcher.Command(
        name: "indicators",
        summary: "list the indicator data: frequency, areas, coverage, missing values and statistical symbols, gaps",
        usage: "assure indicators [--indicators DIR] [--format text|json]",
        run: { arguments, console, _ throws(UsageError) in try run(&arguments, console) })

    static func run(_ arguments: inout Arguments, _ console: Console) throws(UsageError) -> ExitStatus {
        let directory = try arguments.option("indicators") ?? "Indicators"
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        _ = try arguments.positionals(max: 0)

        let result = IndicatorLoader.load(directory: directory)
        if !result.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(useColour: console.colourOnStandardError)
            console.error(renderer.render(result.diagnostics, sources: DiagnosticSourceLines(for: result.diagnostics)))
        }
        guard let data = result.data else { return .problems }
        let catalogue = IndicatorCatalogue(data)
        console.out(format == "json" ? catalogue.renderJSON() : catalogue.renderText())
        return .clean
    }
}
