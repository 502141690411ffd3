import AssureData
import AssureEngine
import AssureReport
import Foundation

/// `assure run`: the monthly batch — every format of the report into an output folder, all or
/// nothing, and a short summary on standard error.
enum RunCommand {
    static let command = Dispatcher.Command(
        name: "run",
        summary: "the monthly batch: every format of the report into a folder, atomically",
        usage: "assure run [--period P] [--area A | --all-areas | --areas A,B,…] [--jobs N] [--out DIR] [--formats md,text,html,json,csv,docx] [--date YYYY-MM-DD] [--previous FILE] [--rules DIR] [--indicators DIR]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let options = try PartnershipOptions(&arguments)
        let folder = try arguments.option("out") ?? "out"
        let date = try ReportCommand.reportDate(&arguments)
        let previousPath = try PreviousReportOption.option(&arguments)
        let areas = try AreaOptions(&arguments, area: options.area)
        let formats = try RunFormats(&arguments)
        _ = try arguments.positionals(max: 0)
        guard options.allowsOutput(folder, option: "--out", replacesWhole: true, console), let partnership = options.load(console) else {
            return .problems
        }
        // The report block's `areas` stands for --all-areas or --areas when no area is given.
        let chosen = areas.adopting(partnership.ruleSet.report, area: options.area)
        if chosen.isMany {
            return AllAreasRun.run(.init(options: options, areas: chosen, folder: folder, date: date, previous: previousPath, formats: formats),
                                   partnership, console, environment)
        }
        guard let assessment = options.assess(partnership, console) else { return .problems }
        // The previous run's report.json, read before the folder is replaced.
        let fallback = (folder.hasSuffix("/") ? folder : folder + "/") + "report.json"
        var document = ReportDocument(assessment, date: date ?? ReportDate.end(of: assessment.period))
        switch PreviousReportOption.load(explicit: previousPath, fallback: fallback, console) {
        case .failed: return .problems
        case .none: break
        case .report(let previous): document = document.compared(with: previous)
        }
        let written: [String]
        do {
            // The batch is given the resolved path: relative one-character paths (`.`) are
            // beyond the path methods it uses.
            written = try ReportBatch(runIdentifier: environment.runIdentifier).write(ReportBatch.files(document, named: formats.fileNames),
                                                                                     to: FilePath.resolved(folder))
        } catch {
            console.error("error: \(error.message)\n")
            return .problems
        }
        console.error(summary(assessment, dataProblems: document.dataQuality.count, folder: folder, files: written))
        return .clean
    }

    /// "2023/24: 24 measures — 9 doing well, 3 for further exploration, 12 to note (4 could
    /// not be judged); 2 data problems. Written to out/: report.md, …".
    static func summary(_ assessment: Assessment, dataProblems: Int, folder: String, files: [String]) -> String {
        let verdicts = assessment.measures.map(\.verdict)
        let well = verdicts.filter { $0 == .doingWell }.count
        let explore = verdicts.filter { $0 == .furtherExploration }.count
        let note = verdicts.count - well - explore
        let unjudged = verdicts.filter { !$0.wasJudged }.count
        let names = files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        return "\(assessment.period.name): \(verdicts.count) measures — \(well) doing well, \(explore) for further exploration, "
            + "\(note) to note (\(unjudged) could not be judged); "
            + "\(dataProblems) data \(dataProblems == 1 ? "problem" : "problems") (figures missing, late or given as symbols; see the report's Appendix B: Data quality).\n"
            + "Written to \(folder.hasSuffix("/") ? folder : folder + "/"): \(names.joined(separator: ", ")).\n"
    }
}
