import AssureData
import AssureLanguage

/// `compare with England`, `compare with region` and `compare with statistical neighbours`
/// checked against the indicator data, each problem at the comparison in the rules: figures
/// for England in a published file, the report's area among the published areas (for its
/// region and neighbours), and a statistical neighbour file that lists it.
enum ComparatorChecks {
    static func diagnostics(_ ruleSet: RuleSet, data: IndicatorData) -> [Diagnostic] {
        let areas = data.publishedAreas
        var found: [Diagnostic] = []
        for measure in ruleSet.measures {
            for case .comparator(let comparator) in measure.comparisons {
                if let problem = problem(comparator, measure: measure, ruleSet: ruleSet, data: data, areas: areas) {
                    found.append(.error(problem.message, at: comparator.range ?? measure.range, help: problem.help))
                }
            }
        }
        return found
    }

    private static func problem(_ comparator: AreaComparison, measure: Measure, ruleSet: RuleSet, data: IndicatorData,
                                areas: PublishedAreas) -> (message: String, help: String)? {
        let what = "'compare with \(comparator.kind.written)'"
        guard let england = areas.england else {
            return ("\(what) needs a published file, but no file in the indicator data has figures for England",
                    "put a DfE explore-education-statistics file in Indicators/ as it was downloaded, and name its series with 'from \"file.csv\" indicator \"…\"'")
        }
        let formula = comparator.indicator.map { Formula.indicator($0) } ?? measure.value
        let leaves = formula.recordedIndicators { ruleSet.indicators[$0] }
        if let local = leaves.first(where: { data.series(indicator: $0, area: england.code) == nil }) {
            return ("'\(local)' has no figures for England in the published files, so \(what) has nothing to compare with",
                    comparator.indicator == nil
                        ? "name the published series in the indicator ('from \"file.csv\" indicator \"…\"'), or write 'compare with \(comparator.kind.written) from <a published indicator>'"
                        : "take \(comparator.kind.written)'s figures from an indicator declared with 'from \"file.csv\" indicator \"…\"'")
        }
        // Without the report's own area, the area is the command line's (`--area`,
        // `--all-areas`) or one of the report block's `areas`: each area's missing region or
        // neighbours is then that area's reason to note, and a run with no area at all is
        // refused before judging (the data holds several areas).
        guard comparator.kind != .england, let area = ruleSet.report.area else { return nil }
        guard let code = areas.code(of: area), let details = areas.details[code] else {
            let names = areas.localAuthorities.compactMap { areas.details[$0]?.name }
            let suggestion = Suggestions.closest(to: area, among: names)
            return ("the report's area '\(area)' is not an area of the published files, so \(what) cannot find its \(comparator.kind == .region ? "region" : "neighbours")",
                    (suggestion.map { "did you mean '\($0)'? " } ?? "") + "the area is written as the published files name it (Salford) or by its GSS code (E08000006)")
        }
        switch comparator.kind {
        case .england: return nil
        case .region:
            guard details.level == .localAuthority, details.region != nil else {
                return ("'\(details.name)' is \(details.level == .national ? "England" : "a region"), which has no region to compare with",
                        "compare a local authority with its region; remove 'compare with region'")
            }
            return nil
        case .statisticalNeighbours:
            guard !areas.neighbours.isEmpty else {
                return ("\(what) needs the DfE's statistical neighbour file, and none is in the indicator data",
                        "put the statistical neighbour file (such as sn_model_2025_wide.csv) in Indicators/ as it was downloaded")
            }
            guard let old = details.oldCode, areas.neighbours[old] != nil else {
                return ("'\(details.name)' is not in the statistical neighbour file, so it has no neighbours to compare with",
                        "the neighbour file lists local authorities by their old three-digit code; remove 'compare with statistical neighbours'")
            }
            return nil
        }
    }
}
