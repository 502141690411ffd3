import AssureAnalysis
import Foundation

/// `assure-bench spc-speed [--series N] [--points P] [--repeats R]`: the time to chart and
/// judge N series of P points with `xmr` (defaults 10,000 × 120, five repeats), for
/// `docs/performance.md`. The series are drawn (normal noise, seeded) before the clock starts.
func runSPCSpeed(arguments: [String]) -> Int32 {
    var settings = ["--series": 10_000, "--points": 120, "--repeats": 5]
    var rest = arguments[...]
    while let name = rest.popFirst() {
        guard settings[name] != nil, let text = rest.popFirst(), let value = Int(text), value > 0 else {
            print("usage: assure-bench spc-speed [--series N] [--points P] [--repeats R]")
            return 2
        }
        settings[name] = value
    }
    let seriesCount = settings["--series"] ?? 10_000
    let points = settings["--points"] ?? 120
    let repeats = settings["--repeats"] ?? 5

    var random = SplitMix64(seed: 120)
    let allSeries: [[Double?]] = (0..<seriesCount).map { _ in
        (0..<points).map { _ in random.normal(mean: 100, standardDeviation: 10) }
    }

    var timings: [Double] = []
    var flagged = 0
    for _ in 0..<repeats {
        flagged = 0
        let start = Measure.now()
        for series in allSeries {
            // Count special-cause verdicts so the work cannot be optimised away.
            if let result = try? xmr(series), result.variation != .commonCause { flagged += 1 }
        }
        timings.append(Measure.now() - start)
    }
    timings.sort()
    let median = timings[(timings.count - 1) / 2]
    print("SPC speed: \(seriesCount) series × \(points) points, xmr with default options, \(repeats) runs")
    print(String(format: "fastest %.3f s, median %.3f s, slowest %.3f s (%.1f µs a series)",
                 timings.first ?? 0, median, timings.last ?? 0, median / Double(seriesCount) * 1e6))
    print("latest point special cause in \(flagged) of \(seriesCount) series")
    return 0
}
