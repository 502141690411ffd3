import AssureTestSupport
import Foundation
import XCTest

/// "What changed since the last report": two runs of the tiny partnership, worked by hand.
///
/// 2022/23 has no 2021/22 to compare with, so both measures are areas to note and the outcome
/// statement, whose two evidence measures could not be judged, has no evidence. In 2023/24
/// referrals fell from 1,200 to 1,080 (−10%) and the rate from 120 to 108 per 10,000 (−10%):
/// both meet "doing well when change <= -10%", so both are doing well and the statement is
/// Green by "green when all doing well".
final class PreviousReportTests: XCTestCase {
    private var tiny: TinyPartnership!

    static let rulesWithOutcome = TinyPartnership.rulesText + """
        outcome fewer_referrals {
          statement "Fewer children need referring"
          priority main
          evidence referrals, referral_rate
          green when all doing well
          otherwise red
        }

        """

    override func setUpWithError() throws { tiny = try TinyPartnership(rules: Self.rulesWithOutcome) }
    override func tearDown() { tiny.remove() }

    private var out: String { tiny.folder.path + "/out" }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }

    /// The appendix in Markdown, as worked out above.
    private static let markdownChanges = """
        ## What changed since the last report

        Compared with the last report, for 2022/23, dated 31 March 2023.

        ### Measures whose classification changed

        - Referrals: area to note → what we are doing well (doing well when change \\<= -10%)
        - Referrals per 10,000 children: area to note → what we are doing well (doing well when change \\<= -10%)

        ### Outcome statements whose rating changed

        - Fewer children need referring: No evidence → Green (green when all doing well)


        """

    func testRunComparesWithTheReportAlreadyInItsFolder() throws {
        let first = assure(tiny.arguments(["run", "--period", "2022/23", "--out", out]))
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertFalse(try read("report.md").contains("What changed"), "the first run has nothing to compare with")

        let second = assure(tiny.arguments(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertFalse(second.errors.contains("warning"), second.errors)
        let markdown = try read("report.md")
        XCTAssertTrue(markdown.contains(Self.markdownChanges), markdown)
        // After data quality, before the table of every measure.
        let quality = try XCTUnwrap(markdown.range(of: "## Appendix B: Data quality"))
        let changes = try XCTUnwrap(markdown.range(of: "## What changed since the last report"))
        let table = try XCTUnwrap(markdown.range(of: "## Appendix C: Every measure"))
        XCTAssertTrue(quality.upperBound < changes.lowerBound && changes.upperBound < table.lowerBound)

        let text = try read("report.txt")
        XCTAssertTrue(text.contains("""
            WHAT CHANGED SINCE THE LAST REPORT

            Compared with the last report, for 2022/23, dated 31 March 2023.

            Measures whose classification changed

            • Referrals: area to note → what we are doing well (doing well when change <= -10%)
            • Referrals per 10,000 children: area to note → what we are doing well (doing well when change <= -10%)

            Outcome statements whose rating changed

            • Fewer children need referring: No evidence → Green (green when all doing well)
            """), text)
        XCTAssertTrue(try read("report.html").contains("""
            <section>
            <h2>What changed since the last report</h2>
            <p>Compared with the last report, for 2022/23, dated 31 March 2023.</p>
            <h3>Measures whose classification changed</h3>
            <ul>
            <li>Referrals: area to note → what we are doing well (doing well when change &lt;= -10%)</li>
            <li>Referrals per 10,000 children: area to note → what we are doing well (doing well when change &lt;= -10%)</li>
            </ul>
            <h3>Outcome statements whose rating changed</h3>
            <ul>
            <li>Fewer children need referring: No evidence → Green (green when all doing well)</li>
            </ul>
            </section>
            """))
        let docx = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/report.docx")), as: UTF8.self)
        XCTAssertTrue(docx.contains("What changed since the last report"))
        XCTAssertTrue(docx.contains("Fewer children need referring: No evidence → Green (green when all doing well)"))

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try read("report.json").utf8)) as? [String: Any])
        let changesObject = try XCTUnwrap(json["changes"] as? [String: Any])
        XCTAssertEqual(changesObject["previous"] as? [String: String], ["period": "2022/23", "date": "2023-03-31"])
        let measures = try XCTUnwrap(changesObject["measures"] as? [[String: String]])
        XCTAssertEqual(measures, [
            ["measure": "referrals", "title": "Referrals", "before": "area to note", "after": "what we are doing well",
             "reason": "doing well when change <= -10%"],
            ["measure": "referral_rate", "title": "Referrals per 10,000 children", "before": "area to note", "after": "what we are doing well",
             "reason": "doing well when change <= -10%"],
        ])
        let outcomes = try XCTUnwrap(changesObject["outcomes"] as? [[String: String]])
        XCTAssertEqual(outcomes, [["outcome": "fewer_referrals", "statement": "Fewer children need referring", "before": "No evidence",
                                   "after": "Green", "reason": "green when all doing well"]])

        // The same period again: nothing changed, and the appendix says so.
        let third = assure(tiny.arguments(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(third.status, 0, third.errors)
        let again = try read("report.md")
        XCTAssertTrue(again.contains("""
            ## What changed since the last report

            Compared with the last report, for 2023/24, dated 31 March 2024.

            ### Measures whose classification changed

            No measure's classification changed.

            ### Outcome statements whose rating changed

            No outcome statement's rating changed.
            """), again)
    }

    func testReportTakesAnExplicitPreviousReport() throws {
        let previous = tiny.folder.path + "/last.json"
        let first = assure(tiny.arguments(["report", "--period", "2022/23", "--format", "json", "--output", previous]))
        XCTAssertEqual(first.status, 0, first.errors)
        let second = assure(tiny.arguments(["report", "--period", "2023/24", "--previous", previous]))
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertTrue(second.output.contains(Self.markdownChanges), second.output)
        // Without --previous, report compares with nothing.
        XCTAssertFalse(assure(tiny.arguments(["report", "--period", "2023/24"])).output.contains("What changed"))
    }

    func testAnExplicitPreviousThatIsNotAReportIsAnErrorNamingIt() throws {
        for (name, text, why) in [("broken.json", "{\"schema\": ", "it is not JSON"),
                                  ("list.json", "[1, 2]", "it is not a JSON object"),
                                  ("other.json", "{\"schema\": \"something-else/1\"}", "it is not an Assure report.json")] {
            try tiny.folder.write(name, text)
            let path = tiny.folder.path + "/" + name
            for command in ["report", "run"] {
                let outcome = assure(tiny.arguments([command, "--previous", path, "--out", out].filter { command == "run" || ($0 != "--out" && $0 != out) }))
                XCTAssertEqual(outcome.status, 1, "\(command) \(name)")
                XCTAssertEqual(outcome.output, "")
                XCTAssertTrue(outcome.errors.hasPrefix("error: cannot use '\(path)' as the previous report: \(why)"), outcome.errors)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "run wrote nothing")
        let missing = tiny.folder.path + "/missing.json"
        let outcome = assure(tiny.arguments(["report", "--previous", missing]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("error: cannot use '\(missing)' as the previous report: "), outcome.errors)
    }

    func testAnUnreadableDefaultPreviousIsAWarningAndIgnored() throws {
        XCTAssertEqual(assure(tiny.arguments(["run", "--period", "2022/23", "--out", out])).status, 0)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: out + "/report.json"))
        let outcome = assure(tiny.arguments(["run", "--period", "2023/24", "--out", out]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.errors.hasPrefix("warning: the previous report '\(out)/report.json' is ignored: it is not JSON;"), outcome.errors)
        XCTAssertFalse(try read("report.md").contains("What changed"))
        XCTAssertTrue(try read("report.json").hasPrefix("{"), "the new report replaced the broken one")
    }
}
