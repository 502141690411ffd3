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
    /// were errors, or when the rules declare no measure (nothing could be reported).
    func load(_ console: Console) -> Partnership? {
        let load = PartnershipLoader.load(rules: rules, indicators: indicators)
        report(load.diagnostics, ruleTexts: load.ruleTexts, console)
        guard let partnership = load.partnership else { return nil }
        guard !partnership.ruleSet.measures.isEmpty else {
            console.error(noMeasures)
            return nil
        }
        return partnership
    }

    private var noMeasures: String {
        "error: the rules in '\(rules)' declare no measure, so there is nothing to report\n"
            + "  help: write at least one 'measure NAME { … }' in a .assure file there (see docs/language.md), "
            + "or give --rules the folder that holds the partnership's rules\n"
    }

    /// Evaluates every measure as of `--period` (default: the latest period of the report's
    /// type that the measures' data covers) for `--area`; nil, with the reason on standard
    /// error, when nothing could be judged.
    func assess(_ partnership: Partnership, _ console: Console) -> Assessment? {
        if area == nil, partnership.ruleSet.report.area == nil, let areas = severalAreasUnjudged(partnership) {
            console.error("error: the indicator data holds \(areas.count) areas and the measures have no figures without one: "
                          + "\(AreaOptions.listing(Array(areas.prefix(20)), partnership.data))\(areas.count > 20 ? ", …" : "")\n"
                          + "  help: give --area A for one of them (by code or name), or --all-areas for every one "
                          + "(assure run writes a folder for each; assure report --format json a line for each)\n")
            return nil
        }
        do {
            // An area may be given by its name in a published file (Salford for E08000006): the
            // engine finds its figures by its code and the report keeps the name as given.
            return try Assessment.assess(partnership.plan, data: partnership.data, period: period, area: area)
        } catch {
            console.error(message(for: error, report: partnership.ruleSet.report))
            return nil
        }
    }

    func message(for problem: AssessmentProblem, report: ReportSettings) -> String {
        switch problem {
        case .noMeasures:
            return noMeasures
        case .noFigures:
            let place = area.map { " for area '\($0)'" } ?? ""
            return "error: the indicator data has no figures\(place) for the indicators the measures use, so there is no period to report on\n"
                + "  help: put the extracts of those indicators in \(indicators)/ (assure indicators lists what is there)\n"
        case .nothingJudged(let asked, let first, let last):
            let range = first == last ? first.code : "\(first.code) to \(last.code)"
            let when = asked > last ? "after the data ends" : asked < first ? "before the data begins" : "in a gap in the data"
            return "error: no measure has a figure for \(asked.code), \(when): the measures' data covers \(range)\n"
                + "  help: give --period a period from \(range), or leave it out for the latest (\(last.code)); "
                + "or add the figures for \(asked.code) to \(indicators)/\n"
        case .unknownArea(let asked, let areas):
            let own = report.area.flatMap { areas.contains($0) ? nil : " or the report's own area '\($0)'" } ?? ""
            guard !areas.isEmpty else {
                return "error: the indicator data has no areas (no file has an area column), so there is no area '\(asked)'\n"
                    + "  help: leave out --area: the figures are the one partnership's\n"
            }
            return "error: the indicator data has no area '\(asked)'; its areas are: \(areas.joined(separator: ", "))\n"
                + "  help: give --area one of those\(own), or leave out --area\n"
        }
    }

    /// The areas of data that holds several, when no area was asked for and no measure has a
    /// figure without one (the measures' figures are all some area's); nil otherwise.
    private func severalAreasUnjudged(_ partnership: Partnership) -> [String]? {
        let areas = partnership.data.areas
        guard areas.count > 1 else { return nil }
        let whole = Assessment.evaluate(partnership.plan, data: partnership.data, period: nil, area: nil)
        guard !(whole?.measures.contains { $0.current.value != nil } ?? false) else { return nil }
        return areas
    }

    /// Refuses an output path (`option`'s value `path`) that is, or is inside, the rules or
    /// indicators folder, or (`mayHoldInputs` false: a folder the batch replaces whole) that
    /// holds either: writing it would overwrite the partnership's own rules or data. Paths are
    /// compared after resolving `..` and symbolic links. Prints the error; false when refused.
    func allowsOutput(_ path: String, option: String, replacesWhole: Bool, _ console: Console) -> Bool {
        let output = FilePath.resolved(path)
        for (folder, kind) in [(rules, "rules"), (indicators, "indicators")] {
            let input = FilePath.resolved(folder)
            if FilePath.isInside(output, input) {
                let place = output == input ? "is the \(kind) folder '\(folder)'" : "is inside the \(kind) folder '\(folder)'"
                console.error("error: \(option) '\(path)' \(place); writing there would overwrite the partnership's \(kind == "rules" ? "rules" : "data")\n"
                              + "  help: write the report outside '\(rules)' and '\(indicators)', e.g. \(option) \(replacesWhole ? "out" : "report.md")\n")
                return false
            }
            if replacesWhole, FilePath.isInside(input, output) {
                console.error("error: \(option) '\(path)' holds the \(kind) folder '\(folder)', and assure run replaces its output folder whole\n"
                              + "  help: give a folder of its own for the reports, e.g. \(option) out\n")
                return false
            }
        }
        return true
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
