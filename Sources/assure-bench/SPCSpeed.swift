import AssureAnalysis
import AssureCommands
import Foundation

/// `assure-bench spc-speed [--series N] [--points P] [--repeats R] [--engine] [--r-series N]`:
/// the time to chart and judge N series of P points with `xmr` (defaults 10,000 × 120, five
/// repeats), for `docs/performance.md`. The series are drawn (normal noise, seeded, to one
/// decimal) before the clock starts.
///
/// With `--engine`, the same series are also written as a partnership (one `judge by spc`
/// measure a series, `SPCEngineWorkload`) and, in each repeat, judged through the commands in
/// this process as the executable runs them: `assure report --format json` and `assure run`
/// (every format); and, when `Rscript` and NHSRplotthedots are installed, by
/// `docs/bench/spc_nhsr.R` on the same file (the first `--r-series` series, default all).
func runSPCSpeed(arguments: [String]) -> Int32 {
    var settings = ["--series": 10_000, "--points": 120, "--repeats": 5, "--r-series": 0]
    var engine = false
    var rest = arguments[...]
    while let name = rest.popFirst() {
        if name == "--engine" {
            engine = true
            continue
        }
        guard settings[name] != nil, let text = rest.popFirst(), let value = Int(text), value >= 0 else {
            print("usage: assure-bench spc-speed [--series N] [--points P] [--repeats R] [--engine] [--r-series N]")
            return 2
        }
        settings[name] = value
    }
    let seriesCount = max(1, settings["--series"] ?? 10_000)
    let points = max(1, settings["--points"] ?? 120)
    let repeats = max(1, settings["--repeats"] ?? 5)

    var random = SplitMix64(seed: 120)
    let allSeries: [[Double]] = (0..<seriesCount).map { _ in
        (0..<points).map { _ in (random.normal(mean: 100, standardDeviation: 10) * 10).rounded() / 10 }
    }
    let folder = NSTemporaryDirectory() + "assure-bench-spc"
    if engine {
        do {
            let bytes = try SPCEngineWorkload.write(allSeries, to: folder)
            print(String(format: "wrote %@: %d measures judged by SPC, %.1f MB of CSV", folder, seriesCount, Double(bytes) / 1e6))
        } catch {
            print("cannot write the workload in \(folder): \(error.localizedDescription)")
            return 1
        }
    }
    let rSeries = settings["--r-series"].flatMap { $0 > 0 ? min($0, seriesCount) : nil } ?? seriesCount
    let script = engine ? NHSRPlotTheDots.script() : nil

    var timings: [String: [Double]] = [:]
    var flagged = 0
    var summaries: [String: String] = [:]
    for _ in 0..<repeats {
        flagged = 0
        let start = Measure.now()
        for series in allSeries {
            // Count special-cause verdicts so the work cannot be optimised away.
            if let result = try? xmr(series), result.variation != .commonCause { flagged += 1 }
        }
        timings["xmr", default: []].append(Measure.now() - start)
        guard engine else { continue }
        for command in SPCThroughCommands.allCases {
            guard let run = command.run(in: folder) else { return 1 }
            timings[command.rawValue, default: []].append(run.seconds)
            summaries[command.rawValue] = run.summary
        }
        if let script, let run = NHSRPlotTheDots.run(script: script, csv: SPCEngineWorkload.csvPath(in: folder), series: rSeries) {
            timings["nhsr", default: []].append(run.seconds)
            summaries["nhsr"] = run.summary
        }
    }
    print("SPC speed: \(seriesCount) series × \(points) points, \(repeats) runs")
    let rows: [(key: String, label: String, series: Int)] = [
        ("xmr", "xmr (library), default options", seriesCount),
        (SPCThroughCommands.report.rawValue, "assure report --format json", seriesCount),
        (SPCThroughCommands.run.rawValue, "assure run (every format)", seriesCount),
        ("nhsr", "NHSRplotthedots (R, ptd_spc)", rSeries),
    ]
    for row in rows {
        guard let times = timings[row.key]?.sorted(), !times.isEmpty else { continue }
        let median = times[(times.count - 1) / 2]
        print(row.label.padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: "fastest %.3f s, median %.3f s, slowest %.3f s (%.1f µs a series, %.0f series/s; %d series)",
                       times[0], median, times[times.count - 1], median / Double(row.series) * 1e6,
                       Double(row.series) / median, row.series))
    }
    print("latest point special cause in \(flagged) of \(seriesCount) series (xmr)")
    for key in [SPCThroughCommands.run.rawValue, "nhsr"] {
        if let summary = summaries[key] { print("\(key): \(summary)") }
    }
    if engine, script == nil {
        print("NHSRplotthedots: not measured (Rscript with the NHSRplotthedots package is not installed)")
    }
    return 0
}

/// The commands that judge the SPC workload, each run in this process through `Assure.main`
/// as the executable runs it.
enum SPCThroughCommands: String, CaseIterable {
    case report = "report-json"
    case run = "run"

    /// Runs the command once over the workload in `folder`: the wall time, and the summary it
    /// wrote on standard error. nil (with the errors printed) when it failed.
    func run(in folder: String) -> (seconds: Double, summary: String)? {
        let inputs = ["--rules", folder + "/Rules", "--indicators", folder + "/Indicators"]
        let arguments: [String]
        switch self {
        case .report: arguments = ["report", "--format", "json", "--output", folder + "/report.json"] + inputs
        case .run:
            // Each run starts from nothing: no previous report.json to compare with.
            try? FileManager.default.removeItem(atPath: folder + "/out")
            arguments = ["run", "--out", folder + "/out"] + inputs
        }
        let console = Console.capturing()
        let start = Measure.now()
        let status = Assure.main(arguments: arguments, console: console, environment: CommandEnvironment(runIdentifier: "bench"))
        let seconds = Measure.now() - start
        guard status == 0 else {
            print("assure \(arguments.joined(separator: " ")) failed (exit \(status)):\n\(console.errors)")
            return nil
        }
        return (seconds, console.errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// NHSRplotthedots (the NHS-R community's R package for Making Data Count charts) on the same
/// file, in a process of its own: `docs/bench/spc_nhsr.R` times `ptd_spc` inside R.
enum NHSRPlotTheDots {
    /// The script's path when Rscript and the package are installed; nil otherwise.
    static func script() -> String? {
        let path = "docs/bench/spc_nhsr.R"
        guard FileManager.default.fileExists(atPath: path),
              let probe = Measure.runProcess("Rscript", ["-e", "cat(requireNamespace('NHSRplotthedots', quietly = TRUE))"]),
              probe.status == 0, probe.output.contains("TRUE") else { return nil }
        return path
    }

    /// One run of the script over the first `series` series of `csv`: the seconds R measured
    /// around `ptd_spc`, and its line of summary.
    static func run(script: String, csv: String, series: Int) -> (seconds: Double, summary: String)? {
        guard let run = Measure.runProcess("Rscript", [script, csv, String(series)]), run.status == 0,
              let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("seconds ") }),
              let seconds = Double(line.split(separator: " ")[1]) else {
            print("NHSRplotthedots run failed")
            return nil
        }
        return (seconds, String(line) + String(format: "; whole process %.2f s wall, %.0f MB peak", run.seconds,
                                                         Double(run.peakResidentBytes) / 1e6))
    }
}
