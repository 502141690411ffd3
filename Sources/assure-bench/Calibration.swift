import AssureAnalysis
import Foundation

/// `assure-bench calibration [--series N] [--seed S]`: how often `judge by spc` and a naive
/// "change of 10% or more on the previous period" rule flag simulated series, stable or with a
/// real change. Prints Markdown tables for `docs/statistics.md`.
///
/// A report is made each month from month 13 (the first with a year of data) to month 36, on
/// the series as known that month; a rule "flags" the series in a report when it judges the
/// latest point. `judge by spc` is the XmR chart with default options (every value, screening
/// on, improvement = increase) and flags special cause improvement or concern at the latest
/// point. The naive rule flags |latest − previous| ≥ 10% of previous.
func runCalibration(arguments: [String]) -> Int32 {
    var seriesCount = 1_000
    var seed: UInt64 = 20_240_331
    var rest = arguments[...]
    while let name = rest.popFirst() {
        guard let text = rest.popFirst() else {
            print("usage: assure-bench calibration [--series N] [--seed S]")
            return 2
        }
        switch name {
        case "--series": seriesCount = max(1, Int(text) ?? seriesCount)
        case "--seed": seed = UInt64(text) ?? seed
        default:
            print("usage: assure-bench calibration [--series N] [--seed S]")
            return 2
        }
    }

    let start = Measure.now()
    var stable: [(CalibrationScenario, StableTally)] = []
    var changes: [(CalibrationScenario, ChangeTally)] = []
    for (offset, noise) in [CalibrationScenario.Noise.normal, .poisson].enumerated() {
        for (position, change) in [CalibrationScenario.Change.stable, .step, .trend].enumerated() {
            let scenario = CalibrationScenario(noise: noise, change: change)
            var random = SplitMix64(seed: seed &+ UInt64(offset * 10 + position))
            let series = (0..<seriesCount).map { _ in scenario.draw(using: &random) }
            if change == .stable {
                stable.append((scenario, StableTally(series)))
            } else {
                changes.append((scenario, ChangeTally(series)))
            }
        }
    }
    let seconds = Measure.now() - start

    print("Calibration: \(seriesCount) series of \(CalibrationScenario.months) months per scenario, seed \(seed)")
    print("(normal noise: mean 100, σ 10; Poisson counts: mean 20, σ √20; change from month \(CalibrationScenario.changeMonth))\n")
    print("Stable series: wrongly flagged")
    print("| noise | rule | one report (month 36) | per report, average of months 13–36 | at least once in 24 monthly reports |")
    print("| --- | --- | ---: | ---: | ---: |")
    for (scenario, tally) in stable {
        for rule in CalibrationRule.allCases {
            print("| \(scenario.noise.rawValue) | \(rule.words) | \(percent(tally.singleReport[rule], of: tally.count)) | \(percent(tally.reportsFlagged[rule], of: tally.reports)) | \(percent(tally.everFlagged[rule], of: tally.count)) |")
        }
    }
    print("\nStable series: which SPC rule labelled the latest point at month 36")
    print("| noise | outside limits | trend | two in three | shift |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for (scenario, tally) in stable {
        let cells = SpecialCauseRule.allCases.map { percent(tally.singleReportRules[$0, default: 0], of: tally.count) }
        print("| \(scenario.noise.rawValue) | " + cells.joined(separator: " | ") + " |")
    }
    print("\nReal changes: detected in the right direction within 8 points (reports at months 24–31)")
    print("| change | noise | rule | detected within 8 points | median points to detection | wrongly flagged before the change (months 13–23) |")
    print("| --- | --- | --- | ---: | ---: | ---: |")
    for (scenario, tally) in changes {
        for rule in CalibrationRule.allCases {
            let median = tally.medianPointsToDetection(rule).map(String.init) ?? "–"
            print("| \(scenario.change.rawValue) | \(scenario.noise.rawValue) | \(rule.words) | \(percent(tally.detected[rule], of: tally.count)) | \(median) | \(percent(tally.flaggedBefore[rule], of: tally.count)) |")
        }
    }
    print(String(format: "\n(%.2f s)", seconds))
    return 0
}

private func percent(_ count: Int?, of total: Int) -> String {
    guard total > 0 else { return "–" }
    return String(format: "%.1f%%", 100 * Double(count ?? 0) / Double(total))
}

