import AssureCommands
import Foundation

/// `assure-bench national`: the national workload (`NationalWorkload`) end to end in this
/// process, as `assure run --all-areas` runs it — load once, judge every area, every format of
/// every area's report and the overview written and swapped into place — five times (or
/// `--repeats N`), with the fastest, median and slowest wall time and this process's peak
/// memory. `--jobs N` sets the threads (default the cores); `--keep` reuses the workload in
/// the temporary folder; `--formats json` writes only those formats of each area's report
/// (as `assure run --formats`); `--write DIR` only writes the workload into DIR (for
/// docs/bench/national.sh) and stops.
enum NationalBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        func value(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        }
        let repeats = value("--repeats").flatMap(Int.init) ?? 5
        let areas = value("--areas").flatMap(Int.init) ?? 153
        let jobs = value("--jobs")
        let formats = value("--formats")
        if let folder = value("--write") {
            return write(to: folder, areas: areas) ? 0 : 1
        }
        let folder = NSTemporaryDirectory() + "assure-bench-national"
        if !(arguments.contains("--keep") && FileManager.default.fileExists(atPath: folder + "/Indicators/national.csv")) {
            guard write(to: folder, areas: areas) else { return 1 }
        }
        let out = folder + "/out"
        var times: [Double] = []
        var summary = ""
        for _ in 0..<repeats {
            // Each run starts from nothing, as a first run does: no previous overview to read.
            try? FileManager.default.removeItem(atPath: out)
            let console = Console.capturing()
            let start = Measure.now()
            let status = Assure.main(arguments: ["run", "--all-areas", "--rules", folder + "/Rules", "--indicators", folder + "/Indicators",
                                                 "--out", out] + (jobs.map { ["--jobs", $0] } ?? []) + (formats.map { ["--formats", $0] } ?? []),
                                     console: console, environment: CommandEnvironment(runIdentifier: "bench"))
            let seconds = Measure.now() - start
            guard status == 0 else {
                print("assure run --all-areas failed (exit \(status)):\n\(console.errors)")
                return 1
            }
            times.append(seconds)
            summary = console.errors
        }
        let sorted = times.sorted()
        let written = folderBytes(out)
        print(summary, terminator: "")
        print(String(format: "national, %d runs, jobs %@, formats %@: fastest %.2f s, median %.2f s, slowest %.2f s; %.0f MB written; peak memory %.0f MB",
                     repeats, jobs ?? "all cores", formats ?? "all", sorted.first ?? 0, sorted[sorted.count / 2], sorted.last ?? 0,
                     Double(written) / 1e6, Double(Measure.peakResidentBytes()) / 1e6))
        return 0
    }

    private static func write(to folder: String, areas: Int) -> Bool {
        let start = Measure.now()
        do {
            let written = try NationalWorkload.write(to: folder, areas: areas)
            print(String(format: "wrote %@: %d areas, %d rows, %.1f MB of CSV in %.1f s", folder, areas, written.rows,
                         Double(written.bytes) / 1e6, Measure.now() - start))
            return true
        } catch {
            print("cannot write the workload in \(folder): \(error.localizedDescription)")
            return false
        }
    }

    /// The bytes of every file under `folder`.
    private static func folderBytes(_ folder: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        while let name = walker.nextObject() as? String {
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? NSNumber)?.intValue
            total += size ?? 0
        }
        return total
    }
}
