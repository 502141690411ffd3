import AssureData
import AssureLanguage
import Foundation

/// `assure-bench rules [SIZE_IN_BYTES]`: generates a rules file of about that size (1 MB by
/// default) of indicators, derived indicators, measures and outcome statements, then times
/// parsing and checking it. Prints the figures; the best of five runs is the one to record.
func runRulesBenchmark(arguments: [String]) {
    let target = arguments.first.flatMap(Int.init) ?? 1_000_000
    let text = generatedRules(bytes: target)
    var best = Double.infinity
    var measures = 0
    var diagnostics = 0
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = Checker().check([RulesSource(path: "Rules/generated.assure", text: text)])
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
        measures = result.ruleSet.measures.count
        diagnostics = result.diagnostics.count
    }
    let megabytes = Double(text.utf8.count) / 1_000_000
    print("rules: \(text.utf8.count) bytes, \(measures) measures, \(diagnostics) diagnostics")
    print(String(format: "rules: parse + check best of 5: %.3f s (%.1f MB/s)", best, megabytes / best))
}

/// A rules file of about `bytes` bytes: blocks of two recorded indicators, a derived one, two
/// measures and an outcome statement, each block with its own names.
func generatedRules(bytes: Int) -> String {
    var text = "report {\n  title \"Benchmark\"\n  period quarter\n}\n\npriority bench {\n  title \"Benchmark\"\n}\n"
    var block = 0
    while text.utf8.count < bytes {
        let n = String(block)
        text += """

        # Block \(n).
        indicator cases_\(n) {
          title "Cases involving children, block \(n)"
          unit count
          frequency monthly
          better lower
          aggregate sum
        }

        indicator total_\(n) {
          unit count
          frequency monthly
          aggregate last
        }

        indicator share_\(n) = cases_\(n) / (total_\(n) + 1) {
          title "Share of cases, block \(n)"
          unit percent
          better lower
        }

        measure cases_\(n) {
          priority bench
          value cases_\(n) over financial year
          compare with previous period
          minimum base 20
          doing well when change <= -10% and not (base < 5 or value > 1000)
          explore when change >= +10%
          say doing well "We have observed a {change.direction} in cases by {change.percent|abs|round(0)}."
          say explore "Cases rose by {change.percent|abs} to {value|plural(case)} in {period}."
        }

        measure share_\(n) {
          priority bench
          value share_\(n) over quarter
          compare with same period last year
          doing well when change <= -2 points
          explore when change >= 2 points
          judge by spc baseline 24 points
          notice record high within 36 months "The record was {record.value} in {record.period}."
          say doing well "The share fell by {change.points|abs|round(1)} to {value}."
          say explore "The share rose by {change.points|round(1)} to {value}."
        }

        outcome outcome_\(n) {
          statement "Children in block \(n) are safer"
          evidence cases_\(n), share_\(n)
          green when all doing well
          amber when any doing well and none explore
          otherwise red
        }

        """
        block += 1
    }
    return text
}
