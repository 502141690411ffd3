import Foundation
import XCTest

/// The built `assure` binary end to end on the package's sample partnership (Rules/ and
/// Indicators/, read only), as of 2023/24.
final class SampleCommandTests: XCTestCase {
    private var folder = ""
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private var rules: String { root.appendingPathComponent("Rules").path }
    private var indicators: String { root.appendingPathComponent("Indicators").path }
    private let files = ["report.md", "report.txt", "report.html", "report.json", "measures.csv"]

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "assure-sample-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try AssureProcess.run(arguments, in: folder)
    }

    private func sample(_ arguments: [String], rules: String? = nil) -> [String] {
        arguments + ["--rules", rules ?? self.rules, "--indicators", indicators]
    }

    /// Every file of `directory` with its bytes.
    private func contents(_ directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return result
    }

    func testCheckExitsZeroOnTheSample() throws {
        let result = try run(sample(["check"]))
        XCTAssertEqual(result.status, 0, result.errors)
    }

    func testRunWritesFiveFilesWithASummaryAndTheSameBytesTwice() throws {
        let out = folder + "/out"
        let first = try run(sample(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.errors.contains("32 measures"), first.errors)
        XCTAssertTrue(first.errors.contains("report.md, report.txt, report.html, report.json, measures.csv"), first.errors)
        XCTAssertEqual(first.output, "")
        let written = try contents(out)
        XCTAssertEqual(Set(written.keys), Set(files))
        XCTAssertTrue(written.values.allSatisfy { !$0.isEmpty })

        let second = try run(sample(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertEqual(try contents(out), written)
    }

    func testBrokenRulesExitOneAndLeaveTheOutputFolderAsItWas() throws {
        let out = folder + "/out"
        XCTAssertEqual(try run(sample(["run", "--period", "2023/24", "--out", out])).status, 0)
        let before = try contents(out)

        let broken = folder + "/Rules"
        try FileManager.default.copyItem(atPath: rules, toPath: broken)
        let file = broken + "/domestic_abuse.assure"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try (text + "\nmeasure broken {\n  value no_such_indicator over\n").write(toFile: file, atomically: true, encoding: .utf8)

        let result = try run(sample(["run", "--period", "2023/24", "--out", out], rules: broken))
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("domestic_abuse.assure:"), result.errors)
        XCTAssertEqual(try contents(out), before)
    }

    func testUnwritableOutputExitsOneAndLeavesThePreviousOutputAsItWas() throws {
        let out = folder + "/out"
        XCTAssertEqual(try run(sample(["run", "--period", "2023/24", "--out", out])).status, 0)
        let before = try contents(out)
        let blocker = folder + "/plain-file"
        try Data("not a folder\n".utf8).write(to: URL(fileURLWithPath: blocker))

        let result = try run(sample(["run", "--period", "2023/24", "--out", blocker + "/out"]))
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.contains("is not a folder"), result.errors)
        XCTAssertEqual(try contents(out), before)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: blocker)), Data("not a folder\n".utf8))
    }

    func testExplainMARACShowsTheChange() throws {
        let result = try run(sample(["explain", "marac_repeats", "--period", "2023/24"]))
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("−26%"), result.output)
    }

    func testExplainTypoExitsOneWithDidYouMean() throws {
        let result = try run(sample(["explain", "marac_repeat"]))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("did you mean 'marac_repeats'?"), result.errors)
    }

    func testReportUnknownFormatExitsTwo() throws {
        let result = try run(sample(["report", "--format", "nope"]))
        XCTAssertEqual(result.status, 2, result.errors)
    }
}
