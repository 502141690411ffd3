import AssureData
import AssureEngine
import AssureReport
import Foundation

/// `assure run --all-areas` (or `--areas A,B`): the data loaded once, every area judged (on
/// the available cores), one folder of reports per area (`out/E08000006/report.md`, …) and
/// the overview (`out/overview.csv`, `.json`, `.md`), all swapped into place in one step as a
/// single run's output is. The previous run's overview.json in the output folder (or
/// `--previous FILE`) says which areas' verdicts changed; each area's own report.json beside
/// it gives that area's report its appendix of what changed.
enum AllAreasRun {
    /// What the run was asked: everything but the partnership.
    struct Request {
        let options: PartnershipOptions
        let areas: AreaOptions
        let folder: String
        let date: ReportDate?
        let previous: String?
        /// The report's files each area gets.
        let formats: RunFormats
    }

    /// Judges the areas of `partnership` (loaded, with the output folder already found
    /// writable) and writes their reports.
    static func run(_ request: Request, _ partnership: Partnership, _ console: Console, _ environment: CommandEnvironment) -> ExitStatus {
        let options = request.options
        guard let codes = request.areas.areas(in: partnership.data, indicators: options.indicators, console) else {
            return .problems
        }
        let folders = codes.map(AreaOptions.folderName)
        if Set(folders).count != folders.count {
            console.error("error: two areas would share a folder in '\(request.folder)' (their names differ only in characters a folder name cannot hold)\n"
                          + "  help: give those areas codes of letters and digits in the data\n")
            return .problems
        }
        // The previous overview, read before the folder is replaced; each area's previous
        // report.json is beside it.
        let previousPath = request.previous ?? FilePath.joined(FilePath.resolved(request.folder), OverviewFormat.json.fileName)
        let previousOverview: PreviousOverview?
        switch readPrevious(request.previous, fallback: previousPath, console) {
        case .failure: return .problems
        case .success(let overview): previousOverview = overview
        }
        let previousFolder = FilePath.parent(of: FilePath.resolved(previousPath))

        let batch = LocalBatch(ReportBatch(runIdentifier: environment.runIdentifier))
        let names = folders.flatMap { folder in request.formats.fileNames.map { folder + "/" + $0 } }
            + OverviewFormat.allCases.map(\.fileName)
        let staging: ReportStaging
        do {
            staging = try batch.batch.stage(request.folder, writing: names)
        } catch {
            console.error("error: \(error.message)\n")
            return .problems
        }
        let failure = FirstFailure()
        let progress = ProgressMeter(console, total: codes.count, noun: "areas")
        let results = ParallelWork.map(codes.count, jobs: request.areas.jobs) { index -> (AreaJudgement.Status, AreaVerdicts?) in
            let code = codes[index]
            let result = AreaJudgement.judge(partnership, area: code, period: options.period)
            defer { progress.advance() }
            guard let assessment = result.assessment, !failure.happened else { return (result.status, nil) }
            var document = ReportDocument(assessment, date: request.date ?? ReportDate.end(of: assessment.period))
            let earlier = FilePath.joined(FilePath.joined(previousFolder, folders[index]), ReportFormat.json.fileName)
            if case .report(let previous) = PreviousReportOption.load(explicit: nil, fallback: earlier, console) {
                document = document.compared(with: previous)
            }
            for file in ReportBatch.files(document, named: request.formats.fileNames) {
                do throws(ReportBatchError) {
                    try batch.batch.write(file.bytes, named: folders[index] + "/" + file.name, in: staging)
                } catch {
                    failure.record(error)
                    return (result.status, nil)
                }
            }
            let details = partnership.data.areaDetails[code]
            return (result.status, AreaVerdicts(document, area: code, name: details?.name, level: details?.level.rawValue))
        }
        progress.finish()
        if let error = failure.first {
            batch.batch.discard(staging)
            console.error("error: \(error.message)\n")
            return .problems
        }
        let verdicts = results.compactMap { $0.1 }
        guard !verdicts.isEmpty, AreaJudgement.anyJudged(results.map { $0.0 }) else {
            batch.batch.discard(staging)
            let problem = AreaJudgement.firstProblem(results.map { $0.0 })
            console.error(problem.map { options.message(for: $0, report: partnership.ruleSet.report) }
                          ?? "error: nothing could be judged in any area\n")
            return .problems
        }
        // An area with no report leaves no folder.
        for (result, folder) in zip(results, folders) where { if case .none = result.0 { return true } else { return false } }() {
            try? batch.batch.fileSystem.remove(FilePath.joined(staging.path, folder))
        }
        let overview = Overview(verdicts, previous: previousOverview)
        do throws(ReportBatchError) {
            for format in OverviewFormat.allCases {
                try batch.batch.write(Array(format.render(overview).utf8), named: format.fileName, in: staging)
            }
            try batch.batch.commit(staging)
        } catch {
            console.error("error: \(error.message)\n")
            return .problems
        }
        if let warning = AreaJudgement.warning(results.map { $0.0 }, areas: codes) { console.error(warning) }
        console.error(summary(overview, folder: request.folder))
        return .clean
    }

