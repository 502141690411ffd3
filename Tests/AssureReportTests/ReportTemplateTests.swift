import AssureData
import AssureTestSupport
import AssureEngine
import AssureLanguage
import XCTest
@testable import AssureReport

/// Every section of the template (Appendix A), in its order, in every format; the sub-group's
/// texts, the evidence by name, headline measures only, and the date and version at the end.
final class ReportTemplateTests: XCTestCase {
    static func document(headlines: [String] = ["marac"]) throws -> ReportDocument {
        var plan = ReportFixture.plan
        plan.report.meeting = "SSCB"
        plan.report.meetingDate = "2019-03-25"
        plan.report.authors = ["Sub-group Chair", "Programme Lead"]
        plan.report.purpose = "To provide the Board with a summary of current performance"
        plan.report.evidence = ["SSCB Q3 scorecard", "Case review summary information"]
        plan.report.headlines = headlines
        plan.report.version = "0.3"
        plan.report.sections = [
            ReportSectionText(number: "1", file: "intro.md", text: "Our own introduction."),
            ReportSectionText(number: "4.2", file: "q.md", text: "Audits found\ngood practice.\n\n- first audit\n- second\n  audit\n"),
            ReportSectionText(number: "4.3", file: "v.md", text: "Children told us they feel heard."),
            ReportSectionText(number: "5", file: "e.md", text: "* New guidance in 2024"),
            ReportSectionText(number: "6", file: "r.md", text: "• Train the workforce"),
        ]
        let assessment = try XCTUnwrap(Assessment.evaluate(plan, data: ReportFixture.data, period: period("2023/24")))
        return ReportDocument(assessment, date: ReportDate(year: 2019, month: 3, day: 26))
    }

    /// The template's order, as each format writes its headings.
    static let order = ["SSCB meeting date", "Report author", "Purpose of report", "Period covered",
                        "1. Introduction", "Our own introduction.", "2. Our strategic priorities",
                        "3. Summary of evidence available in the period", "SSCB Q3 scorecard", "Case review summary information",
                        "4. Review of performance", "4.1 Data", "Areas to note", "What we are doing well", "Areas for further exploration",
                        "4.2 Qualitative evidence, including audit, research and evaluation", "Audits found good practice.", "first audit", "second audit",
                        "4.3 Voices (children, families, professionals)", "Children told us they feel heard.",
                        "5. Other information and emerging issues for next period (horizon scanning)", "New guidance in 2024",
                        "6. Recommendations for the partnership", "Train the workforce", "26 March 2019", "0.3",
                        "Appendix A: Outcome statements", "Appendix B: Data quality", "Appendix C: Every measure"]

    func testEverySectionInOrderInEveryTextFormat() throws {
        let document = try Self.document()
        for format in [ReportFormat.markdown, .text, .html] {
            let text = format.render(document)
            var position = text.startIndex
            for expected in Self.order {
                // Plain text writes headings in capitals.
                let search = format == .text && Self.isHeading(expected) ? expected.uppercased() : expected
                guard let found = text.range(of: search, range: position..<text.endIndex) else {
                    XCTFail("\(format): '\(search)' is missing or out of order")
                    break
                }
                position = found.upperBound
            }
        }
    }

    private static func isHeading(_ text: String) -> Bool {
        (text.first?.isNumber == true && text.count > 4 && !text.contains("March")) || text.hasPrefix("Appendix")
    }

    func testTheHeaderSaysTheMeetingAndItsDate() throws {
        let markdown = MarkdownReport.render(try Self.document())
        XCTAssertTrue(markdown.contains("**SSCB meeting date:** 25 March 2019  \n**Report author:** Sub-group Chair; Programme Lead  \n"))
        XCTAssertTrue(markdown.contains("**Date:** 26 March 2019  \n**Version:** 0.3  \n"))
    }

    /// With `headlines marac` only the fixture's marac (65 repeats against 88, an area to note)
    /// is in 4.1; every measure stays in the appendix.
    func testHeadlinesOnlyKeepsOtherMeasuresOutOf41() throws {
        let document = try Self.document()
        XCTAssertTrue(document.headlinesOnly)
        XCTAssertEqual(document.data.flatMap { $0.groups.flatMap { $0.statements.map(\.measure) } }, ["marac"])
        let all = try Self.document(headlines: [])
        XCTAssertFalse(all.headlinesOnly)
        XCTAssertGreaterThan(all.data.flatMap { $0.groups.flatMap(\.statements) }.count, 1)
        XCTAssertEqual(document.measures.count, all.measures.count)
    }

    func testTheSubGroupsTextBecomesParagraphsAndLists() {
        XCTAssertEqual(ReportText.blocks("One\ntwo.\n\nThree.\n- a\n- b\n  c\n\n* d\n• e\r\n"),
                       [.paragraph("One two."), .paragraph("Three."), .bullets(["a", "b c"]), .bullets(["d", "e"])])
        XCTAssertEqual(ReportText.blocks("  \n\n"), [])
    }

    func testJSONCarriesTheNewFields() throws {
        let json = JSONReport.render(try Self.document())
        for fragment in ["\"version\": \"0.3\"", "\"name\": \"SSCB\"", "\"date\": \"2019-03-25\"", "\"purpose\": \"To provide the Board with a summary of current performance\"",
                         "\"evidence_names\": [", "\"headlines_only\": true", "\"paragraph\": \"Audits found good practice.\"",
                         "\"bullets\": [", "\"Train the workforce\""] {
            XCTAssertTrue(json.contains(fragment), fragment)
        }
    }

    func testAnUnwrittenSectionSaysSo() throws {
        let document = try XCTUnwrap(ReportFixture.document)
        let text = TextReport.render(document)
        XCTAssertTrue(text.contains("4.3 VOICES (CHILDREN, FAMILIES, PROFESSIONALS)\n\nNo voices are recorded for this period.\n"))
    }
}
