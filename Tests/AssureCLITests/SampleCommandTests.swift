import AssureTestSupport
import Foundation
import XCTest

/// The built `assure` binary end to end on the package's sample partnership (Rules/ and
/// Indicators/, read only), as of 2023/24.
final class SampleCommandTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var folder: String { temporary.path }
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private var rules: String { root.appendingPathComponent("Rules").path }
    private var indicators: String { root.appendingPathComponent("Indicators").path }
    private let files = ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"]

    override func setUpWithError() throws { temporary = try TemporaryFolder() }

    override func tearDown() { temporary.remove() }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try AssureProcess.run(arguments, in: folder)
    }

    private func sample(_ arguments: [String], rules: String? = nil) -> [String] {
        arguments + ["--rules", rules ?? self.rules, "--indicators", indicators]
    }

    /// Every file directly in `directory` with its bytes (folders in it are left out).
    private func contents(_ directory: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isFolder), !isFolder.boolValue else { continue }
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
        XCTAssertTrue(first.errors.contains("33 measures"), first.errors)
        XCTAssertTrue(first.errors.contains("report.md, report.txt, report.html, report.json, measures.csv, report.docx"), first.errors)
        XCTAssertEqual(first.output, "")
        let written = try contents(out)
        XCTAssertEqual(Set(written.keys), Set(files))
        XCTAssertTrue(written.values.allSatisfy { !$0.isEmpty })

        // The second run compares with the first's report.json (nothing changed, and the
        // appendix says so); the third compares with the same classifications and ratings, so
        // it writes the same bytes as the second.
        let second = try run(sample(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(second.status, 0, second.errors)
        let compared = try contents(out)
        XCTAssertEqual(Set(compared.keys), Set(files))
        let markdown = String(decoding: try XCTUnwrap(compared["report.md"]), as: UTF8.self)
        XCTAssertTrue(markdown.contains("## What changed since the last report\n\nCompared with the last report, for 2023/24, dated 31 March 2024.\n\n"
            + "### Measures whose classification changed\n\nNo measure's classification changed.\n\n"
            + "### Outcome statements whose rating changed\n\nNo outcome statement's rating changed.\n"), markdown)
        XCTAssertEqual(compared["measures.csv"], written["measures.csv"], "the measure table does not change")
        let third = try run(sample(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(third.status, 0, third.errors)
        XCTAssertEqual(try contents(out), compared)
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
        try temporary.write("plain-file", "not a folder\n")

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

    /// A copy of the sample partnership (Rules/ and Indicators/) in the temporary folder, run
    /// from there as a person would, with the default folders.
    private func copySample() throws {
        try FileManager.default.copyItem(atPath: rules, toPath: folder + "/Rules")
        try FileManager.default.copyItem(atPath: indicators, toPath: folder + "/Indicators")
    }

    func testRunIntoTheCurrentFolderIsRefusedWithoutACrash() throws {
        // `.` once stopped assure with SIGILL (a one-character path in NSString's path methods).
        try copySample()
        let before = try contents(folder + "/Indicators")
        let result = try run(["run", "--out", "."])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertTrue(result.errors.hasPrefix("error: --out '.' holds the rules folder 'Rules', and assure run replaces its output folder whole\n"),
                      result.errors)
        XCTAssertEqual(try contents(folder + "/Indicators"), before)
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder)), ["Rules", "Indicators"])
    }

    func testRunIntoAOneCharacterFolder() throws {
        try copySample()
        let result = try run(["run", "--period", "2023/24", "--out", "o"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.errors.hasSuffix("Written to o/: report.md, report.txt, report.html, report.json, measures.csv, report.docx.\n"), result.errors)
        XCTAssertEqual(Set(try contents(folder + "/o").keys), Set(files))
        // Run from inside it, `.` is a folder of reports only: replaced.
        let again = try AssureProcess.run(["run", "--period", "2023/24", "--out", ".", "--rules", "../Rules", "--indicators", "../Indicators"],
                                          in: folder + "/o")
        XCTAssertEqual(again.status, 0, again.errors)
    }

    func testReportOverAnIndicatorFileIsRefusedAndTheFileKept() throws {
        try copySample()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/Indicators/momo.csv"))
        for output in ["Indicators/momo.csv", "Rules/../Indicators/momo.csv", "./Indicators/momo.csv"] {
            let result = try run(["report", "--output", output])
            XCTAssertEqual(result.status, 1, output)
            XCTAssertTrue(result.errors.hasPrefix("error: --output '\(output)' is inside the indicators folder 'Indicators'"), result.errors)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/Indicators/momo.csv")), before)
    }

    func testAnEmptyRulesFileIsAnErrorAndTheOutputIsUntouched() throws {
        try temporary.write("Rules/empty.assure", "")
        try FileManager.default.copyItem(atPath: indicators, toPath: folder + "/Indicators")
        let result = try run(["run"])
        XCTAssertEqual(result.status, 1, result.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/out"))
        XCTAssertEqual(try run(["report"]).status, 1)
    }

    func testSPCReadsStandardInput() throws {
        let result = try AssureProcess.run(["spc", "-", "--format", "json"], in: folder,
                                           input: "period,value\n2023-01,10\n2023-02,12\n2023-03,11\n2023-04,13\n")
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.output.contains("\"mean\": 11.5"), result.output)
    }

    func testReportUnknownFormatExitsTwo() throws {
        let result = try run(sample(["report", "--format", "nope"]))
        XCTAssertEqual(result.status, 2, result.errors)
    }
}