/// The two ways of judging the latest point that the benchmark compares.
enum CalibrationRule: CaseIterable, Hashable {
    /// `judge by spc`: XmR with default options, improvement = increase.
    case spc
    /// The same with the limits fixed on the first 12 values (`--fix-after 12`).
    case spcFixedAfter12
    /// A change of 10% or more on the previous period.
    case naive

    var words: String {
        switch self {
        case .spc: return "judge by spc"
        case .spcFixedAfter12: return "judge by spc, limits fixed after 12"
        case .naive: return "naive ±10% on previous"
        }
    }

    /// The judgement of the latest of `values` (the series as known at a report): +1 a rise,
    /// −1 a fall, 0 no signal. For SPC, a rise is special cause improvement (increase is better).
    func judge(_ values: ArraySlice<Double>) -> (signal: Int, rule: SpecialCauseRule?) {
        switch self {
        case .spc, .spcFixedAfter12:
            let series: [Double?] = values.map { $0 }
            let options = SPCOptions(fixAfterPoints: self == .spc ? nil : 12)
            guard let result = try? xmr(series, options: options), let latest = result.points.last else { return (0, nil) }
            switch latest.type {
            case .specialCauseImprovement: return (1, latest.specialCause?.rule)
            case .specialCauseConcern: return (-1, latest.specialCause?.rule)
            default: return (0, nil)
            }
        case .naive:
            guard values.count >= 2, let latest = values.last else { return (0, nil) }
            let previous = values[values.index(before: values.endIndex) - 1]
            let change = latest - previous
            if previous == 0 { return (change == 0 ? 0 : (change > 0 ? 1 : -1), nil) }
            guard abs(change) >= 0.1 * abs(previous) else { return (0, nil) }
            return (change > 0 ? 1 : -1, nil)
        }
    }
}

/// The first month a report is made (a year of data) and the last.
private let firstReportMonth = 13
private let lastReportMonth = CalibrationScenario.months

/// Counts over stable series: any signal is a false one.
struct StableTally {
    var count = 0
    var reports = 0
    var singleReport: [CalibrationRule: Int] = [:]
    var singleReportRules: [SpecialCauseRule: Int] = [:]
    var reportsFlagged: [CalibrationRule: Int] = [:]
    var everFlagged: [CalibrationRule: Int] = [:]

    init(_ allSeries: [[Double]]) {
        for values in allSeries {
            count += 1
            reports += lastReportMonth - firstReportMonth + 1
            for rule in CalibrationRule.allCases {
                var ever = false
                for month in firstReportMonth...lastReportMonth {
                    let (signal, label) = rule.judge(values[0..<month])
                    guard signal != 0 else { continue }
                    ever = true
                    reportsFlagged[rule, default: 0] += 1
                    if month == lastReportMonth {
                        singleReport[rule, default: 0] += 1
                        if let label, rule == .spc { singleReportRules[label, default: 0] += 1 }
                    }
                }
                if ever { everFlagged[rule, default: 0] += 1 }
            }
        }
    }
}

/// Counts over series with a real rise from month 24.
struct ChangeTally {
    var count = 0
    var detected: [CalibrationRule: Int] = [:]
    var flaggedBefore: [CalibrationRule: Int] = [:]
    /// For each rule, the points to detection (1 = at month 24) of each detected series.
    var pointsToDetection: [CalibrationRule: [Int]] = [:]

    /// The reports that count for detection: the first 8 points of the change.
    static let detectionWindow = CalibrationScenario.changeMonth...(CalibrationScenario.changeMonth + 7)

    init(_ allSeries: [[Double]]) {
        for values in allSeries {
            count += 1
            for rule in CalibrationRule.allCases {
                let before = (firstReportMonth..<CalibrationScenario.changeMonth).contains { rule.judge(values[0..<$0]).signal != 0 }
                if before { flaggedBefore[rule, default: 0] += 1 }
                if let month = Self.detectionWindow.first(where: { rule.judge(values[0..<$0]).signal > 0 }) {
                    detected[rule, default: 0] += 1
                    pointsToDetection[rule, default: []].append(month - CalibrationScenario.changeMonth + 1)
                }
            }
        }
    }

    /// The median points to detection among detected series (the lower middle for an even count).
    func medianPointsToDetection(_ rule: CalibrationRule) -> Int? {
        let sorted = (pointsToDetection[rule] ?? []).sorted()
        guard !sorted.isEmpty else { return nil }
        return sorted[(sorted.count - 1) / 2]
    }
}
