import AssureData
import AssureEngine
import AssureLanguage

/// `assure check`: parses and checks every rules file against the indicator data, checks the
/// data itself, and prints every problem. Exit 0 when clean (warnings allowed), 1 on any error.
enum CheckCommand {
    static let command = Dispatcher.Command(
        name: "check",
        summary: "check the rules files and print every problem",
        usage: "assure check [--rules DIR | FILE…] [--indicators DIR] [--format text|json]",
        run: { arguments, console, _ throws(UsageError) in try run(&arguments, console) })

    static func run(_ arguments: inout Arguments, _ console: Console) throws(UsageError) -> ExitStatus {
        let rulesOption = try arguments.option("rules")
        let indicatorsFolder = try arguments.option("indicators") ?? "Indicators"
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        let files = try arguments.positionals(max: Int.max)
        if rulesOption != nil, !files.isEmpty { throw UsageError(message: "give either --rules or files, not both") }
        let folder = rulesOption ?? "Rules"

        // Rules and data together: the rules are checked against the indicators in the data.
        let load = files.isEmpty ? PartnershipLoader.load(rules: folder, indicators: indicatorsFolder)
                                 : PartnershipLoader.load(rulesFiles: files, indicators: indicatorsFolder)
        let result = load.checked
        let diagnostics = load.diagnostics

        if format == "json" {
            console.out(DiagnosticJSON.render(diagnostics, schema: schema))
        } else {
            let sources = CombinedSources(rules: InMemorySources(load.ruleTexts), data: DiagnosticSourceLines(for: diagnostics))
            let renderer = DiagnosticRenderer(useColour: console.colourOnStandardError)
            console.error(renderer.render(diagnostics, sources: sources))
            console.out(summary(result, files: load.ruleTexts.count, diagnostics: diagnostics) + "\n")
        }
        if !diagnostics.hasErrors, result.ruleSet.measures.isEmpty {
            // Nothing could be reported: an error, whether or not the checker says so itself.
            let place = files.isEmpty ? "the rules in '\(folder)'" : "the rules files given"
            console.error("error: \(place) declare no measure, so there is nothing to report\n"
                          + "  help: write at least one 'measure NAME { … }' in a .assure file there (see docs/language.md)\n")
            return .problems
        }
        return diagnostics.hasErrors ? .problems : .clean
    }

    /// The version of `--format json`'s layout (docs/check-json.md), written in the output.
    static let schema = "assure-check/1"

    /// "Checked 7 rules files: 31 measures, 3 outcome statements; no errors, 1 warning."
    static func summary(_ result: RulesCheckResult, files: Int, diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        func count(_ number: Int, _ noun: String) -> String { "\(number == 0 ? "no" : String(number)) \(noun)\(number == 1 ? "" : "s")" }
        return "Checked \(count(files, "rules file")): \(count(result.ruleSet.measures.count, "measure")), "
            + "\(count(result.ruleSet.outcomes.count, "outcome statement")); \(count(errors, "error")), \(count(warnings, "warning"))."
    }
}
