import Foundation
import XCTest
import AssureTestSupport
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
        Golden.assertMatches(try MarkdownReport.render(document()), "report.md")
    }

    func testTextGolden() throws {
        Golden.assertMatches(try TextReport.render(document()), "report.txt")
    }

    func testJSONGolden() throws {
        Golden.assertMatches(try JSONReport.render(document()), "report.json")
    }

    func testCSVGolden() throws {
        Golden.assertMatches(try CSVReport.render(document()), "report.csv")
    }

    func testJSONIsValidAndKeepsFullPrecision() throws {
        let text = try JSONReport.render(document())
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        XCTAssertEqual(object?["schema"] as? String, "assure-report/1")
        let measures = object?["measures"] as? [[String: Any]]
        let marac = measures?.first { $0["name"] as? String == "marac" }
        let change = marac?["change"] as? [String: Any]
        // (65 − 88) / 88 × 100, unrounded.
        XCTAssertEqual(change?["percent"] as? Double ?? 0, (65.0 - 88.0) / 88.0 * 100, accuracy: 1e-12)
    }

    func testEveryFormatIsTheSameBytesTwice() throws {
        // Two assessments from scratch, not one document rendered twice.
        let first = try XCTUnwrap(ReportFixture.document)
        let second = try XCTUnwrap(ReportFixture.document)
        XCTAssertEqual(first, second)
        XCTAssertEqual(MarkdownReport.render(first), MarkdownReport.render(second))
        XCTAssertEqual(TextReport.render(first), TextReport.render(second))
        XCTAssertEqual(JSONReport.render(first), JSONReport.render(second))
        XCTAssertEqual(CSVReport.render(first), CSVReport.render(second))
    }

    func testSectionsFollowTheTemplateAndPriorityOrder() throws {
        let document = try self.document()
        XCTAssertEqual(document.data.map(\.heading), ["Areas to note", "What we are doing well", "Areas for further exploration"])
        // Doing well: neglect, CSA, voice — the order priorities were declared, not the order
        // the measures were written. MARAC's 88 → 65 is within chance (exact conditional test,
        // scipy.stats.binomtest(65, 153, 0.5).pvalue = 0.075), so domestic abuse is to note.
        XCTAssertEqual(document.data[1].groups.map { $0.priority?.name }, ["neglect", "csa", "voice"])
        XCTAssertEqual(document.data[0].groups.last?.heading, "Other measures")
        XCTAssertEqual(document.measures.map(\.name), ["marac", "neglect_share", "second_time", "momo", "csa_confidence", "early_help", "missing_education"])
        // Safer at home rests on MARAC alone: not doing well, so "otherwise red".
        XCTAssertEqual(document.outcomes.map(\.ratingText), ["Red", "Amber", "No evidence"])
    }

    func testDataQualityNamesMissingSuppressedAndUnjudged() throws {
        let kinds = try document().dataQuality.map { "\($0.measure) \($0.kind.rawValue)" }
        // One entry a measure, of the weightiest kind: a gap that stopped the judgement.
        XCTAssertEqual(kinds, ["early_help not_judged", "missing_education not_judged"])
    }

    func testCSVQuotesAndDefusesFormulas() {
        XCTAssertEqual(CSVReport.field("a, b"), "\"a, b\"")
        XCTAssertEqual(CSVReport.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVReport.field("=1+1"), "'=1+1")
        XCTAssertEqual(CSVReport.field("-26.5"), "-26.5")
    }
}
