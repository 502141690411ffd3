import AssureData
import AssureReport
import Foundation

/// `assure overview DIR…`: the overview of areas judged in separate runs (one `assure run
/// --area X --out DIR` per area, on a batch system's array job, say), merged from each
/// folder's report.json — the same overview `assure run --all-areas` writes, into `--out`.
enum OverviewCommand {
    static let command = Dispatcher.Command(
        name: "overview",
        summary: "merge the reports of separate runs, one an area, into the overview of every area",
        usage: "assure overview DIR… [--out DIR] [--previous FILE]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let out = try arguments.option("out") ?? "."
        let previousPath = try arguments.option("previous")
        let folders = try arguments.positionals(max: Int.max)
        guard !folders.isEmpty else {
            throw UsageError(message: "give the folders of the areas' reports (each holding the report.json of one 'assure run --area')")
        }
        var areas: [AreaVerdicts] = []
        var seen: Set<String> = []
        for folder in folders {
            let path = FilePath.joined(FilePath.resolved(folder), ReportFormat.json.fileName)
            let verdicts: AreaVerdicts
            switch RegularFile.read(path, for: .rules) {
            case .failure(let refusal):
                console.error("error: cannot read the report of '\(folder)': \(refusal.message)\n"
                              + "  help: give folders that 'assure run --area A --out FOLDER' wrote\n")
                return .problems
            case .success(let bytes):
                do throws(AreaVerdicts.Problem) {
                    verdicts = try AreaVerdicts.parse(Data(bytes), fallbackArea: FilePath.name(of: FilePath.resolved(folder)))
                } catch {
                    console.error("error: cannot use '\(path)': it \(error.message)\n"
                                  + "  help: give folders that 'assure run --area A --out FOLDER' wrote\n")
                    return .problems
                }
            }
            guard seen.insert(verdicts.area).inserted else {
                console.error("error: two folders hold reports of area '\(verdicts.area)' (the second is '\(folder)')\n"
                              + "  help: give each area's folder once\n")
                return .problems
            }
            areas.append(verdicts)
        }
        // In the areas' order, as `assure run --all-areas` writes them.
        areas.sort { $0.area < $1.area }
        let previousFile = previousPath ?? FilePath.joined(FilePath.resolved(out), OverviewFormat.json.fileName)
        var previous: PreviousOverview?
        if previousPath != nil || FileManager.default.fileExists(atPath: previousFile) {
            switch RegularFile.read(FilePath.resolved(previousFile), for: .rules).map({ bytes in Result { () throws(PreviousOverview.Problem) in try PreviousOverview.parse(Data(bytes)) } }) {
            case .success(.success(let overview)):
                previous = overview
            case .success(.failure(let problem)) where previousPath == nil:
                console.error("warning: the previous overview '\(previousFile)' is ignored: it \(problem.message)\n")
            case .failure(let refusal) where previousPath == nil:
                console.error("warning: the previous overview '\(previousFile)' is ignored: \(refusal.message)\n")
            case .success(.failure(let problem)):
                console.error("error: cannot use '\(previousFile)' as the previous overview: it \(problem.message)\n")
                return .problems
            case .failure(let refusal):
                console.error("error: cannot use '\(previousFile)' as the previous overview: \(refusal.message)\n")
                return .problems
            }
        }
        let overview = Overview(areas, previous: previous)
        let target = FilePath.resolved(out)
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            for format in OverviewFormat.allCases {
                try RulesFiles.writeAtomically(format.render(overview), to: FilePath.joined(target, format.fileName),
                                               runIdentifier: environment.runIdentifier)
            }
        } catch {
            console.error("error: cannot write the overview in '\(out)': \(error.localizedDescription)\n  help: check that the folder can be written\n")
            return .problems
        }
        console.error(AllAreasRun.summary(overview, folder: out)
            .replacingOccurrences(of: "a folder of reports for each area, ", with: ""))
        return .clean
    }
}
