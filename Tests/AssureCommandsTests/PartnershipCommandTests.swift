import AssureTestSupport
import Foundation
import XCTest

/// `check`, `report`, `run` and `explain` in-process on the tiny partnership (figures worked
/// by hand in `TinyPartnership`) and on the sample.
final class PartnershipCommandTests: XCTestCase {
    private var tiny: TinyPartnership!

    override func setUpWithError() throws { tiny = try TinyPartnership() }
    override func tearDown() { tiny.remove() }

    // MARK: check

    func testCheckCountsTheFilesAndMeasures() {
        let outcome = assure(tiny.arguments(["check"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "Checked 1 rules file: 2 measures, no outcome statements; no errors, no warnings.\n")
    }

    func testCheckReportsAnUnknownIndicatorAtItsPlace() throws {
        try tiny.folder.write("Rules/broken.assure", "measure broken {\n  priority main\n  value no_such_indicator\n}\n")
        let outcome = assure(tiny.arguments(["check"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("\(tiny.rules)/broken.assure:3:9: error: unknown indicator 'no_such_indicator'\n"), outcome.errors)
    }

    func testCheckJSONIsAnEmptyArrayWhenClean() {
        let outcome = assure(tiny.arguments(["check", "--format", "json"]))
        XCTAssertEqual(outcome.status, 0)
        // The layout's version first (docs/check-json.md), then no diagnostics.
        XCTAssertEqual(outcome.output, "{\n  \"schema\": \"assure-check/1\",\n  \"diagnostics\": []\n}\n")
    }

    // MARK: The default period

    func testTheDefaultFinancialYearIsTheLastOneTheMonthlyFiguresComplete() {
        // Monthly figures to March 2024 and a population for 2024/25: the report is for 2023/24.
        let outcome = assure(tiny.arguments(["report", "--format", "csv"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let rows = outcome.output.split(separator: "\r\n").map(String.init)
        XCTAssertEqual(rows.count, 3)
        // 1,080 − 1,200 = −120 (−10%); 108 − 120 = −12 (−10%).
        XCTAssertTrue(rows[1].hasPrefix("referrals,Referrals,main,count,lower,2023/24,1080,\"1,080\",previous period,2022/23,1200,-120,-10,"), rows[1])
        XCTAssertTrue(rows[2].hasPrefix("referral_rate,\"Referrals per 10,000 children\",main,\"rate per 10,000\",lower,2023/24,108,"
                                        + "\"108 per 10,000\",previous period,2022/23,120,-12,-10,"), rows[2])
    }

    func testTheReportSaysWhatWasDoneWell() {
        let outcome = assure(tiny.arguments(["report", "--format", "md"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.output.contains("- Referrals fell to 1,080 in 2023/24.\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("- The referral rate fell to 108 per 10,000 in 2023/24.\n"), outcome.output)
    }

    func testEveryReportFormat() {
        let starts = ["md": "# Tiny report\n", "text": "TINY REPORT\n", "html": "<!DOCTYPE html>", "json": "{", "csv": "measure,"]
        for (format, start) in starts.sorted(by: { $0.key < $1.key }) {
            let outcome = assure(tiny.arguments(["report", "--format", format]))
            XCTAssertEqual(outcome.status, 0, outcome.errors)
            XCTAssertTrue(outcome.output.hasPrefix(start), "\(format): \(outcome.output.prefix(80))")
        }
    }

    func testAPeriodPastTheDataIsAnErrorNamingThePeriodsThereAre() {
        let outcome = assure(tiny.arguments(["report", "--period", "2024/25"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "")
        XCTAssertEqual(outcome.errors, """
            error: no measure has a figure for 2024/25, after the data ends: the measures' data covers 2022/23 to 2023/24
              help: give --period a period from 2022/23 to 2023/24, or leave it out for the latest (2023/24); or add the figures for 2024/25 to \(tiny.indicators)/

            """)
    }

    func testAPeriodBeforeTheDataIsAnError() {
        let outcome = assure(tiny.arguments(["report", "--period", "2020/21"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("error: no measure has a figure for 2020/21, before the data begins: the measures' data covers 2022/23 to 2023/24\n"),
                      outcome.errors)
    }

    func testAnAreaNotInTheDataIsAnError() throws {
        let data = "indicator,area,period,value\nreferrals,North,2023-04,5\nreferrals,South,2023-04,6\n"
        let areas = try TinyPartnership(data: data)
        defer { areas.remove() }
        let outcome = assure(areas.arguments(["report", "--area", "East"]))
        XCTAssertEqual(outcome.status, 1)
        // (After the checker's warning that this data has no population.)
        XCTAssertTrue(outcome.errors.hasSuffix("""
            error: the indicator data has no area 'East'; its areas are: North, South
              help: give --area one of those, or leave out --area

            """), outcome.errors)
    }

    func testAnAreaWhenTheDataHasNoneIsAnError() {
        let outcome = assure(tiny.arguments(["report", "--area", "East"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("error: the indicator data has no areas (no file has an area column), so there is no area 'East'\n"),
                      outcome.errors)
    }

    func testRulesWithoutMeasuresAreAnErrorAndWriteNothing() throws {
        let empty = try TinyPartnership(rules: "")
        defer { empty.remove() }
        let out = empty.folder.path + "/out"
        for arguments in [["report"], ["run", "--out", out], ["check"]] {
            let outcome = assure(empty.arguments(arguments))
            // Whoever says it (this command or the checker), it is an error.
            XCTAssertEqual(outcome.status, 1, arguments[0])
            XCTAssertEqual(outcome.output.contains("# "), false)
            XCTAssertTrue(outcome.errors.contains("error:"), outcome.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    // MARK: run

    func testRunWritesEveryFormatAndSummarises() throws {
        let out = tiny.folder.path + "/out"
        let outcome = assure(tiny.arguments(["run", "--out", out]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "")
        XCTAssertEqual(outcome.errors, """
            2023/24: 2 measures — 2 doing well, 0 for further exploration, 0 to note (0 could not be judged); 0 data problems (figures missing, late or given as symbols; see the report's Appendix B: Data quality).
            Written to \(out)/: report.md, report.txt, report.html, report.json, measures.csv, report.docx.

            """)
        XCTAssertEqual(Set(try contents(of: out).keys), ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"])
    }

    // MARK: Outputs that would overwrite the inputs

    func testReportOutputIntoTheIndicatorsFolderIsRefusedAndTheDataKept() throws {
        let before = try contents(of: tiny.folder.path)
        for output in [tiny.indicators + "/data.csv", tiny.rules + "/../Indicators/new.md", tiny.indicators] {
            let outcome = assure(tiny.arguments(["report", "--output", output]))
            XCTAssertEqual(outcome.status, 1, output)
            XCTAssertTrue(outcome.errors.hasPrefix("error: --output '\(output)' is"), outcome.errors)
            XCTAssertTrue(outcome.errors.contains("the indicators folder '\(tiny.indicators)'; writing there would overwrite the partnership's data\n"),
                          outcome.errors)
        }
        XCTAssertEqual(try contents(of: tiny.folder.path), before)
    }

    func testRunOutputInsideTheRulesOrHoldingThemIsRefused() throws {
        let before = try contents(of: tiny.folder.path)
        let inside = assure(tiny.arguments(["run", "--out", tiny.rules + "/out"]))
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.errors.hasPrefix("error: --out '\(tiny.rules)/out' is inside the rules folder '\(tiny.rules)'"), inside.errors)
        let holding = assure(tiny.arguments(["run", "--out", tiny.folder.path]))
        XCTAssertEqual(holding.status, 1)
        XCTAssertTrue(holding.errors.hasPrefix("error: --out '\(tiny.folder.path)' holds the rules folder"), holding.errors)
        XCTAssertEqual(try contents(of: tiny.folder.path), before)
    }

    func testAnOutputThroughASymbolicLinkIntoTheDataIsRefused() throws {
        let link = tiny.folder.path + "/elsewhere"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: tiny.indicators)
        let before = try contents(of: tiny.indicators)
        let outcome = assure(tiny.arguments(["report", "--output", link + "/data.csv"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("is inside the indicators folder"), outcome.errors)
        XCTAssertEqual(try contents(of: tiny.indicators), before)
    }

    func testReportWritesAFileOutsideTheInputs() throws {
        let output = tiny.folder.path + "/report.md"
        let outcome = assure(tiny.arguments(["report", "--output", output]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Tiny report\n"))
    }

    // MARK: explain

    func testExplainShowsTheHandWorkedRate() {
        let outcome = assure(tiny.arguments(["explain", "referral_rate"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.output.contains("Value for 2023/24: 108 per 10,000\n  referrals for 2023/24, sum of 12 months: 1,080\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("  change: −12 (108 − 120); −10% of 120, decrease\n"), outcome.output)
    }

    func testExplainOfAnSPCMeasureWithNoticesOnTheSample() {
        // From Indicators/momo.csv: March 2024 is 180 (line 61); the highest month since April
        // 2021 is October 2023's 187; December 2023 to March 2024 rise 164, 171, 172, 180.
        let outcome = assure(Sample.arguments(["explain", "momo_statements", "--period", "2023/24"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.output.contains("Value for March 2024: 180\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("      2024-03    180   \(Sample.indicators)/momo.csv:61\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("Statistical process control (XmR), improvement is increase, over 60 periods from April 2019\n"), outcome.output)
        XCTAssertTrue(outcome.output.contains("Record highest over 36 periods from April 2021: 187 in October 2023"), outcome.output)
        XCTAssertTrue(outcome.output.contains("Run of 4 rising points from December 2023: not long enough\n"), outcome.output)
    }

    func testExplainJSONOfTheSample() {
        let outcome = assure(Sample.arguments(["explain", "momo_statements", "--period", "2023/24", "--format", "json"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.output.hasPrefix("{"), outcome.output)
    }

    func testExplainOfAnUnknownMeasureSuggestsOne() {
        let outcome = assure(tiny.arguments(["explain", "referal_rate"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.errors, "error: there is no measure 'referal_rate'\n  help: did you mean 'referral_rate'?\n")
    }

    func testTheSampleReportDefaultsToTheLastQuarterOfItsData() {
        // The sample's monthly and quarterly extracts end in March 2024; its surveys are yearly.
        let outcome = assure(Sample.arguments(["report", "--format", "text"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.output.contains("Period covered: January to March 2024 (Quarter 4)\n"), String(outcome.output.prefix(300)))
    }
}
