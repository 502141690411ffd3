import XCTest
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// Golden files for every format of the fixture's report, and the same bytes on every run.
final class ReportGoldenTests: XCTestCase {
    private func document() throws -> ReportDocument {
        try XCTUnwrap(ReportFixture.document, "the fixture has data for 2023/24")
    }

    func testMarkdownGolden() throws {
        try Golden.assertMatches(MarkdownReport.render(document()), "report.md")
    }

    func testTextGolden() throws {
        try Golden.assertMatches(TextReport.render(document()), "report.txt")
    }
}
