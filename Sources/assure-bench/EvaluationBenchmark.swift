import AssureData
import AssureEngine
import AssureReport
import Foundation

/// `assure-bench evaluate [--rules DIR] [--indicators DIR] [--period P] [--repeats N]`: times
/// the monthly batch's work on a partnership (the sample one by default) in three steps —
/// loading and checking rules and data, evaluating every measure and outcome, and rendering
/// the report in all five formats — and prints the fastest and median of N runs of each.
enum EvaluationBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        var options: [String: String] = [:]
        var index = 0
        while index + 1 < arguments.count, arguments[index].hasPrefix("--") {
            options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        let rules = options["rules"] ?? "Rules"
        let indicators = options["indicators"] ?? "Indicators"
        let repeats = max(1, Int(options["repeats"] ?? "") ?? 10)
        let period = options["period"].flatMap { try? Period.parse($0) }

        var loadTimes: [Double] = [], evaluateTimes: [Double] = [], renderTimes: [Double] = []
        var summary = ""
        for _ in 0..<repeats {
            var start = Measure.now()
            let load = PartnershipLoader.load(rules: rules, indicators: indicators)
            loadTimes.append(Measure.now() - start)
            guard let partnership = load.partnership else {
                print("evaluate: the rules or data have errors; run `assure check` first")
                return 1
            }
            start = Measure.now()
            guard let assessment = Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: period) else {
                print("evaluate: no period to evaluate")
                return 1
            }
            evaluateTimes.append(Measure.now() - start)
            start = Measure.now()
            let document = ReportDocument(assessment, date: ReportDate.end(of: assessment.period))
            let bytes = ReportFormat.allCases.reduce(0) { $0 + $1.render(document).utf8.count }
            renderTimes.append(Measure.now() - start)
            summary = "\(assessment.period.name): \(assessment.measures.count) measures, \(assessment.outcomes.count) outcome statements, "
                + "\(partnership.data.allSeries.count) series, \(bytes) bytes of report"
        }
        print("evaluate: \(summary); \(repeats) runs")
        for (name, times) in [("load and check", loadTimes), ("evaluate", evaluateTimes), ("render 5 formats", renderTimes)] {
            let sorted = times.sorted()
            print("  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + String(format: "fastest %7.1f ms   median %7.1f ms", sorted[0] * 1000, sorted[sorted.count / 2] * 1000))
        }
        return 0
    }
}
