import AssureData
import AssureEngine
import AssureReport

/// One area's assessment in a run of many areas. An area in which nothing could be judged
/// (no figures for the period, or none at all) is still reported — every measure "could not
/// be judged" — and named in a warning, so that one small authority with suppressed figures
/// does not stop the run; an area with no period at all has no report.
enum AreaJudgement {
    /// What came of one area.
    enum Result {
        case judged(Assessment)
        /// Reported, with a warning: nothing could be judged.
        case unjudged(Assessment, AssessmentProblem)
        /// No report: the data gives no period for this area.
        case none(AssessmentProblem)

        /// What came of it without the assessment itself (which a run does not keep once the
        /// area's files are written).
        var status: Status {
            switch self {
            case .judged: return .judged
            case .unjudged(_, let problem): return .unjudged(problem)
            case .none(let problem): return .none(problem)
            }
        }

        var assessment: Assessment? {
            switch self {
            case .judged(let assessment), .unjudged(let assessment, _): return assessment
            case .none: return nil
            }
        }
    }

    /// What came of one area, kept for the summary and the warnings.
    enum Status {
        case judged
        case unjudged(AssessmentProblem)
        case none(AssessmentProblem)
    }

    static func judge(_ partnership: Partnership, area: String, period: Period?) -> Result {
        do {
            return .judged(try Assessment.assess(partnership.plan, data: partnership.data, period: period, area: area))
        } catch {
            guard let assessment = Assessment.evaluate(partnership.plan, data: partnership.data, period: period, area: area) else {
                return .none(error)
            }
            return .unjudged(assessment, error)
        }
    }

    /// Whether any area had a measure judged.
    static func anyJudged(_ results: [Status]) -> Bool {
        results.contains { if case .judged = $0 { return true } else { return false } }
    }

    /// Why the first area that was not judged was not.
    static func firstProblem(_ results: [Status]) -> AssessmentProblem? {
        results.lazy.compactMap { result -> AssessmentProblem? in
            switch result {
            case .judged: return nil
            case .unjudged(let problem), .none(let problem): return problem
            }
        }.first
    }

    /// The one line of warning for the areas in which nothing could be judged (nil for none).
    static func warning(_ results: [Status], areas: [String]) -> String? {
        var unjudged: [String] = []
        var unreported: [String] = []
        for (result, area) in zip(results, areas) {
            switch result {
            case .judged: break
            case .unjudged: unjudged.append(area)
            case .none: unreported.append(area)
            }
        }
        var lines = ""
        if !unjudged.isEmpty {
            lines += "warning: nothing could be judged in \(unjudged.count) \(unjudged.count == 1 ? "area" : "areas") "
                + "(no figures for the period): \(unjudged.prefix(20).joined(separator: ", "))\(unjudged.count > 20 ? ", …" : "")\n"
        }
        if !unreported.isEmpty {
            lines += "warning: \(unreported.count) \(unreported.count == 1 ? "area has" : "areas have") no figures for the measures' indicators, "
                + "so no report: \(unreported.prefix(20).joined(separator: ", "))\(unreported.count > 20 ? ", …" : "")\n"
        }
        return lines.isEmpty ? nil : lines
    }
}
