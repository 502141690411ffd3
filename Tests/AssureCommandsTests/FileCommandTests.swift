import AssureCommands
import AssureTestSupport
import Foundation
import XCTest

/// `fmt`, `spc` (from a file and from standard input) and `indicators` in-process.
final class FileCommandTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    // MARK: fmt

    private let untidy = "priority  main {\n      title \"Main priority\"\n}\n"
    private let tidy = "priority main {\n  title \"Main priority\"\n}\n"

    func testFmtCheckListsAFileThatWouldChangeAndLeavesIt() throws {
        let path = try folder.write("a.assure", untidy)
        let outcome = assure(["fmt", "--check", path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, path + "\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), untidy)
    }

    func testFmtRewritesInTheCanonicalLayout() throws {
        let path = try folder.write("Rules/a.assure", untidy)
        let outcome = assure(["fmt", "--rules", folder.path + "/Rules"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "formatted \(path)\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), tidy)
        // Nothing is left beside it (the temporary file was renamed into place).
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Rules"), ["a.assure"])
        XCTAssertEqual(assure(["fmt", "--check", path]).status, 0)
    }

    func testFmtLeavesAFileWithSyntaxErrorsAndSaysWhere() throws {
        let text = "priority main {\n  title\n"
        let path = try folder.write("b.assure", text)
        let outcome = assure(["fmt", path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix(path + ":"), outcome.errors)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
    }

    // MARK: spc

    /// 10, 12, 11, 13: mean 46 / 4 = 11.5; moving ranges 2, 1, 2, mean 5 / 3; limits
    /// 11.5 ± 2.66 × 5 / 3 = 11.5 ± 4.4333…, so 7.0667 to 15.9333.
    private let series = "period,value\n2023-01,10\n2023-02,12\n2023-03,11\n2023-04,13\n"

    func testSPCFromStandardInputAsCSV() {
        let outcome = assure(["spc", "-", "--format", "csv"], input: series)
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let rows = outcome.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(rows.first, "period,value,mean,lower_limit,upper_limit,point_type,rule")
        XCTAssertEqual(rows.count, 5)
        let first = rows[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(first[0...2], ["2023-01", "10", "11.5"])
        XCTAssertEqual(try XCTUnwrap(Double(first[3])), 7.0667, accuracy: 0.0001)
        XCTAssertEqual(try XCTUnwrap(Double(first[4])), 15.9333, accuracy: 0.0001)
        XCTAssertEqual(first[5], "common_cause")
        // Four values are fewer than twelve: the limits are trial limits, said on standard error.
        XCTAssertEqual(outcome.errors, "warning: the series has 4 values, fewer than 12: its limits are trial limits and may move as more data arrive\n")
    }

    func testSPCFromAFileIsTheSameAsFromStandardInput() throws {
        let path = try folder.write("series.csv", series)
        XCTAssertEqual(assure(["spc", path, "--format", "json"]).output, assure(["spc", "-", "--format", "json"], input: series).output)
    }

    func testSPCProblemOnStandardInputIsShownAtItsLine() {
        let outcome = assure(["spc", "-"], input: "period,value\n2023-01,10\n2023-02,abc\n")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.errors.hasPrefix("<stdin>:3:9: error: 'abc' is not a number\n   |\n 3 | 2023-02,abc\n   |         ^^^\n"),
                      outcome.errors)
    }

    func testSPCOfAMissingFileExitsOne() {
        let outcome = assure(["spc", folder.path + "/none.csv"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("error: no such file '\(folder.path)/none.csv'\n"), outcome.errors)
    }

    func testSPCOfTheSampleSeries() {
        let outcome = assure(["spc", Sample.indicators + "/momo.csv"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertFalse(outcome.output.isEmpty)
    }

    // MARK: indicators

    func testIndicatorsListsTheCatalogue() throws {
        try folder.write("Indicators/a.csv", "indicator,period,value\nreferrals,2023-04,5\nreferrals,2023-06,7\n")
        let outcome = assure(["indicators", "--indicators", folder.path + "/Indicators"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, """
            indicator  frequency  first    last     values  missing  c  x  z  u  low  gaps
            referrals  monthly    2023-04  2023-06       2        0  0  0  0  0    0  2023-05

            1 indicator, 1 series: 2 values, 0 missing, 1 period in gaps
            Symbols: c confidential (c, *); x not available (x, :, ..); z not applicable (z); u low reliability (u); low rounds to zero (low, k); each also in brackets, as [c].

            """)
    }

    func testColourOnlyWhenTheConsoleSaysSo() throws {
        try folder.write("Indicators/a.csv", "indicator,period,value\nreferrals,2023-04,12a\n")
        let plain = assure(["indicators", "--indicators", folder.path + "/Indicators"])
        XCTAssertFalse(plain.errors.contains("\u{1B}["), plain.errors)
        let console = AssureCommands.Console.capturing(colour: true)
        XCTAssertEqual(AssureCommands.Assure.main(arguments: ["indicators", "--indicators", folder.path + "/Indicators"], console: console), 1)
        XCTAssertTrue(console.errors.contains("\u{1B}[1;31merror:\u{1B}[0m"), console.errors)
    }
}

/// `assure spc` reads only a regular file: a FIFO is refused at once, never waited on.
final class SPCFIFOTests: XCTestCase {
    func testAFIFOIsRefusedNotWaitedOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/series.csv"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        let outcome = assure(["spc", path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("is a FIFO (named pipe), not a regular file"), outcome.errors)
    }
}
