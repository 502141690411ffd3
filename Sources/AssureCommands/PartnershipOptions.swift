import AssureData
import AssureEngine
import AssureLanguage

/// The options every evaluating command shares — `--rules DIR`, `--indicators DIR`,
/// `--period P`, `--area A` — and the one way they load, report problems and evaluate.
struct PartnershipOptions {
    let rules: String
    let indicators: String
    let period: Period?
    let area: String?

    init(_ arguments: inout Arguments) throws(UsageError) {
        rules = try arguments.option("rules") ?? "Rules"
        indicators = try arguments.option("indicators") ?? "Indicators"
        area = try arguments.option("area")
        if let text = try arguments.option("period") {
            do {
                period = try Period.parse(text)
            } catch {
                throw UsageError(message: "--period: \(error.message); \(error.help)")
            }
        } else {
            period = nil
        }
    }

    /// Loads the partnership, printing every diagnostic on standard error; nil when there
    /// were errors.
    func load(_ console: Console) -> Partnership? {
        let load = PartnershipLoader.load(rules: rules, indicators: indicators)
        report(load.diagnostics, ruleTexts: load.ruleTexts, console)
        return load.partnership
    }

    /// Evaluates every measure as of `--period` (default: the latest complete period).
    func assess(_ partnership: Partnership, _ console: Console) -> Assessment? {
        guard let assessment = Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: period, area: area) else {
            console.error("error: the indicator data has no figures, so there is no period to report on\n"
                          + "  help: put the month's extracts in \(indicators)/, or give --period\n")
            return nil
        }
        return assessment
    }

    func report(_ diagnostics: [Diagnostic], ruleTexts: [String: String], _ console: Console) {
        guard !diagnostics.isEmpty else { return }
        let sources = CombinedSources(rules: InMemorySources(ruleTexts), data: DiagnosticSourceLines(for: diagnostics))
        console.error(DiagnosticRenderer(useColour: console.colourOnStandardError).render(diagnostics, sources: sources))
    }
}

/// Source lines from the rules texts in memory, else from the data files on disk.
struct CombinedSources: SourceLineProvider {
    let rules: InMemorySources
    let data: DiagnosticSourceLines

    func line(_ number: Int, of file: String) -> String? {
        rules.line(number, of: file) ?? data.line(number, of: file)
    }
}
