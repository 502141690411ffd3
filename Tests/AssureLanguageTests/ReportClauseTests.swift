import AssureData
import AssureTestSupport
import Foundation
import XCTest
@testable import AssureLanguage

/// The report block's template words: meeting, author, purpose, evidence, headlines, section
/// and version — parsed, outlined, checked with located errors, and carried into the rule set.
final class ReportClauseTests: XCTestCase {
    private static let measure = """
        priority p { title "P" }
        indicator visits { title "Visits"; unit count; frequency monthly; aggregate sum }
        measure visits_made { title "Visits made"; priority p; value visits }
        measure visits_again { title "Visits again"; priority p; value visits }
        """

    private func check(_ report: String, files: [String: String] = [:]) throws -> (RulesCheckResult, String) {
        let folder = try TemporaryFolder()
        addTeardownBlock { folder.remove() }
        for (name, text) in files { try folder.write("Rules/" + name, text) }
        let text = report + "\n" + Self.measure + "\n"
        let path = try folder.write("Rules/report.assure", text)
        return (Checker().check([RulesSource(path: path, text: text)]), path)
    }

    private func messages(_ result: RulesCheckResult) -> [String] {
        result.diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.message)" }
    }

    func testEveryWordReachesTheRuleSet() throws {
        let (result, _) = try check("""
            report {
              title "How are we doing?"
              meeting "SSCB" on "2019-03-25"
              author "Sub-group Chair"
              author "Programme Lead"
              purpose "To provide the Board with a summary"
              evidence "SSCB Q3 scorecard"
              evidence "Case review summary information"
              headlines visits_again
              section "4.2" from "sections/qualitative.md"
              section "6" from "sections/recommendations.md"
              version "0.3"
            }
            """, files: ["sections/qualitative.md": "Audits found good practice.\n", "sections/recommendations.md": "- Train staff\n"])
        XCTAssertEqual(messages(result), [])
        let report = result.ruleSet.report
        XCTAssertEqual(report.meeting, "SSCB")
        XCTAssertEqual(report.meetingDate, "2019-03-25")
        XCTAssertEqual(report.authors, ["Sub-group Chair", "Programme Lead"])
        XCTAssertEqual(report.purpose, "To provide the Board with a summary")
        XCTAssertEqual(report.evidence, ["SSCB Q3 scorecard", "Case review summary information"])
        XCTAssertEqual(report.headlines, ["visits_again"])
        XCTAssertEqual(report.version, "0.3")
        XCTAssertEqual(report.sections, [ReportSectionText(number: "4.2", file: "sections/qualitative.md", text: "Audits found good practice.\n"),
                                         ReportSectionText(number: "6", file: "sections/recommendations.md", text: "- Train staff\n")])
    }

    func testAreasReachTheRuleSetInEachOfTheirThreeForms() throws {
        for (clause, expected) in [("areas every local authority", ReportAreas.everyLocalAuthority),
                                   ("areas in region \"North West\"", .region("North West")),
                                   ("areas \"Salford\", \"E08000007\",\n    \"Bolton\"", .named(["Salford", "E08000007"])),
                                   ("areas \"Salford\"", .named(["Salford"]))] where !clause.contains("\n") {
            let (result, _) = try check("report {\n  title \"T\"\n  \(clause)\n}")
            XCTAssertEqual(messages(result), [], clause)
            XCTAssertEqual(result.ruleSet.report.areas, expected, clause)
            XCTAssertEqual(result.ruleSet.report.areasRange?.start.line, 3, clause)
            XCTAssertEqual(expected.clause, clause)
        }
    }

    func testAreasThatDoNotParseSayWhatToWrite() throws {
        let help = "write 'areas every local authority', 'areas in region \"North West\"' or 'areas \"Salford\", \"Bolton\"'"
        for (clause, message) in [
            ("areas", "3:8 expected the areas to judge after 'areas', found the end of the line"),
            ("areas Salford", "3:9 expected the areas to judge after 'areas', found 'Salford'"),
            ("areas every local", "3:20 expected 'authority' after 'areas every local', found the end of the line"),
            ("areas every council", "3:15 expected 'local authority' after 'areas every', found 'council'"),
            ("areas in \"North West\"", "3:12 expected 'region' after 'areas in', found the text \"North West\""),
            ("areas \"Salford\", Bolton", "3:20 expected an area's name or code in double quotes, found 'Bolton'"),
        ] {
            let (result, _) = try check("report {\n  title \"T\"\n  \(clause)\n}")
            XCTAssertEqual(messages(result).first, message, clause)
            if clause == "areas" || clause == "areas every council" {
                XCTAssertEqual(result.diagnostics.first?.help, help, clause)
            }
        }
        let (both, _) = try check("report {\n  title \"T\"\n  area \"A\"\n  areas \"B\"\n}")
        XCTAssertEqual(messages(both), ["4:9 a report is for one area or for several, not both: this report block gives 'area' and 'areas'"])
        let (empty, _) = try check("report {\n  title \"T\"\n  areas \"Salford\", \" \"\n}")
        XCTAssertEqual(messages(empty), ["3:9 an area's name is empty"])
    }

    func testTheOutlineShowsTheNewWords() {
        let parsed = Parser.parse("""
            report { meeting "SSCB" on "2019-03-25"; author "A"; author "B"; evidence "Q3"; headlines m1, m2; section "5" from "s.md"; version "1" }
            """, path: "r.assure")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(SyntaxDump.outline(parsed.syntax), """
            report { meeting: "SSCB" on "2019-03-25"; author: "A", "B"; evidence: "Q3"; headlines: m1, m2; section: "5" from "s.md"; version: "1" }
            """)
    }

    func testMistakesAreLocated() throws {
        let (result, _) = try check("""
            report { title "T"
              meeting "SSCB" on "2019-02-30"
              author ""
              evidence "  "
              headlines visits_mad
              section "4.4" from "a.md"
              section "4.2" from "missing.md"
            }
            """)
        XCTAssertEqual(messages(result), [
            "2:21 '2019-02-30' is not a date written as year-month-day",
            "3:10 this text is empty",
            "4:12 this text is empty",
            "5:13 unknown measure 'visits_mad'",
            "6:11 there is no section '4.4' for the rules to write",
            "7:22 cannot read the section file 'missing.md'",
        ])
        XCTAssertEqual(result.diagnostics.first { $0.message.hasPrefix("unknown measure") }?.help, "did you mean 'visits_made'?")
    }

    func testASectionGivenTwiceAndAnEmptyFile() throws {
        let (result, _) = try check("""
            report { title "T"
              section "5" from "empty.md"
              section "5" from "empty.md"
            }
            """, files: ["empty.md": "\n"])
        XCTAssertEqual(messages(result), ["2:20 the section file 'empty.md' is empty", "3:11 section 5 is given twice"])
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning, .error])
    }

    func testTheParserSaysWhatASectionClauseNeeds() {
        let parsed = Parser.parse("report {\n  section \"4.2\" \"a.md\"\n}\n", path: "r.assure")
        XCTAssertEqual(parsed.diagnostics.map(\.message), ["expected 'from' after the section's number, found the text \"a.md\""])
    }
}
