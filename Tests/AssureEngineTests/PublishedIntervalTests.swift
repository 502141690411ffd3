import AssureAnalysis
import AssureData
import AssureLanguage
import AssureTestSupport
import XCTest
@testable import AssureEngine

/// A Fingertips export's own intervals decide a comparison with England as Fingertips decides
/// it (the area's published interval against England's value); a figure without one is
/// judged exactly as before, from its count and denominator.
final class PublishedIntervalTests: XCTestCase {
    static let header = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note"

    /// Salford 60 of 1,000 = 6.0%, published with 95% limits 5.2 to 6.9 and 99.8% limits 4.9 to
    /// 7.3 (Fingertips' own method for the indicator, which need not be Wilson's). England
    /// 50,000 of 1,000,000 = 5.0%. Bolton the same figures as Salford but no published limits.
    /// Salford 2018/19: 40 of 1,000 = 4.0%, for the change over time.
    ///
    /// Worked by hand: the Wilson 95% interval of 60 / 1,000, with z = 1.959964,
    /// centre (0.06 + z²/2,000) / (1 + z²/1,000) = 0.061684 and half-width
    /// z √(0.06 × 0.94 / 1,000 + z² / 4,000,000) / (1 + z²/1,000) = 0.014787,
    /// is 4.69% to 7.65% (Python's statistics.NormalDist gives 4.6896 and 7.6471): it holds
    /// England's 5.0%, so by the counts the gap is within chance. Fingertips' 5.2 to 6.9 lies
    /// wholly above 5.0: significantly higher, and with lower better, worse.
    static let file = header + "\n" + [
        "1,Share,,,E92000001,England,England,Persons,All ages,,,2019/20,5.0,4.96,5.04,4.93,5.07,50000,1000000,",
        "1,Share,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,All ages,,,2019/20,6.0,5.2,6.9,4.9,7.3,60,1000,",
        "1,Share,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,All ages,,,2018/19,4.0,3.0,5.0,2.6,5.6,40,1000,",
        "1,Share,E12000002,North West,E08000001,Bolton,Counties & UAs (from Apr 2023),Persons,All ages,,,2019/20,6.0,,,,,60,1000,",
    ].joined(separator: "\n") + "\n"

    private func finding(area: String, comparison: String = "compare with England", confidence: String = "") throws -> MeasureFinding {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", """
        report { title "T"; area "\(area)"; period financial year\(confidence) }
        priority p { title "P" }
        indicator share { from "fingertips.csv" indicator "Share" where Sex = "Persons", Age = "All ages"; unit percent; frequency financial year; better lower }
        measure m { priority p; value share; \(comparison); explore when value > comparison; say explore "{value}." }
        """)
        try folder.write("Indicators/fingertips.csv", Self.file)
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data,
                                                           period: try Period.parse("2019/20")))
        return try XCTUnwrap(assessment.measures.first)
    }

    func testThePublishedIntervalDecidesTheComparisonWithEngland() throws {
        let finding = try finding(area: "Salford")
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.intervalSource, .published)
        XCTAssertEqual(test.interval.lower, 5.2)
        XCTAssertEqual(test.interval.upper, 6.9)
        XCTAssertEqual(test.benchmark, .worse)
        XCTAssertEqual(finding.verdict, .furtherExploration)
    }

    func testAFigureWithoutAPublishedIntervalIsJudgedFromItsCounts() throws {
        let finding = try finding(area: "Bolton")
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.intervalSource, .counts)
        XCTAssertEqual(test.interval.lower, 4.6896, accuracy: 0.0001)
        XCTAssertEqual(test.interval.upper, 7.6471, accuracy: 0.0001)
        XCTAssertEqual(test.benchmark, .similar)
        guard case .toNote(.withinChance) = finding.verdict else { return XCTFail("\(finding.verdict)") }
    }

    /// At 99.8% the published limits are 4.9 to 7.3, which hold England's 5.0: similar.
    func testTheReportsConfidenceChoosesThePublishedLimits() throws {
        let finding = try finding(area: "Salford", confidence: "; confidence 99.8%")
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.intervalSource, .published)
        XCTAssertEqual(test.interval.lower, 4.9)
        XCTAssertEqual(test.interval.upper, 7.3)
        XCTAssertEqual(test.benchmark, .similar)
    }

    /// Life expectancy has no count: Salford 78.1 years, published with 95% limits 77.6 to
    /// 78.6, wholly below England's 79.3 (higher is better): worse, tested by the published
    /// interval alone. Bolton's 78.1 without limits has, as before, no test.
    func testAFigureWithoutCountsIsTestedByItsPublishedIntervalAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", """
        report { title "T"; area "Salford"; period calendar year }
        priority p { title "P" }
        indicator life { from "fingertips.csv" indicator "Life expectancy" where Sex = "Female", Age = "All ages"; unit number; frequency pooled 3 calendar years; better higher }
        measure m { priority p; value life; compare with England; explore when value < comparison; say explore "{value}." }
        """)
        try folder.write("Indicators/fingertips.csv", Self.header + "\n" + [
            "2,Life expectancy,,,E92000001,England,England,Female,All ages,,,2017 - 19,79.3,79.2,79.4,79.1,79.5,,,",
            "2,Life expectancy,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Female,All ages,,,2017 - 19,78.1,77.6,78.6,77.3,78.9,,,",
            "2,Life expectancy,E12000002,North West,E08000001,Bolton,Counties & UAs (from Apr 2023),Female,All ages,,,2017 - 19,78.1,,,,,,,",
        ].joined(separator: "\n") + "\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let pool = try Period.parse("2017 - 19")
        let salford = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: pool)?.measures.first)
        let test = try XCTUnwrap(salford.comparisons.first?.chance.test)
        XCTAssertEqual(test.kind, .published)
        XCTAssertEqual(test.intervalSource, .published)
        XCTAssertNil(test.current)
        XCTAssertEqual(test.interval.lower, 77.6)
        XCTAssertEqual(test.interval.upper, 78.6)
        XCTAssertEqual(test.benchmark, .worse)
        XCTAssertEqual(salford.verdict, .furtherExploration)
        let bolton = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: pool, area: "Bolton")?.measures.first)
        XCTAssertEqual(bolton.comparisons.first?.chance, .untestable(.notCountsOrShares))
    }

    /// A change over time is tested from both periods' counts (60 of 1,000 against 40 of
    /// 1,000), never from the published intervals, which are not made for it.
    func testAChangeOverTimeIsStillTestedFromTheCounts() throws {
        let finding = try finding(area: "Salford", comparison: "compare with previous period")
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.intervalSource, .counts)
        XCTAssertEqual(test.interval.lower, 4.6896, accuracy: 0.0001)
        XCTAssertEqual(test.current, Evidence(events: 60, outOf: 1000))
        XCTAssertEqual(test.comparison, Evidence(events: 40, outOf: 1000))
    }
}
