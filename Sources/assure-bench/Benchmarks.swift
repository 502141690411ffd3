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
        Benchmark(name: "calibration", summary: "False signals and detection of judge by spc vs a naive 10% rule on simulated series (--series N, --seed S)",
                  run: { runCalibration(arguments: $0) }),
        Benchmark(name: "spc-speed", summary: "Time xmr over 10,000 series of 120 points (--series N, --points P, --repeats R)",
                  run: { runSPCSpeed(arguments: $0) }),
        Benchmark(name: "evaluate", summary: "Load, evaluate and render the sample partnership (--period P, --repeats N)",
                  run: EvaluationBenchmark.run),
        Benchmark(name: "national", summary: "Every area of the national workload (153 areas × 200 monthly indicators × 120 months) through assure run --all-areas, in process (--repeats N, --jobs N, --formats json,…, --keep, --write DIR)",
                  run: NationalBenchmark.run),
        Benchmark(name: "rules", summary: "Parse and check a generated 1 MB rules file (BYTES to change the size)",
                  run: { runRulesBenchmark(arguments: $0); return 0 }),
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

    /// What one run of a program measured.
    struct Run {
        var output: String
        /// Wall-clock seconds from just before the spawn to just after the exit was collected.
        var seconds: Double
        /// CPU seconds (user and system) of the child.
        var cpuSeconds: Double
        /// The child's peak resident memory, in bytes (`ru_maxrss`).
        var peakResidentBytes: Int
        var status: Int32
    }

    /// Runs a program (found on `PATH`) to its end with `posix_spawnp` and `wait4`, so that the
    /// time is the child's own, with no run loop polling for its exit, and its CPU time and
    /// peak memory come from the kernel's account of that child. nil if it cannot start.
    static func runProcess(_ program: String, _ arguments: [String]) -> Run? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let start = now()
        let spawned = posix_spawnp(&child, program, &actions, nil, argv, environ)
        close(ends[1])
        guard spawned == 0 else {
            close(ends[0])
            return nil
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output += chunk[0..<count]
        }
        close(ends[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        // The exit status is in bits 8–15 when the child exited normally (WIFEXITED).
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        return Run(output: String(decoding: output, as: UTF8.self), seconds: seconds, cpuSeconds: cpu,
                   peakResidentBytes: Int(usage.ru_maxrss) * 1024, status: exitStatus)
    }
}
