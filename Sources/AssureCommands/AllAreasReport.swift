import AssureData
import AssureEngine
import AssureReport

/// `assure report --all-areas --format json` (or `--areas A,B`): each area's report.json on
/// one line (JSON lines), in the areas' order, to standard output or a file, for tools.
enum AllAreasReport {
    /// Judges the areas of `partnership` (loaded, with `output` already found writable) and
    /// writes their JSON lines.
    static func run(_ options: PartnershipOptions, _ partnership: Partnership, areas: AreaOptions, output: String?, date: ReportDate?,
                    _ console: Console, _ environment: CommandEnvironment) -> ExitStatus {
        guard let codes = areas.areas(in: partnership.data, indicators: options.indicators, console) else {
            return .problems
        }
        let progress = ProgressMeter(console, total: codes.count, noun: "areas")
        let results = ParallelWork.map(codes.count, jobs: areas.jobs) { index -> (AreaJudgement.Status, String?) in
            defer { progress.advance() }
            let result = AreaJudgement.judge(partnership, area: codes[index], period: options.period)
            guard let assessment = result.assessment else { return (result.status, nil) }
            return (result.status, JSONLines.line(ReportDocument(assessment, date: date ?? ReportDate.end(of: assessment.period))))
        }
        progress.finish()
        guard AreaJudgement.anyJudged(results.map { $0.0 }) else {
            let problem = AreaJudgement.firstProblem(results.map { $0.0 })
            console.error(problem.map { options.message(for: $0, report: partnership.ruleSet.report) } ?? "error: nothing could be judged in any area\n")
            return .problems
        }
        if let warning = AreaJudgement.warning(results.map { $0.0 }, areas: codes) { console.error(warning) }
        return ReportCommand.emit(results.compactMap { $0.1 }.joined(), to: output, console, environment)
    }
}
