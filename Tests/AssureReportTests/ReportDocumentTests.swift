import XCTest
import AssureTestSupport
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// The report document: dates without a clock, periods in words, empty sections, and a
/// narrative that cannot be written.
final class ReportDocumentTests: XCTestCase {
    /// One quarterly measure of contacts, 300 → 240 from Quarter 2 to Quarter 3 of 2023/24: a fall
    /// of 20% that chance does not explain (exact conditional test p = 0.011: scipy.stats.binomtest(240, 540, 0.5).pvalue = 0.01105).
    private func assessment(narrative: String? = nil) -> Assessment? {
        let contacts = Indicator(name: "contacts", title: "Contacts", unit: .count, polarity: .lower, aggregation: .sum)
        var narratives: [Classification: Template] = [:]
        if let narrative { narratives[.doingWell] = template(narrative) }
        let measure = Measure(name: "contacts", title: "Contacts to the front door", priority: "neglect",
                                  value: .indicator("contacts"), comparisons: [.previousPeriod],
                                  rules: [ClassificationRule(.doingWell, when: .compare(.figure(.change), .lessOrEqual, .number(-10)),
                                                                 text: "doing well when change <= -10%")],
                                  narratives: narratives)
        let plan = RuleSet(report: ReportSettings(title: "How are we doing?", partnership: "Anytown Safeguarding Partnership",
                                                    area: "Anytown", period: .quarter),
                            priorities: [Priority(name: "neglect", title: "Neglect")],
                            indicators: ["contacts": contacts], measures: [measure], outcomes: [])
        let series = TestSeries(monthlyFrom: "2023-07", [100, 100, 100, 80, 80, 80], file: "Indicators/contacts.csv")
        return Assessment.evaluate(plan, data: TestData(series: ["contacts": series]))
    }

    func testTheLatestCompleteQuarterInWordsAndItsLastDay() throws {
        let document = ReportDocument(try XCTUnwrap(assessment()))
        XCTAssertEqual(document.periodCovered, "October to December 2023 (Quarter 3)")
        XCTAssertEqual(document.date.name, "31 December 2023")
        XCTAssertEqual(document.date.code, "2023-12-31")
        XCTAssertEqual(document.area, "Anytown")
        XCTAssertTrue(MarkdownReport.render(document).contains("**Period covered:** October to December 2023 (Quarter 3)"))
    }

    func testTheCallerGivesTheDate() throws {
        let date = try XCTUnwrap(ReportDate(year: 2024, month: 1, day: 25))
        let document = ReportDocument(try XCTUnwrap(assessment()), date: date)
        XCTAssertTrue(TextReport.render(document).contains("Date: 25 January 2024\n"))
        XCTAssertNil(ReportDate(year: 2024, month: 4, day: 31))
        XCTAssertNil(ReportDate(year: 2023, month: 2, day: 29))
        XCTAssertEqual(ReportDate.end(of: period("2024-02")).name, "29 February 2024")
    }

    func testEmptySectionsSaySo() throws {
        let document = ReportDocument(try XCTUnwrap(assessment()))
        XCTAssertEqual(document.data.map { $0.groups.count }, [0, 1, 0])
        let text = TextReport.render(document)
        XCTAssertTrue(text.contains("Areas to note:\n\nNone this period.\n"))
        XCTAssertTrue(text.contains("No outcome statements are declared."))
    }

    func testAMeasureWithoutANarrativeGetsTheDefaultSentence() throws {
        let document = ReportDocument(try XCTUnwrap(assessment()))
        // 300 → 240: −20%.
        XCTAssertEqual(document.measures.first?.sentences,
                       ["Contacts to the front door: 240 in October to December 2023 (Quarter 3), down from 300 in July to September 2023 (Quarter 2), a decrease of 20%."])
    }

    func testANarrativeThatCannotBeWrittenFallsBackAndIsReported() throws {
        let document = ReportDocument(try XCTUnwrap(assessment(narrative: "The record was {record.value}.")))
        XCTAssertEqual(document.measures.first?.sentences.first?.hasPrefix("Contacts to the front door: 240 in"), true)
        let entry = try XCTUnwrap(document.dataQuality.first)
        XCTAssertEqual(entry.kind, .narrative)
        // "The record was " is 15 characters: the placeholder starts at column 16.
        XCTAssertTrue(entry.text.contains("rules.assure:1:16"), entry.text)
        XCTAssertTrue(entry.text.contains("no record notice"), entry.text)
    }

    func testANarrativeIsUsedForItsClassification() throws {
        let document = ReportDocument(try XCTUnwrap(assessment(narrative: "{value|plural(\"contact\")} this quarter, {comparison.value|from}")))
        XCTAssertEqual(document.measures.first?.sentences, ["240 contacts this quarter, down from 300 in July to September 2023 (Quarter 2)."])
    }
}
