import AssureData
import AssureEngine
import AssureTestSupport
import XCTest
@testable import AssureReport

/// `explain` says which interval decided a comparison: Fingertips' published one, or the one
/// worked out from the counts (said as before, word for word).
final class PublishedIntervalWordsTests: XCTestCase {
    /// Salford 6.0% (60 of 1,000) published with 95% limits 5.2 to 6.9; Bolton the same figures
    /// without limits (Wilson's 4.69% to 7.65%, worked in AssureEngineTests' PublishedIntervalTests);
    /// England 5.0%.
    private func explanation(area: String, confidence: String = "") throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", """
        report { title "T"; area "\(area)"; period financial year\(confidence) }
        priority p { title "P" }
        indicator share { from "fingertips.csv" indicator "Share" where Sex = "Persons", Age = "All ages"; unit percent; frequency financial year; better lower }
        measure m { priority p; value share; compare with England; explore when value > comparison; say explore "{value}." }
        """)
        try folder.write("Indicators/fingertips.csv", """
        Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note
        1,Share,,,E92000001,England,England,Persons,All ages,,,2019/20,5.0,4.96,5.04,4.93,5.07,50000,1000000,
        1,Share,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,All ages,,,2019/20,6.0,5.2,6.9,4.9,7.3,60,1000,
        1,Share,E12000002,North West,E08000001,Bolton,Counties & UAs (from Apr 2023),Persons,All ages,,,2019/20,6.0,,,,,60,1000,

        """)
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let period = try Period.parse("2019/20")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: period))
        return Explanation.text(try XCTUnwrap(assessment.measures.first), asOf: period)
    }

    func testThePublishedIntervalIsNamedInTheEvidence() throws {
        let text = try explanation(area: "Salford")
        XCTAssertTrue(text.contains("  chance: Fingertips' published 95% interval against the figure compared with: worse, beyond chance at 95%; 95% intervals: value 5.2% to 6.9% (published, not computed from counts)\n"), text)
    }

    /// At 99.8% Fingertips' limits 4.9 to 7.3 hold England's 5.0%: within chance, said so.
    func testAGapWithinThePublishedIntervalIsSaidSo() throws {
        let text = try explanation(area: "Salford", confidence: "; confidence 99.8%")
        XCTAssertTrue(text.hasSuffix("Verdict: area to note, because the gap from England is within what chance alone would give: Fingertips' published 99.8% interval of 6%, 4.9% to 7.3%, includes 5%.\n"), text)
    }

    func testTheCountsIntervalIsSaidAsBefore() throws {
        let text = try explanation(area: "Bolton")
        XCTAssertTrue(text.contains("  chance: 95% interval against the figure compared with: similar, within chance at 95%; 95% intervals: value 4.7% to 7.6%\n"), text)
        XCTAssertTrue(text.hasSuffix("Verdict: area to note, because the gap from England is within what chance alone would give: the 95% interval of 6%, 4.7% to 7.6%, includes 5%.\n"), text)
        XCTAssertFalse(text.contains("published"), text)
    }
}
