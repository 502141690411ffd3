import XCTest

/// `assure` with no command, `help`, `help CMD`, `CMD --help`, and every kind of usage error
/// (exit status 2, nothing on standard output).
final class HelpAndUsageTests: XCTestCase {
    private let commands = ["check", "fmt", "indicators", "explain", "report", "run", "overview", "spc", "test"]

    func testNoCommandPrintsTheOverviewOnStandardErrorAndExitsTwo() {
        let outcome = assure([])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.errors.hasPrefix("usage: assure <command> [options]\n\nCommands:\n  check "), outcome.errors)
    }

    func testHelpListsEveryCommandAndExitsZero() {
        for spelling in ["help", "--help", "-h"] {
            let outcome = assure([spelling])
            XCTAssertEqual(outcome.status, 0, spelling)
            XCTAssertEqual(outcome.errors, "")
            let listed = outcome.output.split(separator: "\n").filter { $0.hasPrefix("  ") }
                .compactMap { $0.split(separator: " ").first.map(String.init) }
            XCTAssertEqual(listed, commands, spelling)
        }
    }

    func testHelpOfACommandGivesItsUsageSummaryOptionsAndAnExample() {
        let outcome = assure(["help", "report"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, """
            usage: assure report [--period P] [--area A | --all-areas | --areas A,B,…] [--jobs N] [--format md|text|html|json|csv|docx] [--output FILE|-] [--date YYYY-MM-DD] [--previous FILE] [--rules DIR] [--indicators DIR]

            write the "How are we doing?" report in one format

            Options:
              --period P                           the period to report on (2023/24, 2023/24 Q3, 2023-10, 2023); default the latest the measures' data covers
              --area A                             the area to report on, as named in the data's area column; default the whole partnership
              --all-areas                          judge every local authority in the data (every area where the data gives no levels; not England or the regions), the data loaded once: each area's report.json on one line (JSON lines; needs --format json)
              --areas A,B,…                        judge these areas (codes or names, separated by commas), as --all-areas does
              --jobs N                             with --all-areas or --areas: judge N areas at a time; default the processor cores (the output is the same bytes whatever N)
              --format md|text|html|json|csv|docx  the report's format (markdown and txt are also accepted; docx needs --output FILE); default md
              --output FILE|-                      write the report to FILE (atomically) instead of standard output; - is standard output
              --date YYYY-MM-DD                    the report's date; default the last day of the period
              --previous FILE                      the previous report.json, for the appendix of what changed since then; default none
              --rules DIR                          the folder of rules files (*.assure, in subfolders too); default Rules
              --indicators DIR                     the folder of indicator extracts (*.csv); default Indicators
              -h, --help                           show this help and exit

            Example:
              assure report --period 2023/24 --format html --output report.html

            """)
        XCTAssertEqual(assure(["report", "--help"]).output, outcome.output)
    }

    func testEveryCommandAnswersHelp() {
        for command in commands {
            let outcome = assure([command, "--help"])
            XCTAssertEqual(outcome.status, 0, command)
            XCTAssertTrue(outcome.output.hasPrefix("usage: assure \(command)"), outcome.output)
            XCTAssertEqual(assure(["help", command]).status, 0, command)
        }
    }

    func testHelpOfAnUnknownCommandExitsTwo() {
        let outcome = assure(["help", "reprot"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.hasPrefix("error: there is no command 'reprot'\n"), outcome.errors)
    }

    func testUnknownCommandExitsTwo() {
        let outcome = assure(["reprot"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertEqual(outcome.output, "")
        XCTAssertTrue(outcome.errors.hasPrefix("error: unknown command 'reprot'\n"), outcome.errors)
    }

    func testUsageErrorsExitTwoWithTheCommandsUsage() {
        let cases: [([String], String)] = [
            (["report", "--format", "pdf"], "error: --format must be one of md, markdown, text, txt, html, json, csv, docx, not 'pdf'\n"),
            (["report", "--colour"], "error: unknown option '--colour'\n"),
            (["report", "--period", "2023/24", "extra"], "error: unexpected argument 'extra'\n"),
            (["report", "--output"], "error: option --output needs a value\n"),
            (["explain"], "error: name the measure to explain\n"),
            (["spc"], "error: name the CSV file to chart, or '-' for standard input\n"),
            (["spc", "-", "--target", "ten"], "error: --target must be a number, not 'ten'\n"),
            (["spc", "-", "--fix-after", "3"], "error: --fix-after must be a whole number of points, at least 12, not '3'\n"),
            (["fmt", "--rules", "Rules", "a.assure"], "error: give either --rules or files, not both\n"),
        ]
        for (arguments, message) in cases {
            let outcome = assure(arguments)
            XCTAssertEqual(outcome.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(outcome.output, "")
            XCTAssertTrue(outcome.errors.hasPrefix(message), outcome.errors)
            XCTAssertTrue(outcome.errors.contains("\nusage: assure \(arguments[0]) "), outcome.errors)
        }
    }

    func testAPeriodThatCannotBeReadIsAUsageError() {
        let outcome = assure(["report", "--period", "spring"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.hasPrefix("error: --period: "), outcome.errors)
    }
}
