import Foundation

/// The benchmark table: a name, a line of help, and how to run it with its arguments.
enum Benchmarks {
    struct Benchmark: Sendable {
        let name: String
        let summary: String
        let run: @Sendable ([String]) -> Int32
    }

    static let all: [Benchmark] = [
        Benchmark(name: "csv", summary: "CSV ingestion of a generated long-format file (--megabytes N, default 120; --keep)",
                  run: CSVBenchmark.run),
        // Used by `csv` to load the file in a process of its own, so peak memory is the loader's.
        Benchmark(name: "csv-load", summary: "(internal) load one CSV file and report time and peak memory",
                  run: CSVBenchmark.loadInThisProcess),
    ]

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, let benchmark = all.first(where: { $0.name == name }) else {
            let lines = all.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }
            print("usage: assure-bench <benchmark> [options]\n\nBenchmarks:\n" + lines.joined(separator: "\n"))
            return arguments.isEmpty ? 2 : (arguments.first == "--help" ? 0 : 2)
        }
        return benchmark.run(Array(arguments.dropFirst()))
    }
}

/// Measuring helpers shared by benchmarks.
enum Measure {
    /// This process's peak resident memory (`VmHWM` in /proc/self/status), in bytes; 0 if unknown.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU seconds (user and system) used so far by this process's finished children.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Runs a program to its end; its standard output, the wall-clock seconds from start to
    /// exit, and the CPU seconds (user and system) it used.
    static func runProcess(_ executable: String, _ arguments: [String]) -> (output: String, seconds: Double, cpuSeconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        let cpuBefore = childrenCPUSeconds()
        let start = now()
        do { try process.run() } catch { return ("", 0, 0, -1) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = now() - start
        return (String(decoding: data, as: UTF8.self), seconds, childrenCPUSeconds() - cpuBefore, process.terminationStatus)
    }
}
