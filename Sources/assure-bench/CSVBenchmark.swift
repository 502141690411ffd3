import AssureData
import Foundation

/// CSV ingestion: generates a long-format file (area, indicator, period, value) of about
/// `--megabytes` MB, loads it with `IndicatorLoader` in a child process (wall clock of the
/// whole process; its CPU time and peak memory as the kernel counts them), then reads the same
/// file with Python's `csv` module the same way, and prints both. `--write FILE` only writes
/// the file, for `docs/bench/ingest.sh`.
enum CSVBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        var megabytes = 120
        var keep = false
        var writeOnly: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--megabytes":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else {
                    print("error: --megabytes needs a positive whole number")
                    return 2
                }
                megabytes = value
            case "--keep": keep = true
            case "--write":
                guard let path = rest.popFirst() else {
                    print("error: --write needs the path of the file to write")
                    return 2
                }
                writeOnly = path
            default:
                print("error: unknown option '\(argument)'\nusage: assure-bench csv [--megabytes N] [--keep] [--write FILE]")
                return 2
            }
        }

        // Only the file, for a script that times other tools on it (docs/bench/ingest.sh).
        if let path = writeOnly {
            let generated = CSVBenchmarkFile.generate(at: path, megabytes: megabytes)
            guard generated.rows > 0 else {
                print("error: could not write \(path)")
                return 1
            }
            print("\(path): \(generated.bytes) bytes, \(generated.rows) rows")
            return 0
        }

        let folder = NSTemporaryDirectory() + "assure-bench-csv"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/indicators-\(megabytes)mb.csv"
        let generated = CSVBenchmarkFile.generate(at: file, megabytes: megabytes)
        defer { if !keep { try? FileManager.default.removeItem(atPath: file) } }
        guard generated.rows > 0 else {
            print("error: could not write \(file)")
            return 1
        }
        let size = Double(generated.bytes)
        print("CSV ingestion: \(file)")
        print(String(format: "  %.1f MB (%d bytes), %d rows of area,indicator,period,value", size / 1e6, generated.bytes, generated.rows))
        print("  machine: \(machine())")
        print("")

        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let runs = 5
        var rows: [[String]] = [["reader", "wall s", "MB/s", "CPU s", "MB/CPU s", "peak RSS MB", "RSS/file", "rows"]]

        // Best of five runs of each, so a busy neighbour on the machine counts less.
        var best: Measure.Run?
        for _ in 0..<runs {
            guard let run = Measure.runProcess(executable, ["csv-load", file]), run.status == 0 else {
                print("error: the loader failed")
                return 1
            }
            if best.map({ run.seconds < $0.seconds }) ?? true { best = run }
        }
        if let best {
            let report = parse(best.output)
            rows.append(row("assure IndicatorLoader (whole process)", best, size: size, rows: report["points"] ?? "?"))
            if let load = report["load_seconds"].flatMap(Double.init) {
                rows.append(["  of which IndicatorLoader.load", String(format: "%.3f", load),
                             String(format: "%.0f", size / 1e6 / load), "", "", "", "", ""])
            }
        }

        let python = """
            import csv, sys
            rows = 0
            with open(sys.argv[1], newline='') as f:
                for row in csv.reader(f):
                    rows += 1
            print(rows - 1)
            """
        var bestPython: Measure.Run?
        for _ in 0..<runs {
            guard let run = Measure.runProcess("python3", ["-c", python, file]), run.status == 0 else { break }
            if bestPython.map({ run.seconds < $0.seconds }) ?? true { bestPython = run }
        }
        if let bestPython {
            let count = bestPython.output.trimmingCharacters(in: .whitespacesAndNewlines)
            rows.append(row("python3 csv.reader (rows only)", bestPython, size: size, rows: count))
        } else {
            rows.append(["python3 csv.reader (rows only)", "not run: python3 failed or not found", "", "", "", "", "", ""])
        }
        print(table(rows))
        print("MB is 10^6 bytes. Each reader runs in a process of its own, \(runs) times; the fastest run is shown:")
        print("wall time from spawn to exit, and the CPU time (user + system) and peak RSS (ru_maxrss) of that process.")
        return 0
    }

    /// Loads one file in this process and prints `key=value` lines: points, load seconds, peak RSS.
    static func loadInThisProcess(_ arguments: [String]) -> Int32 {
        guard let file = arguments.first else { return 2 }
        let start = Measure.now()
        let result = IndicatorLoader.load(files: [file])
        let seconds = Measure.now() - start
        guard let data = result.data else {
            print(result.diagnostics.prefix(5).map(\.message).joined(separator: "\n"))
            return 1
        }
        let points = data.allSeries.reduce(0) { $0 + $1.count }
        print("points=\(points)")
        print("series=\(data.allSeries.count)")
        print("load_seconds=\(seconds)")
        print("peak_rss_bytes=\(Measure.peakResidentBytes())")
        return 0
    }

    /// A table row for one reader's fastest run.
    private static func row(_ name: String, _ run: Measure.Run, size: Double, rows: String) -> [String] {
        let peak = Double(run.peakResidentBytes)
        return [name, String(format: "%.3f", run.seconds), String(format: "%.0f", size / 1e6 / run.seconds),
                String(format: "%.3f", run.cpuSeconds), String(format: "%.0f", size / 1e6 / run.cpuSeconds),
                String(format: "%.0f", peak / 1e6), String(format: "%.2f", peak / size), rows]
    }

    private static func parse(_ output: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    private static func table(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores available"
    }
}
