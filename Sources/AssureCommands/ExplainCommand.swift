import AssureLanguage
import AssureEngine
import AssureReport

/// `assure explain MEASURE`: why a measure got its verdict, for a person — the series used,
/// how it was aggregated, the comparison, each condition and the verdict.
enum ExplainCommand {
    static let command = Dispatcher.Command(
        name: "explain",
        summary: "show why a measure is flagged: its figures, comparison, rules and verdict",
        usage: "assure explain MEASURE [--period P] [--area A] [--format text|json] [--rules DIR] [--indicators DIR]",
        run: { arguments, console, _ throws(UsageError) in try run(&arguments, console) })

    static func run(_ arguments: inout Arguments, _ console: Console) throws(UsageError) -> ExitStatus {
        let options = try PartnershipOptions(&arguments)
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        let positionals = try arguments.positionals(max: 1)
        guard let name = positionals.first else { throw UsageError(message: "name the measure to explain") }

        guard let partnership = options.load(console) else { return .problems }
        guard let measure = partnership.ruleSet.measures.first(where: { $0.name == name }) else {
            let names = partnership.ruleSet.measures.map(\.name)
            let suggestion = Suggestions.closest(to: name, among: names)
            var message = "error: there is no measure '\(name)'\n"
            if let suggestion {
                message += "  help: did you mean '\(suggestion)'?\n"
            } else {
                message += "  help: the measures are: \(names.joined(separator: ", "))\n"
            }
            console.error(message)
            return .problems
        }
        guard let assessment = options.assess(partnership, console) else { return .problems }
        let finding = MeasureEvaluator(indicators: partnership.ruleSet.indicators, data: partnership.data)
            .evaluate(measure, asOf: assessment.period, area: assessment.area)
        console.out(format == "json" ? ExplanationJSON.render(finding, asOf: assessment.period)
                                     : Explanation.text(finding, asOf: assessment.period))
        return .clean
    }
}
