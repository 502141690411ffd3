import AssureTestSupport
import Foundation
import XCTest

/// `assure run` killed with SIGKILL at random moments, again and again: the output folder is
/// always one complete set of reports, the old or the new, and the next clean run leaves no
/// staging or old folder behind. Every run compares with one fixed previous report.json (a run
/// for 2021/22 made first, in a folder of its own), not with whatever `out/` holds, so that each
/// period always gives the same set.
final class BatchKillTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var seed: TemporaryFolder!
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private let files: Set<String> = ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"]

    override func setUpWithError() throws {
        temporary = try TemporaryFolder()
        seed = try TemporaryFolder()
    }

    override func tearDown() {
        temporary.remove()
        seed.remove()
    }

    private var previous: String { seed.path + "/out/report.json" }

    private var out: String { temporary.path + "/out" }

    /// `assure run` for `period` into `out` (compared with the fixed previous report), or into
    /// `folder` (compared with nothing), started but not waited for.
    private func start(period: String, pauseMilliseconds: Int, into folder: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try AssureProcess.executable())
        process.arguments = ["run", "--period", period, "--out", folder ?? out]
            + (folder == nil ? ["--previous", previous] : [])
            + ["--rules", root.appendingPathComponent("Rules").path, "--indicators", root.appendingPathComponent("Indicators").path]
        process.currentDirectoryURL = URL(fileURLWithPath: temporary.path)
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin",
                               "ASSURE_BATCH_PAUSE_BEFORE_SWAP_MS": String(pauseMilliseconds)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every entry of `out` with its bytes (a folder in it would be read as empty bytes and fail
    /// the comparison).
    private func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) {
            result[name] = (try? Data(contentsOf: URL(fileURLWithPath: out + "/" + name))) ?? Data()
        }
        return result
    }

    private func cleanRun(_ period: String) throws -> TimeInterval {
        let started = Date()
        let process = try start(period: period, pauseMilliseconds: 0)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "a clean run for \(period)")
        return Date().timeIntervalSince(started)
    }

    func testKilledRunsAlwaysLeaveOneCompleteSetAndTheNextRunClearsTheirLeftovers() throws {
        _ = try AssureProcess.executable()
        let periods = ["2022/23", "2023/24"]
        let seeding = try start(period: "2021/22", pauseMilliseconds: 0, into: seed.path + "/out")
        seeding.waitUntilExit()
        XCTAssertEqual(seeding.terminationStatus, 0, "the run that makes the previous report")
        let firstTime = try cleanRun(periods[0])
        let first = try snapshot()
        let secondTime = try cleanRun(periods[1])
        let second = try snapshot()
        XCTAssertEqual(Set(first.keys), files)
        XCTAssertEqual(Set(second.keys), files)
        XCTAssertNotEqual(first, second, "the two periods give two different sets")

        var random = SplitMix(seed: 20_241_129)
        let runTime = Int(max(firstTime, secondTime) * 1000)
        var killed = 0
        for attempt in 0..<40 {
            let pause = Int(random.next() % 60)
            let process = try start(period: periods[attempt % 2], pauseMilliseconds: pause)
            // Anywhere from the start to a little after the run would have finished.
            let delay = Int(random.next() % UInt64(runTime + pause + 20))
            usleep(UInt32(delay) * 1000)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = try snapshot()
            XCTAssertTrue(now == first || now == second,
                          "attempt \(attempt), killed after \(delay) ms: out holds \(now.keys.sorted()), not one complete set")
        }
        XCTAssertGreaterThan(killed, 10, "most runs were killed part way")

        _ = try cleanRun(periods[0])
        XCTAssertEqual(try snapshot(), first)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), ["out"],
                       "the clean run removed every leftover of the killed runs")
    }
}
