import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage

/// A comparison's test of chance for people (`explain`, the CSV) and for programs (JSON).
enum ChanceText {
    /// "exact conditional test of 185 against 250 events: p < 0.001, beyond chance at 95%;
    /// 95% intervals 159.3 to 213.7 and 220 to 283"; "no test applies: …".
    static func line(_ chance: Chance, unit: Unit) -> String {
        switch chance {
        case .untestable(let why):
            return "no test applies: " + ReasonText.untestable(why)
        case .tested(let test):
            var parts: [String] = []
            let verdict = test.isBeyondChance ? "beyond chance at \(test.level)" : "within chance at \(test.level)"
            if let significance = test.test {
                parts.append("\(significance.method.rawValue) of \(evidence(test)): p = \(ReasonText.pValue(significance.pValue)), \(verdict)")
            } else if let position = test.benchmark {
                let which = test.intervalSource == .published ? "Fingertips' published \(test.level) interval" : "\(test.level) interval"
                parts.append("\(which) against the figure compared with: \(position.rawValue), \(verdict)")
            }
            var intervals = ["value \(interval(test.interval, unit))" + (test.intervalSource == .published ? " (published, not computed from counts)" : "")]
            if let other = test.comparisonInterval { intervals.append("compared figure \(interval(other, unit))") }
            if let difference = test.differenceInterval {
                intervals.append("difference \(FigureText.number(difference.lower, decimals: 1)) to \(FigureText.number(difference.upper, decimals: 1)) points (Newcombe)")
            }
            parts.append("\(test.level) intervals: " + intervals.joined(separator: "; "))
            return parts.joined(separator: "; ")
        }
    }

    /// The evidence as counts: "185 against 250 events", "173 of 389 against 192 of 400".
    private static func evidence(_ test: ChanceTest) -> String {
        func one(_ evidence: Evidence) -> String {
            switch test.kind {
            case .counts: return "\(evidence.events)"
            case .proportions, .rates: return "\(evidence.events) of \(FigureText.number(evidence.outOf ?? 0))"
            case .published: return ""   // a published interval has no counts; never tested over time
            }
        }
        let noun = test.kind == .proportions ? "" : " events"
        let current = test.current.map(one) ?? "no counts"
        guard let comparison = test.comparison else { return current + noun }
        return "\(current) against \(one(comparison))\(noun)"
    }

    private static func interval(_ interval: ConfidenceInterval, _ unit: Unit) -> String {
        "\(FigureText.figure(interval.lower, unit: unit, decimals: 1)) to \(FigureText.figure(interval.upper, unit: unit, decimals: 1))"
    }

    /// The test as a JSON object; see docs/report-json.md.
    static func json(_ chance: Chance) -> String {
        switch chance {
        case .untestable(let why):
            let reason: String
            switch why {
            case .noFigure: reason = "no_figure"
            case .noDenominator: reason = "no_denominator"
            case .notCountsOrShares: reason = "not_counts_or_shares"
            case .notWholeEvents: reason = "not_whole_events"
            case .beyondExactRange: reason = "beyond_exact_range"
            }
            return JSONText.object([("tested", "false"), ("why_not", JSONText.string(reason))])
        case .tested(let test):
            func limits(_ interval: ConfidenceInterval?) -> String {
                interval.map { JSONText.object([("lower", JSONText.number($0.lower)), ("upper", JSONText.number($0.upper))]) } ?? "null"
            }
            return JSONText.object([
                ("tested", "true"),
                ("kind", JSONText.string(test.kind.rawValue)),
                ("level", JSONText.number(test.level.level)),
                ("method", test.test.map { JSONText.string($0.method.rawValue) } ?? "null"),
                ("p_value", test.test.map { JSONText.number($0.pValue) } ?? "null"),
                ("against_benchmark", test.benchmark.map { JSONText.string($0.rawValue) } ?? "null"),
                ("beyond_chance", test.isBeyondChance ? "true" : "false"),
                ("interval", limits(test.interval)),
                ("comparison_interval", limits(test.comparisonInterval)),
                ("difference_interval", limits(test.differenceInterval)),
                ("events", test.current.map { String($0.events) } ?? "null"),
                ("comparison_events", test.comparison.map { String($0.events) } ?? "null"),
            ])
        }
    }
}
