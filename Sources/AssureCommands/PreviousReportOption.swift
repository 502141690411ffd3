import AssureData
import AssureReport
import Foundation

/// `--previous FILE`: the previous run's `report.json`, for the report's "what changed since
/// the last report" appendix. A file given with `--previous` must be read, or the command stops
/// with exit 1 naming it; the default (`run`'s own `report.json` in its output folder, when
/// there is one) that cannot be read is a warning, and the report goes without the appendix.
enum PreviousReportOption {
    /// What reading the previous report came to.
    enum Outcome {
        /// Nothing to compare with: no `--previous`, and no default file (or an unreadable one).
        case none
        case report(PreviousReport)
        /// An explicit `--previous` that could not be read: the error is already printed.
        case failed
    }

    static func option(_ arguments: inout Arguments) throws(UsageError) -> String? {
        try arguments.option("previous")
    }

    /// Reads `explicit` if given, otherwise `fallback` when a file is there.
    static func load(explicit: String?, fallback: String?, _ console: Console) -> Outcome {
        if let explicit {
            switch read(explicit) {
            case .success(let report): return .report(report)
            case .failure(let problem):
                console.error("error: cannot use '\(explicit)' as the previous report: \(problem)\n"
                    + "  help: give the report.json that an earlier 'assure run' or 'assure report --format json' wrote\n")
                return .failed
            }
        }
        guard let fallback, FileManager.default.fileExists(atPath: FilePath.resolved(fallback)) else { return .none }
        switch read(fallback) {
        case .success(let report): return .report(report)
        case .failure(let problem):
            console.error("warning: the previous report '\(fallback)' is ignored: \(problem); this report has no \"what changed\" appendix\n")
            return .none
        }
    }

    /// Why the file could not be used, in words that follow its name.
    struct Unusable: Error, CustomStringConvertible {
        let description: String
    }

    private static func read(_ path: String) -> Result<PreviousReport, Unusable> {
        switch RegularFile.read(FilePath.resolved(path), for: .rules) {
        case .failure(let refusal):
            return .failure(Unusable(description: refusal.message))
        case .success(let bytes):
            do throws(PreviousReport.Problem) {
                return .success(try PreviousReport.parse(Data(bytes)))
            } catch {
                return .failure(Unusable(description: "it \(error.message)"))
            }
        }
    }
}