    /// "153 areas, 200 measures each: 9,120 doing well, …; verdicts changed in 4 areas since
    /// the previous run. Written to out/: a folder of reports for each area, overview.csv, …".
    static func summary(_ overview: Overview, folder: String) -> String {
        let cells = overview.rows.flatMap { $0.cells.compactMap { $0 } }
        let well = cells.filter { $0.measure.classification == "doing_well" }.count
        let explore = cells.filter { $0.measure.classification == "further_exploration" }.count
        let unjudged = cells.filter { !$0.measure.judged }.count
        let areas = overview.rows.count
        let changed = overview.previousDate.map { _ in
            let count = overview.changedRows.count
            return "; verdicts changed in \(count) \(count == 1 ? "area" : "areas") since the previous run"
        } ?? ""
        return "\(areas) \(areas == 1 ? "area" : "areas"), \(overview.columns.count) measures: \(well) doing well, "
            + "\(explore) for further exploration, \(cells.count - well - explore) to note (\(unjudged) could not be judged)\(changed). "
            + "Written to \(folder.hasSuffix("/") ? folder : folder + "/"): a folder of reports for each area, "
            + OverviewFormat.allCases.map(\.fileName).joined(separator: ", ") + ".\n"
    }

    /// The previous overview: `explicit` must be read; `fallback` is read when it is there
    /// (a warning when it cannot be). Failure means an error was printed.
    private static func readPrevious(_ explicit: String?, fallback: String, _ console: Console) -> Result<PreviousOverview?, PreviousOverviewUnusable> {
        let path = explicit ?? fallback
        guard explicit != nil || FileManager.default.fileExists(atPath: path) else { return .success(nil) }
        let problem: String
        switch RegularFile.read(FilePath.resolved(path), for: .rules) {
        case .failure(let refusal):
            problem = refusal.message
        case .success(let bytes):
            do throws(PreviousOverview.Problem) {
                return .success(try PreviousOverview.parse(Data(bytes)))
            } catch {
                problem = "it \(error.message)"
            }
        }
        if explicit != nil {
            console.error("error: cannot use '\(path)' as the previous overview: \(problem)\n"
                          + "  help: give the overview.json that an earlier 'assure run --all-areas' or 'assure overview' wrote\n")
            return .failure(PreviousOverviewUnusable())
        }
        console.error("warning: the previous overview '\(path)' is ignored: \(problem); the overview has no \"changed since the previous run\"\n")
        return .success(nil)
    }
}

/// The run's batch, shared by the threads that write the areas' files: it writes through the
/// local file system, which holds no state of its own (every call is a system call).
struct LocalBatch: @unchecked Sendable {
    let batch: ReportBatch

    init(_ batch: ReportBatch) {
        precondition(batch.fileSystem is LocalFileSystem)
        self.batch = batch
    }
}

/// The explicit previous overview could not be read (the error is already printed).
struct PreviousOverviewUnusable: Error {}

/// The first error of a batch written from many threads; the others stop early.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var error: ReportBatchError?

    func record(_ error: ReportBatchError) { lock.withLock { if self.error == nil { self.error = error } } }
    var happened: Bool { lock.withLock { error != nil } }
    var first: ReportBatchError? { lock.withLock { error } }
}
